# io: iterating BytesIO and StringIO in each newline mode
import io
s = io.StringIO(u'a\nb\r\nc\rd\n\ne', newline=None)
print list(s)
s = io.StringIO(u'a\nb\r\nc\rd\n\ne', newline='')
print list(s)
s = io.StringIO(u'a\nb\r\nc\rd\n\ne', newline='\r')
print list(s)
s = io.StringIO(u'a\nb\r\nc\rd\n\ne')
print list(s)
b = io.BytesIO('x\ny\n\nz')
print list(b), list(b)
b = io.BytesIO()
b.write('p\nq'); b.seek(0)
print list(b)
b.seek(0); b.write('Z'); b.seek(0)
print list(b)
s = io.StringIO(); s.write(u'1\n2'); s.seek(0)
print list(s)
s.close()
try:
    next(s)
except ValueError as e:
    print e
