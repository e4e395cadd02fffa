# At exit 2.7 clears the main module, so __del__ runs for instances that
# only its globals held: single-underscore names first, then the others.
import sys


class Noisy(object):
    def __init__(self, name):
        self.name = name

    def __del__(self):
        sys.stdout.write('__del__ of %s\n' % self.name)


keep = Noisy('global')
_private = Noisy('underscore')
print 'end of program'
