# termios: constants, errors on descriptors that are not terminals
import os
import termios
print termios.error, termios.error.__bases__, termios.B9600, termios.VMIN, termios.TCSANOW, termios.ICANON
print len([n for n in dir(termios) if n.lstrip('_').isupper()])
r, w = os.pipe()
for call in [lambda: termios.tcgetattr(r), lambda: termios.tcsetattr(r, termios.TCSANOW, [0] * 6 + [['\x00'] * 32]),
             lambda: termios.tcdrain(w), lambda: termios.tcflush(r, termios.TCIFLUSH),
             lambda: termios.tcflow(r, termios.TCOON), lambda: termios.tcsendbreak(w, 0),
             lambda: termios.tcgetattr(-1), lambda: termios.tcgetattr('x'),
             lambda: termios.tcsetattr(r, 0, [1, 2])]:
    try:
        call()
    except Exception as e:
        print type(e).__name__, e.args


class F(object):
    def fileno(self):
        return r
try:
    termios.tcgetattr(F())
except termios.error as e:
    print 'error', e.args
