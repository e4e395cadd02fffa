# signal's numbers and flags are C ints, converted before the range checks
import signal
for f, a in [(signal.siginterrupt, (-1, None)), (signal.siginterrupt, (-1, 2 ** 63)), (signal.siginterrupt, (2, 'x')),
             (signal.getsignal, (2 ** 31,)), (signal.getsignal, (-2 ** 63,)), (signal.getsignal, (1000,)),
             (signal.getitimer, (2 ** 31,)), (signal.getitimer, (-2 ** 63,)), (signal.siginterrupt, (2 ** 31, 1)),
             (signal.siginterrupt, (1000, 1))]:
    try:
        f(*a)
        print f.__name__, a, 'ok'
    except Exception as e:
        print f.__name__, a, type(e).__name__, e
