for e in [Exception(), Exception('a'), Exception('a', 'b'), KeyError('k'), KeyError(), KeyError(1, 2),
          IOError(2, 'No such file'), IOError(2, 'No such', 'f.txt'), IOError(2), IOError(None, None),
          OSError(1, 2, 3, 4), SyntaxError('invalid', ('f.py', 3, 4, 'x=')), SyntaxError(),
          SyntaxError('m', ('/a/b/f.py', None, 4, 'x=')), SyntaxError('m', (None, 5, 4, 'x=')),
          SystemExit(), SystemExit(3), UnicodeDecodeError('utf8', '\xff\xfe', 0, 1, 'invalid start byte'),
          UnicodeDecodeError('utf8', '\xff\xfe', 0, 2, 'bad'), StopIteration(), ValueError(1, 2)]:
    print type(e).__name__, repr(str(e)), repr(e), e.args
print IOError(2, 'x', 'f').args, IOError(2, 'x', 'f').filename, IOError(2, 'x').errno, IOError(2, 'x').strerror
s = SyntaxError('invalid', ('f.py', 3, 4, 'x='))
print s.msg, s.filename, s.lineno, s.offset, repr(s.text), s.print_file_and_line
print SystemExit().code, SystemExit(1).code, SystemExit(1, 2).code
e = Exception('x')
print e.message, repr(Exception().message), repr(Exception(1, 2).message)
e.message = 'q'
print e.__dict__, e.message
try:
    ValueError(a=1)
except TypeError as t:
    print t
class E(Exception): pass
class E2(E):
    def __init__(self, a, b):
        Exception.__init__(self, a)
        self.b = b
print repr(E('x')), E.__module__, str(E2(1, 2)), E2(1, 2).b, E2(1, 2).args
try:
    E(a=1)
except TypeError as t:
    print t
print Exception(1)[0], Exception(1, 2, 3)[1:]
try:
    raise E2('p', 'q')
except E as e:
    print 'caught', e, e.args, e.b
try:
    raise ValueError, 'v'
except ValueError as e:
    print repr(e)
try:
    raise ValueError, ('a', 'b')
except ValueError as e:
    print repr(e)
try:
    raise KeyError
except LookupError as e:
    print repr(e)
print issubclass(KeyError, LookupError), issubclass(IOError, EnvironmentError), IndexError.__bases__
print ValueError.__doc__
print BaseException.__dict__.keys() is not None, sorted(EnvironmentError.__dict__.keys())
x = ValueError(1)
x.args = [3, 4]
print x.args
try:
    del x.args
except TypeError as t:
    print t
print str(UnicodeEncodeError('ascii', u'\xe9\u1234', 1, 2, 'o')), str(UnicodeEncodeError('ascii', u'ab', 0, 2, 'o'))
try:
    UnicodeDecodeError('a')
except TypeError as t:
    print t
print Exception('a').__reduce__(), E(1).__class__.__name__
w = Warning('w')
print isinstance(w, Exception), DeprecationWarning.__mro__
try:
    1 / 0
except ZeroDivisionError as z:
    print z, z.args
try:
    {}['k']
except KeyError as k:
    print k, repr(k)
try:
    [].x
except AttributeError as a:
    print a
print str(EnvironmentError(1, 'x', None))
