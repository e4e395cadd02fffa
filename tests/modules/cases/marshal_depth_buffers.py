# marshal: 2.7's nesting limit (about 2000 levels) gives ValueError, not a
# recursion error, both ways; read-buffers (buffer, array, bytearray) are
# written as strings; a long with a zero top digit is refused.
import array
import marshal

head = last = []
for i in range(1998):
    last.append([0])
    last = last[-1]
data = marshal.dumps(head)
back = marshal.loads(data)
print len(data), len(back), len(back[0])
last.append([0])
try:
    marshal.dumps(head)
except ValueError as e:
    print 'ValueError', e
for chunk in ('(\x01\x00\x00\x00', '[\x01\x00\x00\x00', '>\x01\x00\x00\x00'):
    try:
        marshal.loads(chunk * 5000 + 'N')
    except ValueError as e:
        print 'ValueError', e
print marshal.loads('(\x01\x00\x00\x00' * 50 + 'N') is not None
for obj in (buffer('abc'), array.array('b', [65, 66]), bytearray('xy'), buffer('hello', 1, 3)):
    print repr(marshal.dumps(obj)), repr(marshal.loads(marshal.dumps(obj)))
for s in ('l\x02\x00\x00\x00\x00\x00\x00\x00', 'l\x02\x00\x00\x00\x00\x00\x01\x00', 'l\xfe\xff\xff\xff\x05\x00\x00\x00'):
    try:
        print marshal.loads(s)
    except ValueError as e:
        print 'ValueError', e
