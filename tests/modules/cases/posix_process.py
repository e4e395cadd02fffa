# fork/exec/wait, pipes, status macros and ids (stable facts only)
import os
import sys

print os.getpid() > 0, os.getppid() > 0, os.getpid() != os.getppid()
print type(os.getuid()), os.geteuid() == os.getuid(), os.getegid() == os.getgid()
for status in [0, 256, 768, 9, 15, 0x8b, 0x137f, 0xffff]:
    print status, os.WIFEXITED(status), os.WEXITSTATUS(status), os.WIFSIGNALED(status), \
        os.WTERMSIG(status), os.WIFSTOPPED(status), os.WSTOPSIG(status), \
        os.WCOREDUMP(status), os.WIFCONTINUED(status)
sys.stdout.flush()
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    os.write(w, 'from child %d' % (os.getppid() > 0))
    os._exit(7)
os.close(w)
data = ''
while True:
    chunk = os.read(r, 100)
    if not chunk:
        break
    data += chunk
os.close(r)
wpid, status = os.waitpid(pid, 0)
print repr(data), wpid == pid, os.WIFEXITED(status), os.WEXITSTATUS(status)
pid = os.fork()
if pid == 0:
    os.execv('/bin/sh', ['sh', '-c', 'exit 4'])
print os.WEXITSTATUS(os.waitpid(pid, 0)[1])
pid = os.fork()
if pid == 0:
    os.execve('/bin/sh', ['sh', '-c', 'exit $CODE'], {'CODE': '6'})
print os.WEXITSTATUS(os.wait()[1])
pid = os.fork()
if pid == 0:
    os.execvp('sh', ['sh', '-c', 'kill -9 $$'])
status = os.waitpid(pid, 0)[1]
print os.WIFSIGNALED(status), os.WTERMSIG(status)
print os.spawnv(os.P_WAIT, '/bin/sh', ['sh', '-c', 'exit 3'])
print os.spawnvp(os.P_WAIT, 'sh', ['sh', '-c', 'exit 2'])
print os.system('exit 5') >> 8
try:
    os.waitpid(-1, 0)
except OSError as e:
    print 'waitpid', e.errno, e.strerror
try:
    os.execv('/nonexistent/prog', ['x'])
except OSError as e:
    print 'execv', e.errno, e.strerror
try:
    os.execv('/bin/sh', [])
except ValueError as e:
    print 'ValueError', e
try:
    os.execv('/bin/sh', 'sh')
except TypeError as e:
    print 'TypeError', e
try:
    os.kill(os.getpid(), 0)
    print 'kill 0 ok'
    os.kill(999999999, 0)
except OSError as e:
    print 'kill', e.errno
t = os.times()
print len(t), all(isinstance(x, float) for x in t)
u = os.uname()
print len(u), u[0]
print os.strerror(2), '|', os.strerror(13)
print len(os.urandom(0)), len(os.urandom(50)), os.urandom(8) != os.urandom(8)
print os.sysconf('SC_PAGESIZE') > 0, os.sysconf_names['SC_PAGESIZE'] == os.sysconf_names.get('SC_PAGESIZE')
print os.pathconf('/', 'PC_NAME_MAX') > 0, isinstance(os.confstr('CS_PATH'), str)
try:
    os.sysconf('SC_NOPE')
except ValueError as e:
    print 'ValueError', e
old = os.umask(0o22)
print oct(os.umask(old))
print os.isatty(99), os.access('/', os.F_OK), os.access('/nonexistent', os.F_OK)
