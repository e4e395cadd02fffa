# contextlib: nested, closing, exception flow through generators
import warnings
warnings.simplefilter('ignore')
from contextlib import contextmanager, nested, closing
log = []
@contextmanager
def cm(name, swallow=False):
    log.append('enter ' + name)
    try:
        yield name
    except Exception as e:
        log.append('%s saw %s' % (name, type(e).__name__))
        if not swallow:
            raise
    finally:
        log.append('exit ' + name)
with nested(cm('a'), cm('b')) as names:
    print names, type(names).__name__
print log; del log[:]
with nested(cm('a', True), cm('b')):
    raise KeyError('k')
print log; del log[:]
try:
    with nested(cm('a'), cm('b', True)):
        raise IndexError
except IndexError:
    print 'escaped'
print log; del log[:]
@contextmanager
def raiser():
    yield
    raise ValueError('after')
try:
    with raiser():
        pass
except ValueError as e:
    print 'ValueError', e
@contextmanager
def converts():
    try:
        yield
    except KeyError:
        raise TypeError('converted')
try:
    with converts():
        raise KeyError
except TypeError as e:
    print 'TypeError', e
@contextmanager
def ignores_then_yields():
    try:
        yield
    except ZeroDivisionError:
        yield
try:
    with ignores_then_yields():
        1 / 0
except RuntimeError as e:
    print 'RuntimeError', e
@contextmanager
def stop():
    yield
try:
    with stop():
        raise StopIteration('s')
except StopIteration as e:
    print 'StopIteration', e
class Thing(object):
    def close(self):
        print 'closed'
with closing(Thing()) as th:
    print type(th).__name__
try:
    with closing(Thing()):
        raise ValueError
except ValueError:
    print 'propagated'
print cm.__name__, contextmanager(lambda: None).__name__
