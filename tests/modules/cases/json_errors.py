# json.loads error messages (line, column, char) as 2.7 reports them
import json

bad = ['', ' ', '[', '[1,]', '[1 2]', '{"a" 1}', '{"a":}', '{"a":1,}', '{1:2}', '{', '{"a"', '{"a":1',
       '"abc', '"a\\x"', '"\\u12"', '"\\ud800\\u12"', '[1]x', '[1] [2]', 'nul', 'tru', '-', '-0.', '1e',
       '01', '[-]', '"a\x01b"', '{"a":1 "b":2}', '[1,2', '  [\n1,\n2,\n]', u'["\xe9", x]',
       u'\n\n  ["\xe9\xe9", ]', '{"a":[1,{"b":}]}', '"\\', '"abc\\', 'NaN', '[Infinity, -Infinity]',
       '1.5e+3', '-12.5E-2', '123456789012345678901234567890', '{"a":1}  ', '"\xff"',
       '"\\ud834\\udd20"', '[true,false,null]', u'\u20ac', u'["\u20ac"] x']
for d in bad:
    for kw in [{}, {'strict': False}]:
        try:
            print repr(d), repr(json.loads(d, **kw))
        except Exception as e:
            print repr(d), type(e).__name__, e
    try:
        print repr(d), repr(json.JSONDecoder().raw_decode(d))
    except Exception as e:
        print repr(d), type(e).__name__, e
try:
    json.loads('[' * 100000 + ']' * 100000)
except RuntimeError as e:
    print 'RuntimeError', e
