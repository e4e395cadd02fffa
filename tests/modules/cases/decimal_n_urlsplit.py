# Decimal's 'n' format with explicit locale conventions (grouping with a
# repeating or a final CHAR_MAX size, other decimal points), copy_reg's
# slot-name mangling for an all-underscore class, urlsplit's refusal of
# netlocs that NFKC normalization would split.
import copy_reg
import urlparse
from decimal import Decimal

en_US = {'decimal_point': '.', 'grouping': [3, 3, 0], 'thousands_sep': ','}
fr_FR = {'decimal_point': ',', 'grouping': [127], 'thousands_sep': ''}
crazy = {'decimal_point': '&', 'grouping': [1, 4, 2, 127], 'thousands_sep': '-'}
for conv in (en_US, fr_FR, crazy):
    for value, spec in (('12.7', 'n'), (123456789, 'n'), (1234567890123, 'n'),
                        (123456789, '.6n'), (1234, '06n'), (12345, '010n'), ('-0.5', '+n')):
        print repr(Decimal.__format__(Decimal(value), spec, _localeconv=conv)),
    print
print format(Decimal('1234567.891'), ','), format(Decimal('1234567'), '012,')
try:
    Decimal.__format__(Decimal(1), ',n', _localeconv=en_US)
except ValueError as e:
    print 'ValueError', e


class ___(object):
    __slots__ = ('__spam',)


class _Lead(object):
    __slots__ = ('__spam', 'eggs')

print copy_reg._slotnames(___), sorted(copy_reg._slotnames(_Lead))

print urlparse.urlsplit(u'http://\u30d5\u309a:80/x')
for url in (u'http://\u30d5\u309a\ufe1380', u'http://example.com\uff03@bing.com',
            u'http://a\u2100b/path', u'ftp://n\uff1fuser@netloc/'):
    try:
        urlparse.urlsplit(url)
        print 'accepted'
    except ValueError as e:
        print 'ValueError', e
print urlparse.urlsplit('http://caf\xc3\xa9.example/')
