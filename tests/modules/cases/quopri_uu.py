import quopri
import uu
import StringIO

for s in ['hello world', 'caf\xe9 = ok\t\n', 'a' * 100, 'tab\tend \n.\n', '_under_score_']:
    e = quopri.encodestring(s)
    print repr(e), quopri.decodestring(e) == s
    print repr(quopri.encodestring(s, quotetabs=1)), repr(quopri.encodestring(s, header=1))
print repr(quopri.decodestring('a=3Db=\nc_d', header=1))
out = StringIO.StringIO()
quopri.encode(StringIO.StringIO('x\xff y\n'), out, 0)
print repr(out.getvalue())
back = StringIO.StringIO()
quopri.decode(StringIO.StringIO(out.getvalue()), back)
print repr(back.getvalue())
print quopri.needsquoting('=', 0, 0), quopri.needsquoting(' ', 1, 0), quopri.needsquoting('_', 0, 1), quopri.quote('\xab'), quopri.ishex('f'), quopri.unhex('ff')

data = ''.join(chr(i) for i in range(256)) * 2
src = StringIO.StringIO(data)
enc = StringIO.StringIO()
uu.encode(src, enc, 'file.bin', 0644)
text = enc.getvalue()
print text.splitlines()[0], text.splitlines()[-1], len(text)
dec = StringIO.StringIO()
uu.decode(StringIO.StringIO(text), dec)
print dec.getvalue() == data
try:
    uu.decode(StringIO.StringIO('no begin line\n'), StringIO.StringIO())
except uu.Error as e:
    print 'Error', e
try:
    uu.decode(StringIO.StringIO('begin 644 x\n' + text.splitlines(True)[1]), StringIO.StringIO())
except uu.Error as e:
    print 'Error', e
