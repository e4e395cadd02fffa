from future_builtins import ascii, filter, hex, map, oct, zip
print hex(255), hex(-255), hex(10L ** 20), oct(8), oct(-8), oct(0), hex(0)
print ascii(u'caf\xe9'), ascii('x')
print list(map(None, [1, 2], [3])), list(filter(None, [0, 1, 2])), list(zip('ab', 'cde'))
class I(object):
    def __index__(self):
        return 42
    def __hex__(self):
        return 'nope'
print hex(I()), oct(I())
for bad in (1.5, 'x', None):
    try:
        hex(bad)
    except TypeError as e:
        print e
    try:
        oct(bad)
    except TypeError as e:
        print e
