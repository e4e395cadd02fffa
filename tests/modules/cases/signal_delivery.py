# Python-level signal handlers run at a safe point; SIGINT raises
# KeyboardInterrupt; SIGPIPE is ignored; interrupted calls run handlers first
import os
import signal

got = []


def record(signum, frame):
    got.append((signum, frame is not None))


signal.signal(signal.SIGUSR1, record)
os.kill(os.getpid(), signal.SIGUSR1)
for i in range(100):
    pass
print got
try:
    os.kill(os.getpid(), signal.SIGINT)
    for i in range(1000):
        pass
    print 'not interrupted'
except KeyboardInterrupt:
    print 'KeyboardInterrupt'


class Boom(Exception):
    pass


def raiser(signum, frame):
    raise Boom('from handler %d' % signum)


signal.signal(signal.SIGUSR2, raiser)
try:
    os.kill(os.getpid(), signal.SIGUSR2)
    while True:
        pass
except Boom as e:
    print 'Boom', e
signal.signal(signal.SIGALRM, record)
signal.setitimer(signal.ITIMER_REAL, 0.05)
while not [x for x in got if x[0] == signal.SIGALRM]:
    pass
print got[-1]
print signal.getsignal(signal.SIGPIPE)
r, w = os.pipe()
os.close(r)
try:
    os.write(w, 'x')
except OSError as e:
    print 'EPIPE', e.errno
os.close(w)
signal.signal(signal.SIGALRM, raiser)
r, w = os.pipe()
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    os.read(r, 1)
except Boom as e:
    print 'read interrupted:', e
signal.signal(signal.SIGINT, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGINT)
for i in range(100):
    pass
print 'SIGINT ignored'
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    os.kill(os.getpid(), signal.SIGINT)
    for i in range(100):
        pass
except KeyboardInterrupt:
    print 'KeyboardInterrupt again'
