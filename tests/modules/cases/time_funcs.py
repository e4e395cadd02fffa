# time: struct_time, conversions, formatting, errors (values independent of the clock and zone)
import time
for expr in ['time.strftime("%Y", 5)', 'time.strftime("%Y", (1, 2, 3))', 'time.strftime("%Y", [2000, 1, 1, 0, 0, 0, 0, 1, 0])',
             'time.strftime("%Y", (2000, 1, 1, 0, 0, 0, 0, 1, "x"))', 'time.strftime("%Y %m %d %j %w", (99, 0, 0, 0, 0, 0, 0, 0, 0))',
             'time.strftime("%Y", (150, 1, 1, 0, 0, 0, 0, 1, 0))', 'time.strftime("%Y", (2000, 1, 32, 0, 0, 0, 0, 1, 0))',
             'time.strftime("%Y", (2000, 1, 1, 24, 0, 0, 0, 1, 0))', 'time.strftime("%Y", (2000, 1, 1, 0, 60, 0, 0, 1, 0))',
             'time.strftime("%Y", (2000, 1, 1, 0, 0, 62, 0, 1, 0))', 'time.strftime("%Y", (2000, 1, 1, 0, 0, 0, -2, 1, 0))',
             'time.strftime("%Y", (2000, 1, 1, 0, 0, 0, 0, 367, 0))', 'time.strftime("%a", (2000, 1, 1, 0, 0, 0, 9, 1, 0))',
             'time.strftime(5)', 'time.strftime("")', 'time.strftime(u"%Y", (2001, 1, 1, 0, 0, 0, 0, 1, 0))',
             'time.asctime((2000, 1, 1, 0, 0, 0, 0, 1, 0))', 'time.asctime((2000, 13, 1, 0, 0, 0, 0, 1, 0))',
             'time.ctime(0)', 'time.ctime(1e9)', 'time.gmtime("x")', 'time.gmtime(1e30)', 'time.gmtime(None)[:0]',
             'time.mktime((2000, 1, 1, 0, 0, 0, 0, 1, 0)) - time.mktime((2000, 1, 2, 0, 0, 0, 0, 1, 0))',
             'time.mktime(5)', 'time.sleep(-1)', 'time.sleep("x")', 'time.struct_time((1, 2, 3))', 'time.struct_time(5)',
             'time.struct_time([1, 2, 3, 4, 5, 6, 7, 8, 9])', 'time.struct_time((1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11))',
             'time.struct_time.__name__, time.struct_time.__module__', 'time.gmtime(0).tm_zone', 'time.gmtime().n_fields',
             'time.gmtime(-1.5)[:6]', 'time.gmtime(0) == (1970, 1, 1, 0, 0, 0, 3, 1, 0)',
             'time.struct_time((1, 2, 3, 4, 5, 6, 7, 8, 9)) + (1,)', 'time.accept2dyear',
             'time.strptime("10", "%d")', 'time.strptime("x", "%d")', 'time.strptime("10 xyz", "%d")',
             'time.strptime(5, "%d")', 'time.strptime("+0100", "%z")', 'time.strptime("10", "%Q")', 'time.strptime("10", "%")',
             'time.strptime("12 PM", "%I %p")[3]', 'time.strptime("12 am", "%I %p")[3]', 'time.strptime("2020 10 3", "%Y %U %w")',
             'time.strptime("1999 0 0", "%Y %U %w")', 'time.strptime("29 2", "%d %m")', 'time.strptime("31 2", "%d %m")',
             'time.strptime("Thu Jan  1 00:00:00 1970")', 'time.strptime("123", "%d%m")', 'time.strptime("UTC", "%Z")[8]',
             'tuple(time.gmtime(951782400))', 'time.gmtime(2 ** 40)[:3]', 'time.gmtime(-2 ** 35)[:3]']:
    try:
        print expr, '->', repr(eval(expr))
    except Exception as e:
        print expr, '->', type(e).__name__, e
print sorted(n for n in dir(time) if not n.startswith('_'))
s = time.gmtime(1234567890)
print s.tm_year, s.tm_yday, s.tm_isdst, s[-1], s[1:3], list(s)[:2], len(s), s == tuple(s)
try:
    s.tm_year = 5
except (TypeError, AttributeError) as e:
    print type(e).__name__
print type(time.timezone), type(time.altzone), type(time.daylight), type(time.tzname), len(time.tzname)
print time.localtime(time.mktime(time.localtime(1000000000))) == time.localtime(1000000000)
a = time.time(); b = time.time()
print b >= a, isinstance(time.clock(), float)
