# site.py deletes sys.setdefaultencoding; reload(sys) brings it back, and
# the default encoding then drives every str/unicode coercion
import sys
print hasattr(sys, 'setdefaultencoding'), sys.getdefaultencoding()
sys.foo = 1
reload(sys)
print hasattr(sys, 'setdefaultencoding'), sys.getdefaultencoding(), hasattr(sys, 'foo')
for bad in [None, 1, u'utf-8', 'nonexistent-codec']:
    try:
        print sys.setdefaultencoding(bad)
    except Exception as e:
        print type(e).__name__, e
try: sys.setdefaultencoding()
except Exception as e: print type(e).__name__, e
print sys.getdefaultencoding()
sys.setdefaultencoding('utf-8')
print sys.getdefaultencoding()
s = 'caf\xc3\xa9'
print repr(s + u'!'), repr(unicode(s)), repr(str(u'\xe9')), repr(s.encode('latin-1')), repr(u'\xe9'.decode('latin-1'))
print s == u'caf\xe9', u'%s' % s
print repr('%s %s' % (s, u'x'))
print repr(u'x'.join([s, 'b']))
print repr(s.decode()), repr(u'\xe9'.encode())
sys.setdefaultencoding('latin-1')
print repr(s + u'!'), sys.getdefaultencoding()
sys.setdefaultencoding('ascii')
try: s + u'!'
except Exception as e: print type(e).__name__, e
sys.setdefaultencoding('UTF8')
print sys.getdefaultencoding()
sys.setdefaultencoding('ascii')

# reload(sys) also puts back the standard streams
import StringIO
out = sys.stdout
sys.stdout = StringIO.StringIO()
del sys.setdefaultencoding
reload(sys)
print sys.stdout is out, sys.stdout is sys.__stdout__, hasattr(sys, 'setdefaultencoding')
