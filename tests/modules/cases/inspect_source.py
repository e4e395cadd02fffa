# inspect: source retrieval, frames, argument specs with tuple parameters
import inspect
import sys


def decorate(f):
    return f


@decorate
def decorated(a,
              b=(1,
                 2)):
    """Decorated.

    Longer text.
    """
    return a  # end


class Outer(object):
    class Inner:
        def m(self, (x, (y, z)), w=3):
            pass

    def method(self):
        return inspect.currentframe()

one_liner = lambda x: x * 2


def gen(n):
    yield n

print inspect.getsource(decorated)
print inspect.getsourcelines(Outer.Inner)[1], len(inspect.getsourcelines(Outer)[0])
print repr(inspect.getsource(one_liner))
print inspect.getargspec(Outer.Inner.m.im_func)
print inspect.formatargspec(*inspect.getargspec(Outer.Inner.m))
print inspect.getargspec(gen), inspect.isgeneratorfunction(gen), inspect.isgenerator(gen(1))
print inspect.getdoc(decorated)
print inspect.getcomments(decorated), repr(inspect.getcomments(Outer))
f = Outer().method()
print f.f_code.co_name, inspect.getframeinfo(f)[1:3], inspect.getlineno(f) == f.f_lineno
print inspect.getargvalues(f)[0], sorted(inspect.getargvalues(f)[3]), inspect.formatargvalues(*inspect.getargvalues(f)).startswith('(self=<')
print [r[3] for r in inspect.stack()][:1]


def fail():
    raise KeyError('k')
try:
    fail()
except KeyError:
    print [r[3] for r in inspect.trace()], [r[3] for r in inspect.getinnerframes(sys.exc_info()[2])]
print inspect.getmoduleinfo('a/b/mod.py'), inspect.getmodulename('pkg/x.pyc'), inspect.getmodulename('README')
print inspect.getfile(decorated) == __file__, inspect.getsourcefile(decorated) == __file__
print inspect.getmodule(Outer).__name__, inspect.ismodule(sys), inspect.getmodule(sys) is sys
for call in [lambda: inspect.getcallargs(decorated), lambda: inspect.getcallargs(decorated, 1, 2, 3),
             lambda: inspect.getcallargs(decorated, 1, c=2), lambda: inspect.getcallargs(decorated, 1, a=2),
             lambda: inspect.getcallargs(lambda: 0, 1), lambda: inspect.getcallargs(Outer().method)]:
    try:
        print sorted((k, type(v).__name__) for k, v in call().items())
    except TypeError as e:
        print 'TypeError', e
try:
    inspect.getsource(len)
except TypeError as e:
    print 'TypeError', e
try:
    inspect.getfile(sys)
except TypeError as e:
    print 'TypeError', e
print inspect.getclasstree([Outer, Outer.Inner]) is not None, [c.__name__ for c in inspect.getmro(Outer.Inner)]
print inspect.cleandoc('\n\n   x\n     y\n\n'), inspect.isabstract(Outer), inspect.ismethod(Outer.method)
print inspect.ArgSpec(['a'], None, None, None).args, inspect.getargspec(decorated).defaults
