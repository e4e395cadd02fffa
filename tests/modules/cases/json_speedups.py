# _json: scanstring, encode_basestring_ascii, the Scanner and the Encoder
import _json, json

for args in [('"abc\\n\\u00e9\\ud834\\udd20"x', 1), (u'"\xe9\xe9"\xe9', 1), ('"a\xc3\xa9"', 1),
             ('"a\xe9"', 1, 'latin-1'), ('"\\ud834\\u0079x"', 1), ('"z\\ud834x"', 1),
             (u'"z\ud834\\udd20x"', 1), ('"a\x01"', 1, None, False), ('""', 1, 'bogus')]:
    print repr(_json.scanstring(*args))
for args in [('x',), ('"abc', 5), ('"abc', -1), (1, 1), ('"abc"', 5), ('"a\x01"', 1, None, 2),
             ('"a\xff"', 1), ('"abc"', 1, 'bogus'), ('"ab"', 1, 'hex'), ('"abc"', 1, 5),
             ('"a\\x"', 1), ('"\\u12"', 1), ('"\\ud800\\u12"', 1), ('"abc\\', 1),
             (u'\n\xe9"ab\x01', 3)]:
    try:
        print repr(_json.scanstring(*args))
    except Exception as e:
        print type(e).__name__, e

print _json.encode_basestring_ascii('a\xc3\xa9"\\\n\x7f\x1f/')
print _json.encode_basestring_ascii(u'\U0001d120\ud800\x00\u20ac\t\r\b\f')
for arg in ['\xff', 1, None]:
    try:
        print _json.encode_basestring_ascii(arg)
    except Exception as e:
        print type(e).__name__, e
print _json.scanstring.__module__, type(_json.make_scanner).__name__, _json.make_scanner.__module__


class Ctx(object):
    strict = True
    encoding = None
    object_hook = None
    object_pairs_hook = None
    parse_float = float
    parse_int = int
    parse_constant = json.decoder._CONSTANTS.__getitem__

scan = _json.make_scanner(Ctx())
for args in [('[1, 2]', 0), ('[1, 2]', 1), ('[1, 2]', 3), ('[1, 2]', 7), ('[1,2]', -1), (u'[1, 2]', 0),
             ('x', 0), ('-', 0), ('-Infinity', 0), ('1.', 0), ('1.e5', 0), ('1e5', 0), ('-0', 0),
             ('12345678901234567890123', 0), ('1.5E+01', 0), (1, 0), ('nul', 0), ('{"a": 1}', 0),
             ('[ ]', 0), ('{ }', 0), ('[1,]', 0), ('1e-', 0), ('-12.5e-2x', 0)]:
    try:
        print repr(args), repr(scan(*args))
    except StopIteration as e:
        print repr(args), 'StopIteration', e.args
    except Exception as e:
        print repr(args), type(e).__name__, e
try:
    _json.make_scanner(1)
except AttributeError as e:
    print 'AttributeError', e

print json.loads('1.0', parse_float=str), json.loads('[1, 1.0]', parse_int=lambda x: x * 2)
print json.loads('[NaN, -Infinity]', parse_constant=lambda x: x * 2)
print json.loads(u'[1.5]', parse_float=repr), json.loads('{"b": 1, "a": 2}', object_pairs_hook=list)
print json.loads('{"b": {"c": 1}}', object_hook=lambda d: sorted(d.items()))
print repr(json.loads('"\xc3\xa9\xe2\x82\xac"')), repr(json.loads('"\xe9"', encoding='latin-1'))


def default(o):
    raise TypeError(repr(o) + " is not JSON serializable")

enc = _json.make_encoder({}, default, _json.encode_basestring_ascii, None, ': ', ', ', False, False, True)
print type(enc).__name__, enc(1, 0), enc({'a': [1, 2.5, None, True, u'\xe9', 'x']}, 0)
print enc((1, 2L, 1e100, float('nan')), 0)
print enc({True: 1, None: 2, 3L: 4, 5.0: 6}, 0)
for obj in [{(1, 2): 3}, [float('inf')]]:
    try:
        print enc(obj, 0)
    except Exception as e:
        print type(e).__name__, e
strict = _json.make_encoder(None, default, _json.encode_basestring_ascii, None, ':', ',', False, True, False)
for obj in [{(1, 2): 3, 'a': 1}, [float('inf')]]:
    try:
        print strict(obj, 0)
    except Exception as e:
        print type(e).__name__, e
loop = []
loop.append(loop)
try:
    enc(loop, 0)
except ValueError as e:
    print 'ValueError', e
try:
    _json.make_encoder([], default, None, None, ':', ',', False, False, True)
except TypeError as e:
    print 'TypeError', e
print enc.key_separator, enc.item_separator, enc.indent, enc.sort_keys
