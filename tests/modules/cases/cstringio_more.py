import cStringIO as c
o = c.StringIO()
o.write('hello'); o.seek(10); o.write('x'); print repr(o.getvalue())
o.seek(2); o.truncate(); print repr(o.getvalue()), o.tell()
o.write('abc'); o.seek(0); print repr(o.readline(2)), repr(o.read(-1)), o.tell()
o.truncate(1); print o.tell(), repr(o.getvalue())
try: o.truncate(-1)
except Exception as e: print type(e).__name__, e
o.seek(-1); print o.tell()
try: o.write(5)
except Exception as e: print type(e).__name__, e
i = c.StringIO('abcdef'); i.seek(2); print repr(i.getvalue()), i.read(2), i.tell(); i.seek(100); print repr(i.read()), i.tell()
i.seek(-2, 2); print i.read(); i.seek(1); i.seek(1, 1); print i.read()
o2 = c.StringIO(); o2.write('abc'); o2.seek(1); print repr(o2.getvalue(True)), o2.softspace
i.close(); print i.closed
for f in (i.getvalue, i.tell, i.read, i.readline):
    try: f()
    except Exception as e: print type(e).__name__, e
print [x for x in dir(o2) if not x.startswith('_')]
print [x for x in dir(c.StringIO('')) if not x.startswith('_')]
print c.StringIO(buffer('abc')).read(), c.StringIO(bytearray('xy')).read()
try: c.StringIO(5)
except Exception as e: print type(e).__name__, e
o4 = c.StringIO(); o4.write(u'abc'); print repr(o4.getvalue()); o4.writelines(['a','b']); print o4.getvalue()
print c.StringIO('a\nb\n').next(), list(c.StringIO('a\nb'))
o5 = c.StringIO(); o5.write('abcdef'); o5.seek(2); o5.write('Z'); print o5.read(), repr(o5.getvalue())
r = c.StringIO('l1\nl2\nl3\n'); print r.readlines(4), r.readlines()
print repr(c.StringIO('abc').readline(0)), repr(c.StringIO('abc\n').readline(-1))
