# datetime: pickle-state strings only with a sane month/hour byte, date vs
# datetime comparisons, time hashes across offsets, utctimetuple at the
# edges of the range, combine() keywords.
import pickle
from datetime import date, datetime, time, timedelta, tzinfo, MINYEAR, MAXYEAR


class Off(tzinfo):
    def __init__(self, minutes=0):
        self.m = minutes

    def __reduce__(self):
        return (Off, (self.m,))

    def utcoffset(self, dt):
        return timedelta(minutes=self.m)

    def dst(self, dt):
        return timedelta(0)

for cls, text in ((date, '1995'), (datetime, '1995-03-25'), (time, '2:59.0')):
    for bad in ('9', chr(0), chr(13), '\xff', chr(24)):
        arg = bad + text[1:] if cls is time else text[:2] + bad + text[3:]
        try:
            cls(arg)
            print cls.__name__, repr(bad), 'accepted'
        except (TypeError, ValueError) as e:
            print cls.__name__, repr(bad), type(e).__name__
print date('\x07\xd0\x02\x1d'), datetime('\x07\xd0\x02\x1d\x0c\x22\x38\x00\x00\x05')
print time('\x0c\x22\x38\x00\x00\x05', Off(60)).utcoffset()
for obj in (date(2001, 2, 3), datetime(2001, 2, 3, 4, 5, 6, 7, Off(30)), time(23, 59, 1, 5)):
    for proto in range(3):
        assert pickle.loads(pickle.dumps(obj, proto)) == obj
print 'pickles ok'

d = date(2010, 5, 6)
dt = datetime.combine(d, time())
print d == dt, dt == d, d != dt, dt != d, date.__eq__(d, dt)
for op in ('<', '<=', '>', '>='):
    for a, b in ((d, dt), (dt, d)):
        try:
            eval('a %s b' % op)
            print op, 'compared'
        except TypeError as e:
            print op, 'TypeError', e

t1 = time(7, 47, tzinfo=Off(-300))
t2 = time(12, 47, tzinfo=Off(0))
t3 = time(13, 47, tzinfo=Off(60))
print t1 == t2 == t3, hash(t1) == hash(t2) == hash(t3)
print hash(time(5, 6)) == hash(time(5, 6, tzinfo=Off(0)))

tiny = datetime(MINYEAR, 1, 1, 0, 0, 37, tzinfo=Off(1439))
print tuple(tiny.utctimetuple())
huge = datetime(MAXYEAR, 12, 31, 23, 59, 37, 999999, tzinfo=Off(-1439))
print tuple(huge.utctimetuple())
print tuple(datetime(2000, 3, 1, 0, 10, tzinfo=Off(20)).utctimetuple())
print datetime.combine(date=d, time=time(1, 2, 3))
