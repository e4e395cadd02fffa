# locale: normalize, format/currency/atof with overridden conventions, errors
import locale
for n in ['en', 'EN', 'en_US.US-ASCII', 'en_US:UTF-8', 'de_DE@euro', 'en_US.ISO8859-15@euro', 'ca@valencia', 'ca_ES@valencia', 'ks_IN.UTF-8@devanagari', 'ks', 'sd@devanagari', 'az_AZ.iso88599e', 'lo_LA.cp1133', 'uk_ua.microsoft-cp1251', 'cs_CZ.iso88592', 'ja_JP', 'ja_JP.utf8', 'de_DE.latin1', 'fr_FR.UTF-8', 'xx_YY', 'pt_BR.utf8', 'zh_CN.UTF-8', 'C.UTF-8', 'POSIX', 'en_US.ISO-8859-1', 'sr_RS.UTF-8@latin', 'be_BY.UTF-8@latin']:
    print n, locale.normalize(n)
print locale.getdefaultlocale(('NOPE',)), locale.getlocale()
print locale.format('%.2f', 1234.5, True), locale.str(1.5), locale.atof('1.5'), locale.atoi('12')
print locale.format_string('%d %s %%', (1, 'a')), locale.format_string('%(a)d', {'a': 3}), locale.format_string('%*d|', (5, 3))
for f, a in [(locale.currency, (1,)), (locale.format, ('%f%f', 1)), (locale.format, ('%d x', 1)), (locale.setlocale, (locale.LC_ALL, 'xx_YY')), (locale.setlocale, (12345,)), (locale.getlocale, (locale.LC_ALL,))]:
    try: print f(*a)
    except Exception as e: print type(e).__name__, e
print locale.setlocale(locale.LC_ALL, ('C', None)), locale._parse_localename('de_DE@euro'), locale._build_localename(('en_US', 'UTF-8'))
try: locale.setlocale(locale.LC_ALL, (1, 2, 3))
except Exception as e: print type(e).__name__, e
locale._override_localeconv = {'thousands_sep': ',', 'grouping': [3, 3, 0], 'decimal_point': ',', 'mon_thousands_sep': '.', 'mon_grouping': [3, 0], 'mon_decimal_point': ',', 'frac_digits': 2, 'int_frac_digits': 2, 'currency_symbol': 'EUR', 'int_curr_symbol': 'EUR ', 'p_cs_precedes': 0, 'n_cs_precedes': 1, 'p_sep_by_space': 1, 'n_sep_by_space': 0, 'p_sign_posn': 1, 'n_sign_posn': 0, 'positive_sign': '', 'negative_sign': '-'}
print locale.format('%d', 1234567, True), locale.format('%10.2f', -1234567.891, True), locale.format('%-12d', 1234, True)
print locale.currency(1234567.5, grouping=True), locale.currency(-12.5, international=True), locale.atof('1,234,5'), locale.str(3.25)
print locale.format_string('%s %.1f %d', ('x', 12345.5, 9999), grouping=True)
