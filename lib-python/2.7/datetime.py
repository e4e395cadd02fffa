"""Dates, times and intervals: timedelta, date, time, datetime and tzinfo,
with the behaviour (and messages) of Python 2.7's datetime module.

Dates use the proleptic Gregorian calendar; ordinal 1 is 0001-01-01.
"""
import time as _time
import math as _math

MINYEAR = 1
MAXYEAR = 9999
_MAX_DELTA_DAYS = 999999999

_DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [0]
for _m in range(1, 13):
    _DAYS_BEFORE_MONTH.append(_DAYS_BEFORE_MONTH[-1] + _DAYS_IN_MONTH[_m])
del _m
_DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_MONTH_NAMES = [None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


# ---- calendar arithmetic ----

def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd2ord(year, month, day):
    days = _DAYS_BEFORE_MONTH[month - 1] + (month > 2 and _is_leap(year))
    return _days_before_year(year) + days + day


_DI400Y = _days_before_year(401)    # days in 400 years
_DI100Y = _days_before_year(101)
_DI4Y = _days_before_year(5)


def _ord2ymd(n):
    """(year, month, day) of ordinal n (1 is 0001-01-01)."""
    n -= 1
    n400, n = divmod(n, _DI400Y)
    year = n400 * 400 + 1
    n100, n = divmod(n, _DI100Y)
    n4, n = divmod(n, _DI4Y)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        # the last day of a leap cycle
        return year - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    before = _DAYS_BEFORE_MONTH[month - 1] + (month > 2 and leap)
    if before > n:
        month -= 1
        before -= _DAYS_IN_MONTH[month] + (month == 2 and leap)
    return year, month, n - before + 1


def _check_int(value):
    if isinstance(value, (int, long)):
        return int(value) if isinstance(value, bool) else value
    if isinstance(value, float):
        raise TypeError('integer argument expected, got float')
    try:
        value = value.__int__()
    except AttributeError:
        raise TypeError('an integer is required')
    if not isinstance(value, (int, long)):
        raise TypeError('an integer is required')
    return value


def _check_date_fields(year, month, day):
    year = _check_int(year)
    month = _check_int(month)
    day = _check_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year is out of range')
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond):
    hour = _check_int(hour)
    minute = _check_int(minute)
    second = _check_int(second)
    microsecond = _check_int(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    return hour, minute, second, microsecond


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _type_name(obj):
    cls = type(obj)
    if cls in (timedelta, date, datetime, time, tzinfo):
        return 'datetime.' + cls.__name__
    return cls.__name__


def _no_operand(op, a, b, reflected):
    """NotImplemented if b might handle the operation (a user type with the
    reflected method), else 2.7's TypeError naming 'datetime.xxx'."""
    if hasattr(b, reflected) and type(b).__module__ != '__builtin__':
        return NotImplemented
    raise TypeError("unsupported operand type(s) for %s: '%s' and '%s'"
                    % (op, _type_name(a), _type_name(b)))


def _cant_compare(a, b):
    raise TypeError("can't compare %s to %s" % (_type_name(a), _type_name(b)))


def _round_half_away(x):
    return int(_math.floor(x + 0.5)) if x >= 0 else int(_math.ceil(x - 0.5))


def _check_utc_offset(name, offset):
    """A tzinfo method's result: None or a whole number of minutes under a day."""
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(offset).__name__))
    if offset.days < -1 or offset.days > 0:
        minutes = 1440      # what 2.7 reports for offsets of a day or more
    else:
        if offset.microseconds or offset.seconds % 60:
            raise ValueError("tzinfo.%s() must return a whole number of minutes" % name)
        minutes = offset.days * 1440 + offset.seconds // 60
    if not -1440 < minutes < 1440:
        raise ValueError("tzinfo.%s() returned %d; must be in -1439 .. 1439" % (name, minutes))
    return offset


def _format_offset(offset, sep):
    if offset is None:
        return ''
    minutes = offset.days * 1440 + offset.seconds // 60
    sign = '+'
    if minutes < 0:
        sign = '-'
        minutes = -minutes
    hh, mm = divmod(minutes, 60)
    return '%s%02d%s%02d' % (sign, hh, sep, mm)


def _wrap_strftime(obj, fmt, timetuple, microsecond, tz_source):
    """time.strftime with %f, %z and %Z filled in by the object itself."""
    if not isinstance(fmt, basestring):
        raise TypeError('strftime() argument 1 must be str, not %s' % type(fmt).__name__)
    year = timetuple[0]
    if year < 1900:
        raise ValueError('year=%d is before 1900; the datetime strftime() methods require year >= 1900'
                         % year)
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != '%' or i >= n:
            out.append(ch)
            continue
        ch = fmt[i]
        i += 1
        if ch == 'f':
            out.append('%06d' % microsecond)
        elif ch == 'z':
            off = tz_source.utcoffset() if tz_source is not None else None
            out.append(_format_offset(off, ''))
        elif ch == 'Z':
            name = tz_source.tzname() if tz_source is not None else None
            out.append(name.replace('%', '%%') if name else '')
        else:
            out.append('%' + ch)
    return _time.strftime(''.join(out), timetuple)


def _build_struct_time(y, m, d, hh, mm, ss, dstflag):
    wday = (_ymd2ord(y, m, d) + 6) % 7
    yday = _DAYS_BEFORE_MONTH[m - 1] + (m > 2 and _is_leap(y)) + d
    return _time.struct_time((y, m, d, hh, mm, ss, wday, yday, dstflag))


class timedelta(object):
    """A duration: days, seconds (0..86399) and microseconds (0..999999)."""
    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        # whole parts exactly, fractional parts as float microseconds
        total = 0
        frac = 0.0
        for value, scale in ((weeks, 604800000000), (days, 86400000000), (hours, 3600000000),
                             (minutes, 60000000), (seconds, 1000000), (milliseconds, 1000),
                             (microseconds, 1)):
            if isinstance(value, float):
                frac_part, whole = _math.modf(value)
                if abs(whole) >= 2 ** 63:
                    raise OverflowError('Python int too large to convert to C int')
                total += long(whole) * scale
                frac += (value - whole) * scale
            elif isinstance(value, (int, long)):
                total += value * scale
            else:
                raise TypeError('unsupported type for timedelta %s component: %s'
                                % (_component_name(scale), type(value).__name__))
        total += _round_half_away(frac)
        days, rest = divmod(total, 86400000000)
        seconds, us = divmod(rest, 1000000)
        if abs(days) > _MAX_DELTA_DAYS:
            raise OverflowError('days=%d; must have magnitude <= %d' % (days, _MAX_DELTA_DAYS))
        self = object.__new__(cls)
        self._days = int(days)
        self._seconds = int(seconds)
        self._microseconds = int(us)
        self._hashcode = -1
        return self

    days = property(lambda self: self._days, doc='Number of days.')
    seconds = property(lambda self: self._seconds, doc='Number of seconds (>= 0 and less than 1 day).')
    microseconds = property(lambda self: self._microseconds,
                            doc='Number of microseconds (>= 0 and less than 1 second).')

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        """Total seconds in the duration."""
        return self._to_us() / 1e6

    def __repr__(self):
        name = 'datetime.' + self.__class__.__name__ if type(self) is timedelta else \
            '%s.%s' % (self.__class__.__module__, self.__class__.__name__)
        if self._microseconds:
            return '%s(%d, %d, %d)' % (name, self._days, self._seconds, self._microseconds)
        if self._seconds:
            return '%s(%d, %d)' % (name, self._days, self._seconds)
        return '%s(%d)' % (name, self._days)

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = '%d:%02d:%02d' % (hh, mm, ss)
        if self._days:
            s = '%d day%s, ' % (self._days, '' if abs(self._days) == 1 else 's') + s
        if self._microseconds:
            s += '.%06d' % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta(0, 0, self._to_us() + other._to_us())
        return _no_operand('+', self, other, '__radd__')

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return timedelta(0, 0, self._to_us() + other._to_us())
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta(0, 0, self._to_us() - other._to_us())
        return _no_operand('-', self, other, '__rsub__')

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta(0, 0, -self._to_us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, (int, long)):
            return timedelta(0, 0, self._to_us() * other)
        return _no_operand('*', self, other, '__rmul__')

    def __rmul__(self, other):
        if isinstance(other, (int, long)):
            return timedelta(0, 0, self._to_us() * other)
        return NotImplemented

    def __div__(self, other):
        if isinstance(other, (int, long)):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return timedelta(0, 0, self._to_us() // other)
        return _no_operand('/', self, other, '__rdiv__')

    __floordiv__ = __div__
    __truediv__ = __div__

    def __mod__(self, other):
        return _no_operand('%', self, other, '__rmod__')

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() == other._to_us()
        return False

    def __ne__(self, other):
        return not self == other

    def __lt__(self, other):
        if not isinstance(other, timedelta):
            _cant_compare(self, other)
        return self._to_us() < other._to_us()

    def __le__(self, other):
        if not isinstance(other, timedelta):
            _cant_compare(self, other)
        return self._to_us() <= other._to_us()

    def __gt__(self, other):
        if not isinstance(other, timedelta):
            _cant_compare(self, other)
        return self._to_us() > other._to_us()

    def __ge__(self, other):
        if not isinstance(other, timedelta):
            _cant_compare(self, other)
        return self._to_us() >= other._to_us()

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __nonzero__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    def __reduce__(self):
        return (self.__class__, (self._days, self._seconds, self._microseconds))


def _component_name(scale):
    return {604800000000: 'weeks', 86400000000: 'days', 3600000000: 'hours', 60000000: 'minutes',
            1000000: 'seconds', 1000: 'milliseconds', 1: 'microseconds'}[scale]


timedelta.min = timedelta(-_MAX_DELTA_DAYS)
timedelta.max = timedelta(days=_MAX_DELTA_DAYS, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class date(object):
    """A date (year, month, day) in the proleptic Gregorian calendar."""
    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=None, day=None):
        if (month is None and isinstance(year, str) and len(year) == 4
                and 1 <= ord(year[2]) <= 12):
            # the pickle state, taken as is like 2.7 does: only a sane month
            # byte tells it from a mistaken string argument
            self = object.__new__(cls)
            self._year = ord(year[0]) * 256 + ord(year[1])
            self._month = ord(year[2])
            self._day = ord(year[3])
            self._hashcode = -1
            return self
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        """The local date of a POSIX timestamp."""
        y, m, d = _time.localtime(t)[:3]
        return cls(y, m, d)

    @classmethod
    def today(cls):
        """The current local date."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        """The date of a proleptic Gregorian ordinal (1 is 0001-01-01)."""
        n = _check_int(n)
        if n < 1:
            raise ValueError('ordinal must be >= 1')
        if n > _ymd2ord(MAXYEAR, 12, 31):
            raise ValueError('year is out of range')
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    def __repr__(self):
        return '%s(%d, %d, %d)' % (_qualified_name(self), self._year, self._month, self._day)

    def isoformat(self):
        """YYYY-MM-DD."""
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        """Like time.ctime()."""
        weekday = self.toordinal() % 7 or 7
        return '%s %s %2d 00:00:00 %04d' % (_DAY_NAMES[weekday - 1], _MONTH_NAMES[self._month],
                                            self._day, self._year)

    def strftime(self, fmt):
        """Like time.strftime() on self.timetuple()."""
        return _wrap_strftime(self, fmt, self.timetuple(), 0, None)

    def __format__(self, fmt):
        if not isinstance(fmt, basestring):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def timetuple(self):
        """A time.struct_time for midnight of this date."""
        return _build_struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        """The proleptic Gregorian ordinal (0001-01-01 is 1)."""
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        """A date with the given fields replaced."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return date.__new__(type(self), year, month, day)

    # comparisons: dates compare with dates only (not with datetimes)
    def _cmp(self, other):
        return cmp((self._year, self._month, self._day), (other._year, other._month, other._day))

    def _comparable(self, other):
        # a datetime compares by its date here only when date's method is
        # called directly: datetime's own methods take precedence in a == b
        return isinstance(other, date)

    def __eq__(self, other):
        if self._comparable(other):
            return self._cmp(other) == 0
        if hasattr(other, 'timetuple') and not isinstance(other, date):
            return NotImplemented
        return False

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def _order(self, other):
        if self._comparable(other):
            return self._cmp(other)
        if hasattr(other, 'timetuple') and not isinstance(other, date):
            return None
        _cant_compare(self, other)

    def __lt__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c >= 0

    def __hash__(self):
        return hash((self._year, self._month, self._day))

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= _ymd2ord(MAXYEAR, 12, 31):
                return date.fromordinal.__func__(type(self), o)
            raise OverflowError('date value out of range')
        return _no_operand('+', self, other, '__radd__')

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self + other
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return _no_operand('-', self, other, '__rsub__')

    def weekday(self):
        """Monday is 0, Sunday is 6."""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        """Monday is 1, Sunday is 7."""
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        """(ISO year, ISO week number, ISO weekday)."""
        year = self._year
        week1monday = _iso_week1_monday(year)
        today = _ymd2ord(self._year, self._month, self._day)
        week, day = divmod(today - week1monday, 7)
        if week < 0:
            year -= 1
            week1monday = _iso_week1_monday(year)
            week, day = divmod(today - week1monday, 7)
        elif week >= 52:
            if today >= _iso_week1_monday(year + 1):
                year += 1
                week = 0
        return year, week + 1, day + 1

    def __reduce__(self):
        return (self.__class__, (self._getstate(),))

    def _getstate(self):
        yhi, ylo = divmod(self._year, 256)
        return ''.join(map(chr, (yhi, ylo, self._month, self._day)))


def _qualified_name(obj):
    cls = type(obj)
    if cls in (date, datetime, time):
        return 'datetime.' + cls.__name__
    return '%s.%s' % (cls.__module__, cls.__name__)


def _iso_week1_monday(year):
    """The ordinal of the Monday of ISO week 1 (the week with Jan 4)."""
    first = _ymd2ord(year, 1, 1)
    first_weekday = (first + 6) % 7
    monday = first - first_weekday
    if first_weekday > 3:
        monday += 7
    return monday


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class tzinfo(object):
    """Abstract base class for time zone information; subclass it and
    implement utcoffset, dst and tzname."""

    def tzname(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement tzname()')

    def utcoffset(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement dst()')

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time (standard algorithm)."""
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() requires a datetime argument')
        if dt.tzinfo is not self:
            raise ValueError('dt.tzinfo is not self')
        dtoff = dt.utcoffset()
        if dtoff is None:
            raise ValueError('fromutc() requires a non-None utcoffset() result')
        dtdst = dt.dst()
        if dtdst is None:
            raise ValueError('fromutc() requires a non-None dst() result')
        delta = dtoff - dtdst
        if delta:
            dt += delta
            dtdst = dt.dst()
            if dtdst is None:
                raise ValueError('fromutc(): dt.dst gave inconsistent results; cannot convert')
        if dtdst:
            return dt + dtdst
        return dt

    def __reduce__(self):
        getinitargs = getattr(self, '__getinitargs__', None)
        args = getinitargs() if getinitargs else ()
        getstate = getattr(self, '__getstate__', None)
        state = getstate() if getstate else (getattr(self, '__dict__', None) or None)
        if state is None:
            return (self.__class__, args)
        return (self.__class__, args, state)


class time(object):
    """A time of day (hour, minute, second, microsecond, tzinfo)."""

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None):
        if isinstance(hour, str) and len(hour) == 6 and ord(hour[0]) < 24:
            # the pickle state (an hour byte of 24 or more is no pickle)
            tzinfo = minute if isinstance(minute, _tzinfo_class) else None
            _check_tzinfo(tzinfo)
            b = map(ord, hour)
            self = object.__new__(cls)
            self._hour, self._minute, self._second = b[0], b[1], b[2]
            self._microsecond = (b[3] * 256 + b[4]) * 256 + b[5]
            self._tzinfo = tzinfo
            return self
        hour, minute, second, microsecond = _check_time_fields(hour, minute, second, microsecond)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_utc_offset('utcoffset', self._tzinfo.utcoffset(None))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_utc_offset('dst', self._tzinfo.dst(None))

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(None)
        _check_tzname(name)
        return name

    def _minutes_utc(self):
        off = self.utcoffset()
        m = self._hour * 60 + self._minute
        if off is not None:
            m -= off.days * 1440 + off.seconds // 60
        return m

    def _key(self, other):
        if self._tzinfo is other._tzinfo or (self.utcoffset() == other.utcoffset()):
            return ((self._hour, self._minute, self._second, self._microsecond),
                    (other._hour, other._minute, other._second, other._microsecond))
        if (self.utcoffset() is None) != (other.utcoffset() is None):
            raise TypeError("can't compare offset-naive and offset-aware times")
        return ((self._minutes_utc(), self._second, self._microsecond),
                (other._minutes_utc(), other._second, other._microsecond))

    def _cmp(self, other):
        a, b = self._key(other)
        return cmp(a, b)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmp(other) == 0
        return False

    def __ne__(self, other):
        return not self == other

    def __lt__(self, other):
        if not isinstance(other, time):
            _cant_compare(self, other)
        return self._cmp(other) < 0

    def __le__(self, other):
        if not isinstance(other, time):
            _cant_compare(self, other)
        return self._cmp(other) <= 0

    def __gt__(self, other):
        if not isinstance(other, time):
            _cant_compare(self, other)
        return self._cmp(other) > 0

    def __ge__(self, other):
        if not isinstance(other, time):
            _cant_compare(self, other)
        return self._cmp(other) >= 0

    def __hash__(self):
        # equal times hash alike whatever their offsets
        return hash((self._minutes_utc(), self._second, self._microsecond))

    def __nonzero__(self):
        if self._second or self._microsecond:
            return True
        return self._minutes_utc() != 0

    def isoformat(self):
        """HH:MM:SS[.mmmmmm][+HH:MM]."""
        s = '%02d:%02d:%02d' % (self._hour, self._minute, self._second)
        if self._microsecond:
            s += '.%06d' % self._microsecond
        return s + _format_offset(self.utcoffset(), ':')

    __str__ = isoformat

    def __repr__(self):
        if self._microsecond:
            s = '%d, %d, %d, %d' % (self._hour, self._minute, self._second, self._microsecond)
        elif self._second:
            s = '%d, %d, %d' % (self._hour, self._minute, self._second)
        else:
            s = '%d, %d' % (self._hour, self._minute)
        if self._tzinfo is not None:
            s += ', tzinfo=%r' % self._tzinfo
        return '%s(%s)' % (_qualified_name(self), s)

    def strftime(self, fmt):
        """Like time.strftime() with the date part 1900-01-01."""
        tt = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _wrap_strftime(self, fmt, tt, self._microsecond, self)

    def __format__(self, fmt):
        if not isinstance(fmt, basestring):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True):
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        return time.__new__(type(self), hour, minute, second, microsecond, tzinfo)

    def __reduce__(self):
        us2, us3 = divmod(self._microsecond, 256)
        us1, us2 = divmod(us2, 256)
        state = ''.join(map(chr, (self._hour, self._minute, self._second, us1, us2, us3)))
        if self._tzinfo is None:
            return (self.__class__, (state,))
        return (self.__class__, (state, self._tzinfo))


_tzinfo_class = tzinfo
_date_class = date
_time_class = time


def _check_tzname(name):
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'" % type(name).__name__)


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


class datetime(date):
    """A date and a time of day (with an optional tzinfo)."""

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0,
                tzinfo=None):
        if isinstance(year, str) and len(year) == 10 and 1 <= ord(year[2]) <= 12:
            # the pickle state, taken as is (see date)
            tzinfo = month if isinstance(month, _tzinfo_class) else None
            _check_tzinfo(tzinfo)
            b = map(ord, year)
            self = date.__new__(cls, year[:4])
            self._hour, self._minute, self._second = b[4], b[5], b[6]
            self._microsecond = (b[7] * 256 + b[8]) * 256 + b[9]
            self._tzinfo = tzinfo
            return self
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond = _check_time_fields(hour, minute, second, microsecond)
        _check_tzinfo(tzinfo)
        self = date.__new__(cls, year, month, day)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)

    @classmethod
    def _from_timestamp(cls, t, utc, tz):
        frac, whole = _math.modf(t)
        us = _round_half_away(frac * 1e6)
        if us >= 1000000:
            whole += 1
            us -= 1000000
        elif us < 0:
            whole -= 1
            us += 1000000
        conv = _time.gmtime if utc else _time.localtime
        y, m, d, hh, mm, ss = conv(whole)[:6]
        ss = min(ss, 59)    # leap seconds
        return cls(y, m, d, hh, mm, ss, us, tz)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """The local date and time of a POSIX timestamp (or in tz)."""
        _check_tzinfo(tz)
        if tz is None:
            return cls._from_timestamp(t, False, None)
        result = cls._from_timestamp(t, True, tz)
        return tz.fromutc(result)

    @classmethod
    def utcfromtimestamp(cls, t):
        """The UTC date and time of a POSIX timestamp."""
        return cls._from_timestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        d = date.fromordinal(n)
        return cls(d.year, d.month, d.day)

    @classmethod
    def combine(cls, date, time):
        """The datetime of a date and a time."""
        date_part, time_part = date, time
        date, time = _date_class, _time_class
        if not isinstance(date_part, date):
            raise TypeError('combine() argument 1 must be datetime.date, not %s' % type(date_part).__name__)
        if not isinstance(time_part, time):
            raise TypeError('combine() argument 2 must be datetime.time, not %s' % type(time_part).__name__)
        return cls(date_part.year, date_part.month, date_part.day, time_part.hour, time_part.minute,
                   time_part.second, time_part.microsecond, time_part.tzinfo)

    @classmethod
    def strptime(cls, date_string, format):
        """Parse date_string with a time.strptime format."""
        import _strptime
        tt, fraction = _strptime._strptime(date_string, format)
        return cls(*(tuple(tt[:6]) + (fraction,)))

    def timetuple(self):
        dst = self.dst()
        if dst is None:
            flag = -1
        elif dst:
            flag = 1
        else:
            flag = 0
        return _build_struct_time(self._year, self._month, self._day, self._hour, self._minute,
                                  self._second, flag)

    def utctimetuple(self):
        off = self.utcoffset()
        y, m, d = self._year, self._month, self._day
        hh, mm = self._hour, self._minute
        if off:
            # shift in whole minutes; at the edges the UTC day may fall in
            # year 0 or 10000, which a datetime cannot hold but a tuple can
            total = self.toordinal() * 1440 + hh * 60 + mm - (off.days * 1440 + off.seconds // 60)
            n, minutes = divmod(total, 1440)
            hh, mm = divmod(minutes, 60)
            if n < 1:
                y, m, d = MINYEAR - 1, 12, 31
            elif n > _ymd2ord(MAXYEAR, 12, 31):
                y, m, d = MAXYEAR + 1, 1, 1
            else:
                y, m, d = _ord2ymd(n)
        return _build_struct_time(y, m, d, hh, mm, self._second, 0)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True):
        values = [year, month, day, hour, minute, second, microsecond]
        current = [self._year, self._month, self._day, self._hour, self._minute, self._second,
                   self._microsecond]
        for i in range(7):
            if values[i] is None:
                values[i] = current[i]
        if tzinfo is True:
            tzinfo = self._tzinfo
        return datetime.__new__(type(self), *(values + [tzinfo]))

    def astimezone(self, tz):
        """The same instant in time zone tz."""
        if not isinstance(tz, tzinfo):
            raise TypeError('astimezone() argument 1 must be datetime.tzinfo, not %s' % type(tz).__name__)
        mytz = self._tzinfo
        if mytz is None:
            raise ValueError('astimezone() cannot be applied to a naive datetime')
        if tz is mytz:
            return self
        offset = self.utcoffset()
        if offset is None:
            raise ValueError('astimezone() cannot be applied to a naive datetime')
        utc = (self - offset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return '%s %s %2d %02d:%02d:%02d %04d' % (_DAY_NAMES[weekday - 1], _MONTH_NAMES[self._month],
                                                  self._day, self._hour, self._minute, self._second,
                                                  self._year)

    def isoformat(self, sep='T'):
        s = '%04d-%02d-%02d%s%02d:%02d:%02d' % (self._year, self._month, self._day, sep,
                                                self._hour, self._minute, self._second)
        if self._microsecond:
            s += '.%06d' % self._microsecond
        return s + _format_offset(self.utcoffset(), ':')

    def __str__(self):
        return self.isoformat(sep=' ')

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute, self._second,
                  self._microsecond]
        while len(fields) > 5 and fields[-1] == 0:
            fields.pop()
        s = '%s(%s)' % (_qualified_name(self), ', '.join(map(str, fields)))
        if self._tzinfo is not None:
            s = s[:-1] + ', tzinfo=%r)' % self._tzinfo
        return s

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, self.timetuple(), self._microsecond, self)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_utc_offset('utcoffset', self._tzinfo.utcoffset(self))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_utc_offset('dst', self._tzinfo.dst(self))

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(self)
        _check_tzname(name)
        return name

    def _us(self):
        """Microseconds since 0001-01-01 00:00 (naive, local)."""
        return ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second)
                * 1000000 + self._microsecond)

    def _utc_us(self, other, what):
        """(self, other) as comparable microsecond counts (UTC when aware)."""
        if self._tzinfo is other._tzinfo:
            return self._us(), other._us()
        a_off = self.utcoffset()
        b_off = other.utcoffset()
        if a_off == b_off:
            return self._us(), other._us()
        if a_off is None or b_off is None:
            raise TypeError("can't %s offset-naive and offset-aware datetimes" % what)
        return self._us() - a_off._to_us(), other._us() - b_off._to_us()

    def __eq__(self, other):
        if isinstance(other, datetime):
            a, b = self._utc_us(other, 'compare')
            return a == b
        if hasattr(other, 'timetuple') and not isinstance(other, date):
            return NotImplemented
        return False

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def _order(self, other):
        if isinstance(other, datetime):
            a, b = self._utc_us(other, 'compare')
            return cmp(a, b)
        if hasattr(other, 'timetuple') and not isinstance(other, date):
            return None
        _cant_compare(self, other)

    def __hash__(self):
        off = self.utcoffset()
        us = self._us()
        if off:
            us -= off._to_us()
        return hash(us)

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return _no_operand('+', self, other, '__radd__')
        total = self._us() + other._to_us()
        days, rest = divmod(total, 86400000000)
        if not 0 < days <= _ymd2ord(MAXYEAR, 12, 31):
            raise OverflowError('date value out of range')
        y, m, d = _ord2ymd(days)
        secs, us = divmod(rest, 1000000)
        hh, secs = divmod(secs, 3600)
        mm, ss = divmod(secs, 60)
        return datetime.__new__(type(self), y, m, d, hh, mm, ss, us, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, datetime):
            a, b = self._utc_us(other, 'subtract')
            return timedelta(0, 0, a - b)
        if isinstance(other, timedelta):
            return self + -other
        return _no_operand('-', self, other, '__rsub__')

    def __reduce__(self):
        yhi, ylo = divmod(self._year, 256)
        us2, us3 = divmod(self._microsecond, 256)
        us1, us2 = divmod(us2, 256)
        state = ''.join(map(chr, (yhi, ylo, self._month, self._day, self._hour, self._minute,
                                  self._second, us1, us2, us3)))
        if self._tzinfo is None:
            return (self.__class__, (state,))
        return (self.__class__, (state, self._tzinfo))


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
