# _locale over the C library: setlocale, localeconv, strcoll, strxfrm, nl_langinfo
import _locale
print _locale.setlocale(_locale.LC_ALL, 'C'), sorted(_locale.localeconv().items())
for args in [(1, 'xx_YY'), ('a',), (_locale.LC_ALL, 5), (99,)]:
    try:
        print _locale.setlocale(*args)
    except Exception as e:
        print type(e).__name__, e
print _locale.setlocale(_locale.LC_NUMERIC, 'POSIX'), _locale.setlocale(_locale.LC_NUMERIC)
print _locale.strcoll('a', 'b'), _locale.strcoll(u'b', u'a'), repr(_locale.strxfrm('abc'))
print _locale.strcoll('a', u'b'), repr(_locale.strxfrm(u'b'))
try:
    _locale.nl_langinfo(99999)
except ValueError as e:
    print 'ValueError', e
try:
    _locale.strcoll(u'a', None)
except TypeError as e:
    print 'TypeError'
print _locale.gettext('hello'), _locale.dgettext(None, 'x'), _locale.Error, _locale.Error.__bases__
print _locale.nl_langinfo(_locale.DAY_1), _locale.nl_langinfo(_locale.ABMON_12), _locale.nl_langinfo(_locale.D_T_FMT)
print _locale.nl_langinfo(_locale.CODESET), _locale.nl_langinfo(_locale.RADIXCHAR), _locale.CHAR_MAX
print sorted(n for n in dir(_locale) if not n.startswith('__'))
