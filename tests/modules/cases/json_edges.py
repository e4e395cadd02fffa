# json: formatting details and decoder errors
import json

print json.dumps([[]], indent=0), json.dumps({'a': [1, {}]}, indent=3)
print json.dumps({'b': 1, 'a': {'d': 2, 'c': 3}}, sort_keys=True, indent=2, separators=(',', ':'))
print json.dumps(u'\x7f\x80\u0100', ensure_ascii=False) == u'"\x7f\x80\u0100"'
print json.dumps([1e-10, 1e22, 123.456, -1.5e-7, 2 ** 64])
print json.dumps({False: 1, 0.5: 2}, sort_keys=True)
print json.dumps('\\"\x08\x0c'), json.dumps(u'\u2028\ud800')
try:
    json.dumps({(1,): 2}, sort_keys=True)
except TypeError as e:
    print 'TypeError', e
try:
    json.dumps([float('nan')], allow_nan=False, indent=1)
except ValueError as e:
    print 'ValueError', e
d = {}
d['d'] = d
try:
    json.dumps(d)
except ValueError as e:
    print 'ValueError', e
print json.dumps([1, [2]], check_circular=False)
for doc in ['{"a": [1, 2', '[', '{', '{"a"', '"\\u12"', '"\\ud834\\udd1e"', '[1.5e3, -0, 0.0e0, 1E+2]',
            '\n\n  [1,\n   x]', '{"a": 1} {"b": 2}', '[1.]', '[-]', '"\\/\\b"', ' "a" ', '[true,false,null]',
            '{"k": 1, "k": 2}', u'"\xe9"', '"\xc3\xa9"']:
    try:
        print repr(json.loads(doc))
    except ValueError as e:
        print 'ValueError', e
dec = json.JSONDecoder(object_hook=lambda d: sorted(d))
print dec.decode('{"b": {"y": 1, "x": 2}, "a": 0}')
print json.JSONDecoder().raw_decode('{"a": 1}xyz')
enc = json.JSONEncoder(indent=2, separators=(',', ': '), sort_keys=True)
print enc.encode({'z': [1, 2], 'a': None})
print ''.join(enc.iterencode([1])) == enc.encode([1])
