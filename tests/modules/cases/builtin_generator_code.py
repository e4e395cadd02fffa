# gi_code stays the function's code object, also after the generator finished;
# 'return' with a value in a generator is a SyntaxError located by attributes
def f():
    yield 5
g = f()
print g.gi_code is f.func_code, g.gi_code.co_name
print g.next()
try:
    g.next()
except StopIteration:
    print "StopIteration"
print g.gi_code is f.func_code, g.gi_frame
import traceback, sys
for src in ["def f():\n    return 22\n    yield 1\n", "def f():\n    yield 1\n    return None\n",
            "def f(): return lambda x=(yield): 1\n"]:
    try:
        compile(src, "<doctest>", "single")
    except SyntaxError:
        print traceback.format_exception_only(*sys.exc_info()[:2])[-1],

# f(*x) with an x that cannot be iterated
def g(*args):
    return args
class Nothing: pass
class OnlyLen:
    def __len__(self): return 5
class NewNothing(object): pass
for x in [Nothing(), OnlyLen(), NewNothing(), 5]:
    try:
        g(*x)
    except TypeError as e:
        print e
class Seq:
    def __len__(self): return 5
    def __getitem__(self, i):
        if i < 3: return i
        raise IndexError(i)
print g(*Seq())
