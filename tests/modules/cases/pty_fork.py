import pty, tty, os, termios
master, slave = pty.openpty()
print os.isatty(master), os.isatty(slave)
tty.setraw(slave)
a = termios.tcgetattr(slave)
print bool(a[tty.LFLAG] & termios.ECHO), bool(a[tty.LFLAG] & termios.ICANON), a[tty.CC][termios.VMIN], bool(a[tty.OFLAG] & termios.OPOST), a[tty.CFLAG] & termios.CSIZE == termios.CS8
os.write(master, 'raw\n')
print repr(os.read(slave, 100))
tty.setcbreak(slave, termios.TCSANOW)
a = termios.tcgetattr(slave)
print bool(a[tty.LFLAG] & termios.ECHO), bool(a[tty.LFLAG] & termios.ISIG)
os.close(master); os.close(slave)
print tty.IFLAG, tty.OFLAG, tty.CFLAG, tty.LFLAG, tty.ISPEED, tty.OSPEED, tty.CC
pid, fd = pty.fork()
if pid == pty.CHILD:
    import sys
    sys.stdout.write('child tty: %s\n' % os.isatty(1))
    sys.stdout.flush()
    os._exit(3)
out = ''
while True:
    try:
        data = os.read(fd, 1024)
    except OSError:
        break
    if not data:
        break
    out += data
print repr(out)
print os.WEXITSTATUS(os.waitpid(pid, 0)[1])
os.close(fd)
print pty.STDIN_FILENO, pty.STDOUT_FILENO, pty.STDERR_FILENO
