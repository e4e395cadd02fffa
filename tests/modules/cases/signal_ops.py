# signal: constants, dispositions, getsignal/signal bookkeeping, alarm, itimers
import os
import signal
import subprocess
import sys

print signal.SIGINT, signal.SIGTERM, signal.SIGKILL, signal.SIGALRM, signal.SIGCHLD, signal.NSIG
print signal.SIG_DFL, signal.SIG_IGN, signal.getsignal(signal.SIGINT) is signal.default_int_handler
print signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGUSR1)
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt as e:
    print 'KeyboardInterrupt', repr(e)
old = signal.signal(signal.SIGUSR1, signal.SIG_IGN)
print old, signal.getsignal(signal.SIGUSR1)
os.kill(os.getpid(), signal.SIGUSR1)
print 'still alive after ignored SIGUSR1'
def handler(signum, frame):
    pass
print signal.signal(signal.SIGUSR2, handler), signal.getsignal(signal.SIGUSR2) is handler
print signal.signal(signal.SIGUSR2, signal.SIG_DFL) is handler, signal.getsignal(signal.SIGUSR2)
sys.stdout.flush()
# an ignored signal stays ignored in a child
print subprocess.call(['sh', '-c', 'kill -USR1 $$; echo child survived'])
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
print subprocess.call(['sh', '-c', 'kill -USR1 $$; echo not printed'])
for bad in [0, 65, -1]:
    try:
        signal.signal(bad, signal.SIG_IGN)
    except ValueError as e:
        print 'ValueError', e
try:
    signal.signal(signal.SIGINT, 5)
except TypeError as e:
    print 'TypeError', e
try:
    signal.signal(signal.SIGKILL, signal.SIG_IGN)
except RuntimeError as e:
    print 'RuntimeError', e
try:
    signal.getsignal(100)
except ValueError as e:
    print 'ValueError', e
print signal.alarm(0), signal.alarm(100), signal.alarm(0) > 0
print signal.getitimer(signal.ITIMER_REAL)
print signal.setitimer(signal.ITIMER_VIRTUAL, 0)
print issubclass(signal.ItimerError, IOError), signal.ITIMER_REAL, signal.ITIMER_VIRTUAL, signal.ITIMER_PROF
print signal.set_wakeup_fd(-1)
