# json encoder: every option combination on scalars and containers, iterencode pieces, the
# one-shot (C accelerator) variants of key and float handling, cycles, escaping helpers
import json, json.encoder as E
from collections import OrderedDict
class F(float):
    def __repr__(self): return 'F!'
class I(int):
    def __str__(self): return 'I!'
class Obj(object): pass
vals = [None, True, False, 0, -5, 10**30, I(3), 1.5, -0.0, 1e300, 0.1, F(2.0), float('inf'), float('-inf'), float('nan'),
        '', 'abc', 'q"\\/\b\f\n\r\t\x00\x1f\x7f', '\xc3\xa9', u'\xe9\u20ac\U0001f600\x7f\x80', u'\ud800',
        [], [1], [1, [2, [3, []]], {}], (1, 2), {}, {'a': 1}, {1: 2, 2.5: 3, True: 4, None: 5, u'k': [1]}, {False: 0},
        OrderedDict([('z', 1), ('a', [1, {'b': None}])]), [[[]]], [{}, {'x': {}}]]
opts = [{}, {'ensure_ascii': False}, {'indent': 2}, {'indent': 0}, {'sort_keys': True}, {'separators': (',', ':')},
        {'indent': 3, 'sort_keys': True, 'separators': (';', '=')}, {'allow_nan': False}, {'allow_nan': False, 'indent': 1},
        {'encoding': 'latin-1'}, {'encoding': 'latin-1', 'ensure_ascii': False}, {'check_circular': False}]
for o in opts:
    for v in vals:
        try: print repr(json.dumps(v, **o))
        except Exception as e: print o, 'ERR', type(e).__name__, e
        try: print repr(list(json.JSONEncoder(**o).iterencode(v)))
        except Exception as e: print o, 'ERR', type(e).__name__, e
for o in [{}, {'skipkeys': True}, {'indent': 1}, {'sort_keys': True}, {'skipkeys': True, 'indent': 1}]:
    for v in [{(1,): 2, 'a': 1}, {Obj(): 1}, {1j: 1}]:
        try: print repr(json.dumps(v, **o)) if not isinstance(v.keys()[0], Obj) else 'obj', repr(list(json.JSONEncoder(**o).iterencode(v)))[:0]
        except Exception as e: print 'ERR', type(e).__name__, str(e).replace(hex(id(v.keys()[0])), 'X')[:40]
print repr(json.dumps([Obj()], default=lambda o: {'obj': [1]}))
print repr(list(json.JSONEncoder(default=lambda o: [o.__class__.__name__]).iterencode({'k': Obj()})))
try: json.dumps(Obj())
except TypeError as e: print 'TypeError', str(e)[:20]
a = []; a.append(a)
d = {}; d['d'] = d
class Self(object): pass
s = Self()
for v in [a, d, [s]]:
    for o in [{}, {'indent': 1}]:
        try: print json.dumps(v, default=lambda x: [x], **o)
        except Exception as e: print type(e).__name__, e
try: json.dumps(a, check_circular=False)
except RuntimeError as e: print 'RuntimeError'
except Exception as e: print type(e).__name__
for s in ['abc', 'a"b\\c\n', u'\xe9', '\xc3\xa9', u'\U0001f600', '\x7f', u'\u2028', '\xff']:
    for f in (E.encode_basestring, E.encode_basestring_ascii, E.py_encode_basestring_ascii):
        try: print repr(f(s))
        except Exception as e: print type(e).__name__, e
print E.INFINITY, E.FLOAT_REPR(0.1)
enc = json.JSONEncoder(); print enc.item_separator, enc.key_separator, enc.encoding, enc.indent
print repr(enc.encode('\xe9\xe9'.decode('latin-1'))), repr(json.dumps('\xe9', encoding='latin-1'))
try: json.dumps('\xe9')
except Exception as e: print type(e).__name__
try: json.dumps(['\xe9'], ensure_ascii=False)
except Exception as e: print type(e).__name__
print 'skip'
try: print repr(json.dumps({u'\xe9': '\xc3\xa9'}, ensure_ascii=False, indent=1))
except Exception as e: print type(e).__name__
print repr(json.dumps(u'\xe9', ensure_ascii=False)), repr(json.dumps('\xc3\xa9', ensure_ascii=False))
E.FLOAT_REPR = lambda f: '%.2f' % f
print json.dumps([1.2345, {'a': 3.14159}]), json.dumps(2.5)
E.FLOAT_REPR = repr
E.FLOAT_REPR = lambda f: '%.2f' % f
print json.dumps([1.2345]), json.dumps([1.2345], indent=1), json.dumps([1.2345], sort_keys=True), list(json.JSONEncoder().iterencode([1.2345]))
print json.dumps({True: 1}), json.dumps({True: 1}, indent=None, sort_keys=True), list(json.JSONEncoder().iterencode({True: 1}))
print json.dumps({1.5: 1}), json.dumps({1.5: 1}, sort_keys=True)
class F(float):
    def __repr__(self): return 'F!'
print json.dumps({F(1.5): F(2)}), json.dumps({F(1.5): F(2)}, sort_keys=True)
class S(str):
    pass
print json.dumps({S('a'): S('b')}), json.dumps([S('x')], indent=1)
