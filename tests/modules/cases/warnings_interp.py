# _warnings: warn/warn_explicit as built-ins, the filter state shared with
# warnings.py, registries, once/module/always/error actions, and the
# interpreter's own warnings (unicode comparison, compile-time
# SyntaxWarning, object.__init__ arguments) going through the filters.
import sys
import _warnings
import warnings

print type(_warnings.warn).__name__, warnings.warn is _warnings.warn
print warnings.filters is _warnings.filters, warnings.onceregistry is _warnings.once_registry
print _warnings.default_action, [f[0] + ':' + f[2].__name__ for f in _warnings.filters]


def shown(*args, **kw):
    message, category, filename, lineno = args[:4]
    print 'shown:', category.__name__, message, filename == __file__ or filename, lineno

warnings.showwarning = shown
with warnings.catch_warnings():
    warnings.simplefilter('always')
    warnings.warn('plain')
    warnings.warn(UserWarning('instance'))
    u'a' == '\xff'
    u'a' != '\xff'
    compile('def f():\n  x = 1\n  global x\n', 'snippet', 'exec')

    class A(object):
        def __init__(self, *args):
            object.__init__(self, *args)

        def __new__(cls, *args):
            return object.__new__(cls, *args)
    A(1, 2)
with warnings.catch_warnings():
    warnings.simplefilter('error')
    for action in [lambda: u'a' == '\xff',
                   lambda: compile('def f():\n  x = 1\n  global x\n', 'snippet', 'exec'),
                   lambda: warnings.warn('boom', RuntimeWarning)]:
        try:
            action()
        except (UnicodeWarning, SyntaxError, RuntimeWarning) as e:
            print type(e).__name__, e
registry = {}
with warnings.catch_warnings():
    warnings.simplefilter('once')
    for i in range(3):
        warnings.warn_explicit('once only', UserWarning, 'file.py', 10 + i, 'mod', registry)
    warnings.simplefilter('module')
    for i in range(3):
        warnings.warn_explicit('per module', UserWarning, 'file.py', 20 + i, 'mod', registry)
    warnings.simplefilter('default')
    for i in range(2):
        warnings.warn_explicit('per line', UserWarning, 'file.py', 30, 'mod', registry)
    warnings.simplefilter('ignore')
    warnings.warn_explicit('ignored', UserWarning, 'file.py', 40, None, registry)
print sorted((k[0], k[1].__name__, k[2]) if len(k) == 3 else (k[0], k[1].__name__) for k in registry)
with warnings.catch_warnings():
    warnings.filters[:] = [('bogus', None, Warning, None, 0)]
    try:
        warnings.warn('x')
    except RuntimeError as e:
        print 'RuntimeError', str(e).splitlines()[0]
    warnings.filters[:] = ['not a tuple']
    try:
        warnings.warn('x')
    except ValueError as e:
        print 'ValueError', e
for bad in [lambda: warnings.warn('x', int), lambda: warnings.warn_explicit('x', UserWarning, 'f', 1, registry=[])]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print type(e).__name__, e


def deeper():
    warnings.warn('from caller', stacklevel=2)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    deeper()
    warnings.warn('beyond the stack', stacklevel=50)
for w in log:
    print w.category.__name__, w.message, w.filename == __file__ or w.filename, w.lineno
# without warnings.showwarning the built-in module prints by itself
del warnings.showwarning
sys.stderr = sys.stdout
warnings.simplefilter('always')
warnings.warn_explicit('printed directly', UserWarning, 'nowhere.py', 3)
# the command line: -W before PYTHONWARNINGS, warnings loaded when given,
# bad options reported
import os
import subprocess
env = dict(os.environ, PYTHONWARNINGS='ignore::DeprecationWarning')
p = subprocess.Popen([sys.executable, '-W', 'ignore::UnicodeWarning', '-W', 'xxx', '-c',
                      'import sys; print sys.warnoptions, "warnings" in sys.modules, '
                      '"_warnings" in sys.modules'],
                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env)
print p.communicate()[0],
p = subprocess.Popen([sys.executable, '-W', 'error::UserWarning', '-c', 'import warnings; warnings.warn("x")'],
                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print p.communicate()[0].splitlines()[-1], p.returncode
