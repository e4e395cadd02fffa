# ConfigParser: syntax corners, error messages, interpolation variants
import ConfigParser
import StringIO

text = """[DEFAULT]
Dir = /d
rem this is a comment
REM also a comment
[one]
a = 1 ; comment after blank
b = x;not comment
c : "" 
d = %(dir)s/%(a)s
long = start
\tcontinued

  more
e=
"""
cp = ConfigParser.ConfigParser()
cp.readfp(StringIO.StringIO(text), 'conf.ini')
print cp.items('one')
print cp.get('DEFAULT', 'dir'), cp.has_option('', 'dir'), cp.has_option('one', 'dir'), cp.has_option('two', 'x')
print cp.items('one', vars={'A': 'V'})
print cp.get('one', 'd', vars={'dir': '/v'})
try:
    cp.options('missing')
except ConfigParser.NoSectionError as e:
    print repr(e), e.section, e.args
try:
    cp.add_section('Default')
except ValueError as e:
    print 'ValueError', e
try:
    cp.set('missing', 'x', '1')
except ConfigParser.NoSectionError as e:
    print e
print cp.remove_option('DEFAULT', 'dir'), cp.defaults().items()
try:
    cp.get('one', 'd')
except ConfigParser.InterpolationMissingOptionError as e:
    print str(e), e.reference
try:
    ConfigParser.RawConfigParser().readfp(StringIO.StringIO('[s]\nok = 1\nbad line\n=x\n'), 'f.ini')
except ConfigParser.ParsingError as e:
    print str(e)
    print e.errors, e.filename
try:
    ConfigParser.RawConfigParser().readfp(StringIO.StringIO('x = 1\n'))
except ConfigParser.MissingSectionHeaderError as e:
    print str(e)
    print e.lineno, repr(e.line)
nv = ConfigParser.RawConfigParser(allow_no_value=True)
nv.readfp(StringIO.StringIO('[flags]\nverbose\nlevel = 2\n'))
print nv.items('flags')
out = StringIO.StringIO()
nv.write(out)
print repr(out.getvalue())
dp = ConfigParser.RawConfigParser({'Zeta': '1', 'alpha': '2'})
print dp.defaults().items()
s = ConfigParser.SafeConfigParser()
s.readfp(StringIO.StringIO('[s]\na = %(b)s\nb = %(a)s\nc = %(nope)s\nd = 5%x\ne = %(b\n'))
for opt in 'abcde':
    try:
        print s.get('s', opt)
    except ConfigParser.Error as e:
        print type(e).__name__, e.args[:2]
print s.get('s', 'a', raw=True)
s.set('s', 'f', '%(a)s and %%')
s.set('s', 'g', 'plain')
try:
    s.set('s', 'h', '%(x)')
except ValueError as e:
    print 'ValueError', e
cp2 = ConfigParser.ConfigParser()
cp2.add_section('loop')
cp2.set('loop', 'x', '%(y)s')
cp2.set('loop', 'y', '%(x)s')
try:
    cp2.get('loop', 'x')
except ConfigParser.InterpolationDepthError as e:
    print str(e)
print cp2.get('loop', 'x', raw=True), cp2.getboolean('DEFAULT', 'x') if False else 'ok'
