# json.dumps through every encoder path: C-style one-shot, indent/sort_keys,
# ensure_ascii off, and errors
import json


class F(float):
    def __repr__(self):
        return 'F!'

docs = [{'b': [1, 2.5, {'x': None}], 'a': (True, False), 'c': {}, 'd': [], u'\xe9': u'\u1234',
         3: 4, 2.5: 1, True: 0, None: 1},
        [[[]], [{}], 1L, -3, F(2.5), 1e300], 'plain', 5, None]
for d in docs:
    for kw in [{}, {'sort_keys': True}, {'indent': 2}, {'indent': 0, 'sort_keys': True},
               {'indent': 3, 'separators': (',', ': ')}, {'ensure_ascii': False},
               {'sort_keys': True, 'ensure_ascii': False, 'indent': 1}]:
        print repr(json.dumps(d, **kw))
for d, kw in [({(1, 2): 3}, {'sort_keys': True}), ({(1, 2): 3, 'a': 1}, {'sort_keys': True, 'skipkeys': True}),
              ([float('nan')], {'allow_nan': False, 'indent': 1}),
              ({float('inf'): 1}, {'allow_nan': False, 'sort_keys': True}),
              ([1], {'indent': 2, 'default': lambda o: 'obj'}),
              ({'a': 1, 2: 3}, {'sort_keys': True}), ({(1, 2): 3}, {}), ([float('inf')], {'allow_nan': False})]:
    try:
        print json.dumps(d, **kw)
    except Exception as e:
        print type(e).__name__, e
loop = {}
loop['self'] = loop
for kw in [{}, {'indent': 1}]:
    try:
        json.dumps(loop, **kw)
    except ValueError as e:
        print 'ValueError', e
print ''.join(json.JSONEncoder(sort_keys=True).iterencode({'z': [1, {'y': 2}], 'a': 'b'}))
print json.dumps('\xc3\xa9'), json.dumps('\xe9', encoding='latin-1'), repr(json.dumps(u'\u20ac', ensure_ascii=False))
text = json.dumps({'k': ['\\"\n\t', 1.25, -0.0, 10 ** 20]}, sort_keys=True, indent=4)
print text
print json.loads(text)
