# Cookie: SimpleCookie parsing and output, Morsel attributes, quoting of
# special characters, errors; SmartCookie's pickled values.
import Cookie
import warnings

c = Cookie.SimpleCookie()
c['fig'] = 'newton'
c['fig']['path'] = '/'
c['spaced'] = 'x y;z'
c['num'] = 42
c['num']['max-age'] = 3600
c['num']['secure'] = True
c['num']['httponly'] = True
c['num']['comment'] = 'a comment'
c['num']['domain'] = '.example.com'
c['num']['version'] = 1
print c
print repr(c)
print c.output(header='Cookie:', sep='; ')
print c.output(attrs=['path'])
print c['num'].OutputString(), '|', c['num'].OutputString(['secure'])
print repr(c['spaced']), c['spaced'].value, c['spaced'].coded_value, c['spaced'].key
print c['fig'].output(), '|', str(c['fig']), c['fig'].isReservedKey('Path'), c['fig'].isReservedKey('x')
print c.js_output()
print sorted(c['fig'].items())

for header in ['chips=ahoy; vienna=finger',
               'keebler="E=mc2; L=\\"Loves\\"; fudge=\\012;";',
               'a=1; Path=/; b=2; secure; Domain=.x.test; $Version=1; c',
               'sess=abc; expires=Fri, 31-Dec-2010 23:59:59 GMT; HttpOnly',
               'x=[1]; y=a:b/c?d',
               'weird key=1; ok=2',
               '"quoted"=1',
               'empty=; other=v',
               'oct="\\101\\102\\103"']:
    c = Cookie.SimpleCookie()
    c.load(header)
    print repr(header), '->', repr(c)
    for k in sorted(c):
        m = c[k]
        print '   ', k, repr(m.value), repr(m.coded_value), [(a, v) for a, v in sorted(m.items()) if v != '']

c = Cookie.SimpleCookie({'a': 'b', 'c': 'd e'})
print c
for bad in ['path', 'Expires', 'a b', 'x;y', 'k=v']:
    try:
        Cookie.SimpleCookie()[bad] = 'v'
    except Cookie.CookieError as e:
        print 'CookieError', e
try:
    Cookie.Morsel()['nonsense'] = 1
except Cookie.CookieError as e:
    print 'CookieError', e

m = Cookie.Morsel()
print m.key, m.value, m.coded_value, len(m), m['expires'] == ''
m.set('k', 'v', '"v"')
print m, repr(m)
print Cookie._quote('plain'), Cookie._quote('a b'), Cookie._quote('tab\there'), Cookie._quote('\xe9,"\\')
print Cookie._unquote('"a\\073b\\"c"'), Cookie._unquote('"x'), Cookie._unquote('x')
print Cookie._getdate(0).endswith('GMT'), len(Cookie._getdate(0))

with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    s = Cookie.SmartCookie()
    s['str'] = 'text'
    s['obj'] = [1, 2]
    print s['str'].value, s['obj'].value, s['obj'].coded_value[:1]
    s2 = Cookie.SmartCookie(s.output(header='', sep=';'))
    print s2['str'].value, s2['obj'].value
    print Cookie.Cookie is Cookie.SmartCookie
print Cookie.BaseCookie('a="x"')['a'].value
