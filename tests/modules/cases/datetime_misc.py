# datetime: errors and messages, arithmetic edges, formats, tz handling, calendar helpers
from datetime import date, time, datetime, timedelta, tzinfo
import datetime as D
import calendar
for expr in ['timedelta(days=10**9)', 'date(2023.0, 1, 1)', 'date("x", 1, 1)', 'time(24)', 'time(1, 60)', 'time(1, 1, 60)',
             'time(1, 1, 1, 10**6)', 'time(tzinfo=5)', 'datetime(2020, 1, 1, tzinfo=5)', 'date.max + timedelta(1)',
             'datetime.max + timedelta(1)', 'date(2020, 1, 1) - 1', 'date(2020, 1, 1) < 5', 'timedelta(1) * 1.5',
             'timedelta(1) / 0', 'timedelta(1) + 1', 'date(1, 1, 1) - timedelta(1)', 'repr(timedelta(0, 0, 1))',
             'repr(timedelta(-1))', 'timedelta(1) < 5', 'datetime(2020, 1, 1) < date(2020, 1, 1)',
             'datetime(2020, 1, 1) == date(2020, 1, 1)', 'date(2020, 1, 1) == datetime(2020, 1, 1)',
             'datetime(2020, 1, 1) - date(2020, 1, 1)', 'time(1) < time(2)', 'time(1) < 5', 'date(1850, 1, 1).strftime("%Y")',
             'date.fromordinal(0)', 'D.tzinfo().utcoffset(None)', 'datetime.fromtimestamp(1e20)', 'timedelta(1) % timedelta(2)',
             'timedelta(1, 2, 3).__reduce__()[1]', 'timedelta(weeks=-1.5, seconds=0.25)', 'timedelta(microseconds=-0.5)',
             'timedelta(microseconds=1.5)', 'timedelta(hours=1, minutes=-30) * 3', 'timedelta(seconds=7) // 2',
             'str(timedelta(days=-1, microseconds=1))', 'date(2000, 2, 29).replace(year=2004)', 'date(2024, 12, 31).isocalendar()',
             'date(2026, 1, 1).isocalendar()', 'date(2015, 12, 31).isocalendar()', 'datetime(2020, 5, 17, 1, 2).ctime()',
             'datetime(1, 1, 1).toordinal()', 'datetime(2000, 1, 1, 12).timetuple()', 'datetime.combine(date(2000, 1, 1), time(1))',
             'repr(datetime(2000, 1, 1, 0, 0, 0, 5))', 'repr(datetime(2000, 1, 1, 0, 5))', 'repr(time(0, 0, 0, 1))',
             'datetime(2000, 1, 1).strftime("%f|%z|%Z|%%f")', 'time(1, 2, 3, 4).strftime("%H %f")', 'bool(time())',
             'datetime.utcfromtimestamp(-1.25)', 'datetime.utcfromtimestamp(0.9999996)', 'date.fromtimestamp(86400 * 365).year',
             'calendar.monthrange(2024, 13)', 'calendar.weekday(2024, 2, 30)', 'calendar.leapdays(2000, 2100)',
             'calendar.timegm((1969, 12, 31, 23, 59, 59, 0, 0, 0))', 'calendar.setfirstweekday(9)', 'calendar.monthcalendar(2021, 2)',
             'calendar.isleap(2100)', 'len(calendar.calendar(2023))', 'calendar.month_abbr[0]', 'calendar.day_name[-1]']:
    try:
        print expr, '->', repr(eval(expr))
    except Exception as e:
        print expr, '->', type(e).__name__, e
class Off(tzinfo):
    def __init__(self, minutes):
        self.m = minutes
    def utcoffset(self, dt):
        return timedelta(minutes=self.m)
    def dst(self, dt):
        return timedelta(0)
    def tzname(self, dt):
        return 'OFF%+d' % self.m
    def __repr__(self):
        return 'Off(%d)' % self.m
a = datetime(2020, 6, 1, 12, 0, tzinfo=Off(120))
b = datetime(2020, 6, 1, 10, 0, tzinfo=Off(0))
print a == b, a - b, hash(a) == hash(b), repr(a), a.astimezone(Off(-60)), a.utctimetuple()[:5], a.timetz()
print time(12, 0, tzinfo=Off(60)) == time(11, 0, tzinfo=Off(0)), time(0, 30, tzinfo=Off(30)).__nonzero__()
for bad in [lambda: datetime(2020, 1, 1, tzinfo=Off(2000)).utcoffset(), lambda: a < datetime(2020, 1, 1), lambda: a.astimezone(5),
            lambda: datetime(2020, 1, 1).astimezone(Off(0))]:
    try:
        print bad()
    except Exception as e:
        print type(e).__name__, e
print calendar.TextCalendar(6).formatmonth(2024, 9, 3, 2)
print calendar.HTMLCalendar(6).formatyear(2021, 4)[:300]
