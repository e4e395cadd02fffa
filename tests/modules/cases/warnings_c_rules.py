# warnings: the rules of 2.7's C warn()/warn_explicit() (registry keys, once/module
# bookkeeping, showwarning checks, bad filters), formatwarning with unicode, -W parsing
import os, sys
def _base(text):
    return text.replace(os.path.abspath(__file__), os.path.basename(__file__)).replace(
        __file__, os.path.basename(__file__))
class _Out(object):
    def write(self, text):
        sys.stdout.write(_base(text))
import warnings, sys, StringIO
n = len(warnings.filters)
warnings.simplefilter('always'); warnings.simplefilter('always'); print len(warnings.filters) - n
warnings.filterwarnings('error', 'x'); warnings.filterwarnings('error', 'x'); print len(warnings.filters) - n
print [(f[0], getattr(f[1], 'pattern', f[1]), f[2].__name__, getattr(f[3], 'pattern', f[3]), f[4]) for f in warnings.filters]
warnings.resetwarnings()
print repr(warnings.formatwarning(u'msg\xe9', UserWarning, 'f.py', 1))
print repr(warnings.formatwarning('msg', UserWarning, u'f\xe9.py', 1, u'  line\xe9  '))
print repr(warnings.formatwarning(Warning('w'), UserWarning, 'f.py', '7', ''))
print repr(warnings.formatwarning('m', UserWarning, 'f.py', 1, '   '))
print repr(warnings.formatwarning('m', UserWarning, 'wn.py', 2))
for bad in [('nope',), ('error', 5), ('error', '', int), ('error', '', Warning, 5), ('error', '', Warning, '', -1), ('error', '', Warning, '', 1.0)]:
    try: warnings.filterwarnings(*bad)
    except AssertionError as e: print 'AssertionError', e
for bad in [('nope',), ('error', int), ('error', Warning, -1)]:
    try: warnings.simplefilter(*bad); print 'ok', warnings.filters[0][2]
    except AssertionError as e: print 'AssertionError', e
warnings.resetwarnings()
buf = StringIO.StringIO()
def show(message, category, filename, lineno, file=None, line=None):
    buf.write(warnings.formatwarning(message, category, filename, lineno, line))
warnings.showwarning = show
def w(*a, **k):
    warnings.warn(*a, **k)
warnings.simplefilter('default')
for i in range(2): w('dflt')
warnings.simplefilter('module')
for i in range(2): w('mod'); warnings.warn('mod')
warnings.simplefilter('once')
for i in range(2): w('once1'); warnings.warn('once1')
warnings.filterwarnings('always', 'ALW', module='__main__', lineno=0)
for i in range(2): w('alw here')
warnings.filterwarnings('ignore', 'al', RuntimeWarning)
w('alw 2', RuntimeWarning)
warnings.warn_explicit('expl', UserWarning, 'some.py', 3)
warnings.warn_explicit('expl', UserWarning, 'some.py', 3, 'mymod', {})
warnings.warn_explicit(UserWarning('inst'), None, 'x.PY', 4)
reg = {}
warnings.warn_explicit('r', UserWarning, 'a.py', 1, 'm', reg); print sorted(reg.items())
warnings.warn('stack', stacklevel=1); warnings.warn('stack', stacklevel=50)
print _base(buf.getvalue())
print sorted(k for k in globals().get('__warningregistry__', {}))
warnings.filters.insert(0, ('bogus', None, Warning, None, 0))
try: warnings.warn('x')
except RuntimeError as e: print 'RuntimeError', e
warnings.filters.pop(0)
warnings.showwarning = 5
warnings.simplefilter('always')
try: warnings.warn('x')
except TypeError as e: print 'TypeError', e
warnings.showwarning = warnings._show_warning
c = warnings.catch_warnings(); print repr(c), repr(warnings.catch_warnings(record=True)), repr(warnings.catch_warnings(module=sys))[:40]
try: c.__exit__()
except RuntimeError as e: print e
c.__enter__()
try: c.__enter__()
except RuntimeError as e: print e
c.__exit__()
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always'); warnings.warn('rec'); warnings.warn_explicit('e2', SyntaxWarning, 'f', 9)
    print [_base(str(x)) for x in log], log[0].file, log[0].line, log[0]._category_name
m = warnings.WarningMessage('m', None, 'f', 1); print str(m)
print warnings.WarningMessage._WARNING_DETAILS
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try: warnings.warn(u'uni\xe9')
    except UserWarning as e: print repr(e.args)
    try: warnings.warnpy3k('p3'); print 'no p3'
    except DeprecationWarning as e: print 'p3', e
for opt in ['ignore:a.b', 'bogus', 'ignore::NoSuch', 'ignore::nomod.X', 'ignore::exceptions.UserWarning', 'ignore::int', 'ignore:::::', 'ignore::::-1', 'i::::x', 'all', 'e:msg', 'd::DeprecationWarning:m.x:3', 'm']:
    try:
        warnings._setoption(opt); f = warnings.filters[0]
        print opt, (f[0], getattr(f[1], 'pattern', f[1]), f[2].__name__, getattr(f[3], 'pattern', f[3]), f[4])
    except warnings._OptionError as e: print opt, 'OptionError', e
sys.stderr = sys.stdout
warnings._processoptions(['bogus', 'ignore::int'])
warnings.showwarning('to stderr', UserWarning, 'f.py', 1, None, '')
print warnings.__all__, warnings.defaultaction, warnings.onceregistry

import warnings, sys
sys.stderr = _Out()
warnings.resetwarnings()
warnings.onceregistry.clear()
for a in [('x', int), ('x', None), (5,), ('x', 'notaclass')]:
    try: warnings.warn(*a); print 'ok'
    except Exception as e: print type(e).__name__, e
for reg in [[], None, {}]:
    try: warnings.warn_explicit('m', UserWarning, 'f', 1, 'm', reg); print 'ok'
    except Exception as e: print type(e).__name__, e
try: warnings.warn_explicit('m', UserWarning, 'f', 1, module_globals={}); print 'ok'
except Exception as e: print type(e).__name__, e
import functools
warnings.simplefilter('always')
for sw in [len, functools.partial(len), lambda *a: sys.stdout.write(_base('lambda %r\n' % (a,))), type('C', (object,), {'__call__': lambda s, *a: 0})()]:
    warnings.showwarning = sw
    try: warnings.warn('m'); print 'ok'
    except Exception as e: print type(e).__name__, e
del warnings.showwarning
try: warnings.warn('m'); print 'ok'
except Exception as e: print type(e).__name__, e
warnings.showwarning = warnings._show_warning
warnings.filters.insert(0, ('ignore',))
try: warnings.warn('m'); print 'ok'
except Exception as e: print type(e).__name__, e
warnings.filters[0] = ['ignore', None, Warning, None, 0]
try: warnings.warn('m'); print 'ok'
except Exception as e: print type(e).__name__, e
del warnings.filters[0]
warnings.defaultaction = 'error'; warnings.resetwarnings()
try: warnings.warn('m'); print 'ok'
except Exception as e: print type(e).__name__, e
warnings.defaultaction = 'default'
def f(): warnings.warn('frame', stacklevel=0)
try: f()
except Exception as e: print type(e).__name__, e
warnings.warn_explicit('m2', UserWarning, 'x.PY', 1, registry={'a': 1})
warnings.filterwarnings('error', module='x\.PY')
try: warnings.warn_explicit('m3', UserWarning, 'x.PY', 1); print 'ok'
except Exception as e: print type(e).__name__, e
warnings.filterwarnings('error', module='y$')
try: warnings.warn_explicit('m3', UserWarning, 'y.py', 1); print 'ok'
except Exception as e: print type(e).__name__, e
warnings.filterwarnings('error', 'hello')
try: warnings.warn_explicit('HELLO there', UserWarning, 'q', 1); print 'ok'
except Exception as e: print type(e).__name__, e
try: warnings.warn_explicit(5, UserWarning, 'q', 1); print 'ok'
except Exception as e: print type(e).__name__, e
print warnings.filters[0][1].pattern, warnings.filters[0][1].flags & 2, type(warnings.filters[0][1]).__name__

import warnings, sys
for fn, ln in [('f\xc3\xa9.py', 'caf\xc3\xa9'), ('f\xe9.py', 'x'), ('f.py', 'caf\xe9'), (u'f\xe9.py', 'x'), ('f\xc3\xa9.py', u'l\xe9'), (None, ''), (3, u'  ')]:
    for m in [u'\xb5', u'm', 'm', 'm\xe9', 5]:
        try: print repr(warnings.formatwarning(m, Warning, fn, 1, ln))
        except Exception as e: print type(e).__name__, e
for a in [(None, UserWarning, None, None), (None, None, None, 1), (None, Warning, None, 1, None, 42)]:
    try: warnings.warn_explicit(*a)
    except Exception as e: print type(e).__name__
