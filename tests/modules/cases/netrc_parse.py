import netrc, os, tempfile
fn = tempfile.mktemp()
def parse(text):
    with open(fn, 'w') as f:
        f.write(text)
    try:
        n = netrc.netrc(fn)
        return sorted(n.hosts.items()), sorted(n.macros.items())
    except netrc.NetrcParseError as e:
        return 'NetrcParseError', e.msg, e.lineno, str(e).replace(fn, 'FILE')
print parse('machine host1 login u1 password p1 account a1\ndefault login anon password pw\n')
print parse('# comment line\nmachine h login "quoted user" password "p w"\n')
print parse('machine h login u password p\nmacdef init\ncd /pub\nls\n\nmachine h2 login x password y\n')
print parse('machine h login u\n')
print parse('bogus h\n')
print parse('machine h login u password p foo bar\n')
print parse('machine h login u password #pw\n')
with open(fn, 'w') as f:
    f.write('machine a login la password pa\ndefault login ld password pd\n')
n = netrc.netrc(fn)
print n.authenticators('a'), n.authenticators('zzz'), repr(n).count('machine')
with open(fn, 'w') as f:
    f.write('machine a login la password pa\n')
print netrc.netrc(fn).authenticators('zzz')
os.unlink(fn)
try:
    netrc.netrc(fn)
except IOError as e:
    print 'IOError', e.errno
e = netrc.NetrcParseError('msg', 'f', 3)
print str(e), e.args
