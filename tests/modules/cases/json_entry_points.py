# json package functions: the shared default encoder/decoder paths and every option
import json, StringIO, decimal, collections
class E(json.JSONEncoder):
    def default(self, o): return 'E:' + repr(o)
class D(json.JSONDecoder):
    def decode(self, s): return ('D', json.JSONDecoder.decode(self, s))
print json.dumps({'b': [1, 2.5, None]}, sort_keys=True, indent=1, separators=(',', ': ')), json.dumps(set([1]) , cls=E), json.dumps(1j, default=repr), json.dumps([1], 0, 1, 1, 1, None, None, None, 'utf-8', None, False)
print json.dumps({'a': 1}, skipkeys=0, sort_keys=0), json.dumps('\xe9', encoding='latin-1'), repr(json.dumps(u'\xe9', ensure_ascii=False))
f = StringIO.StringIO(); json.dump({'x': [1, {'y': 2}]}, f, indent=2, sort_keys=True); print f.getvalue()
f = StringIO.StringIO(); json.dump([1, 2], f); print f.getvalue()
print json.loads('{"a": [1, 2.5, "x"]}'), json.loads('1.5', parse_float=decimal.Decimal), json.loads('7', parse_int=float), json.loads('NaN', parse_constant=lambda c: 'C' + c)
print json.loads('{"a": 1, "b": 2}', object_pairs_hook=collections.OrderedDict), json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items())), json.loads('[1]', cls=D)
print repr(json.loads('"\xe9"', encoding='latin-1')), json.load(StringIO.StringIO('[true, null]')), json.loads('{"x": 1}', strict=False)
try: json.loads('{"a": }')
except ValueError as e: print 'ValueError', e
try: json.loads('[1]', bogus=1)
except TypeError as e: print 'TypeError', e
try: json.dumps([1], bogus=1)
except TypeError as e: print 'TypeError', e
