# os.openpty() and os.forkpty(): pseudo-terminal pairs and a child on one
import os

print os.openpty.__doc__
print os.forkpty.__doc__
master, slave = os.openpty()
print type(master), type(slave), master != slave
print os.isatty(master), os.isatty(slave), os.ttyname(slave).startswith('/dev/pts/')
os.write(slave, 'hello\n')
print repr(os.read(master, 100))
os.write(master, 'typed\n')
print repr(os.read(slave, 100))
os.close(master)
os.close(slave)
for args in [(1,), (None, None)]:
    for fn in (os.openpty, os.forkpty):
        try:
            fn(*args)
        except TypeError as e:
            print e

pid, fd = os.forkpty()
if pid == 0:
    # the child: its stdio is the new terminal, which is its controlling tty
    os.write(1, 'child %s\n' % os.isatty(0))
    os._exit(7)
data = ''
while True:
    try:
        chunk = os.read(fd, 100)
    except OSError:
        break
    if not chunk:
        break
    data += chunk
print repr(data)
p, status = os.waitpid(pid, 0)
print p == pid, os.WIFEXITED(status), os.WEXITSTATUS(status)
os.close(fd)
