# print(): sep and end default to unicode when an argument is unicode
from __future__ import print_function
class Rec(object):
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
for args, kw in [((u'hi',), {}), (('a', u'b'), {}), (('a', 'b'), {}), ((u'a', 'b'), {'sep': '-'}), (('a',), {'end': u'!'}), ((u'a', 1), {'sep': None, 'end': None}), ((), {})]:
    r = Rec()
    print(*args, file=r, **kw)
    print(repr(r.parts))
for args, kw in [(('hi', 'bye'), {'end': u'\n'}), ((), {'sep': u'x'}), (('a', 'b'), {'sep': u'-'})]:
    r = Rec()
    print(*args, file=r, **kw)
    print(repr(r.parts))
