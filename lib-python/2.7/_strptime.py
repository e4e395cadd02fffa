"""strptime for the time and datetime modules (C locale).

The format is split into tokens; each directive accepts a list of
alternative digit patterns or names, tried in order with backtracking, so
that a directive never swallows characters the rest of the format needs.
Matching ignores case; a run of whitespace in the format matches one or
more whitespace characters.  Written without the re module on purpose: it
is imported by time.strptime, early and often.
"""
import time

__all__ = []

DIGITS = '0123456789'

# Each alternative is a list of allowed-character sets, one per character.
def _alts(*patterns):
    result = []
    for p in patterns:
        alt = []
        i = 0
        while i < len(p):
            c = p[i]
            if c == 'D':
                alt.append(DIGITS)
            elif c == '[':
                j = p.index(']', i)
                alt.append(_expand(p[i + 1:j]))
                i = j
            else:
                alt.append(c)
            i += 1
        result.append(alt)
    return result

def _expand(cls):
    out = ''
    i = 0
    while i < len(cls):
        if i + 2 < len(cls) and cls[i + 1] == '-':
            out += ''.join(chr(c) for c in range(ord(cls[i]), ord(cls[i + 2]) + 1))
            i += 3
        else:
            out += cls[i]
            i += 1
    return out

NUMERIC = {
    'd': _alts('3[01]', '[12]D', '0[1-9]', '[1-9]', ' [1-9]'),
    'f': _alts('DDDDDD', 'DDDDD', 'DDDD', 'DDD', 'DD', 'D'),
    'H': _alts('2[0-3]', '[0-1]D', 'D'),
    'I': _alts('1[0-2]', '0[1-9]', '[1-9]'),
    'j': _alts('36[0-6]', '3[0-5]D', '[12]DD', '0[1-9]D', '00[1-9]', '[1-9]D', '0[1-9]', '[1-9]'),
    'm': _alts('1[0-2]', '0[1-9]', '[1-9]'),
    'M': _alts('[0-5]D', 'D'),
    'S': _alts('6[0-1]', '[0-5]D', 'D'),
    'U': _alts('5[0-3]', '[0-4]D', 'D'),
    'w': _alts('[0-6]'),
    'y': _alts('DD'),
    'Y': _alts('DDDD'),
}
NUMERIC['W'] = NUMERIC['U']

DAYS_ABBR = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
DAYS_FULL = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
MONTHS_ABBR = ['', 'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
MONTHS_FULL = ['', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
               'september', 'october', 'november', 'december']
AM_PM = ['am', 'pm']
# the C locale's %c, %x and %X
LOCALE_FORMATS = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}
WHITESPACE = ' \t\n\r\f\v'


def _timezone_names():
    """([names meaning no DST], [names meaning DST]) as 2.7 sees them."""
    std = ['utc', 'gmt', time.tzname[0].lower()]
    dst = [time.tzname[1].lower()] if time.daylight else []
    return std, dst


def _names_for(directive):
    if directive == 'a':
        return DAYS_ABBR
    if directive == 'A':
        return DAYS_FULL
    if directive == 'b':
        return MONTHS_ABBR[1:]
    if directive == 'B':
        return MONTHS_FULL[1:]
    if directive == 'p':
        return AM_PM
    std, dst = _timezone_names()
    return std + dst


def _tokenize(format):
    """('lit', char) | ('ws',) | ('num', directive) | ('name', directive, names)."""
    for key, value in LOCALE_FORMATS.items():
        format = format.replace('%' + key, value)
    tokens = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        if c == '%':
            if i + 1 >= n:
                raise ValueError("stray %% in format '%s'" % format)
            d = format[i + 1]
            if d in NUMERIC:
                tokens.append(('num', d))
            elif d in 'aAbBpZ':
                names = sorted(set(_names_for(d)), key=len, reverse=True)
                tokens.append(('name', d, [x for x in names if x]))
            elif d == '%':
                tokens.append(('lit', '%'))
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, format))
            i += 2
        elif c in WHITESPACE:
            while i < n and format[i] in WHITESPACE:
                i += 1
            tokens.append(('ws',))
        else:
            tokens.append(('lit', c.lower()))
            i += 1
    return tokens


def _match(tokens, k, text, pos, found):
    """End position of a match of tokens[k:] at text[pos:], or -1."""
    if k == len(tokens):
        return pos
    tok = tokens[k]
    kind = tok[0]
    if kind == 'lit':
        if pos < len(text) and text[pos] == tok[1]:
            return _match(tokens, k + 1, text, pos + 1, found)
        return -1
    if kind == 'ws':
        end = pos
        while end < len(text) and text[end] in WHITESPACE:
            end += 1
        while end > pos:     # greedy, then give back
            r = _match(tokens, k + 1, text, end, found)
            if r >= 0:
                return r
            end -= 1
        return -1
    if kind == 'num':
        for alt in NUMERIC[tok[1]]:
            end = pos + len(alt)
            if end > len(text):
                continue
            ok = True
            for j in range(len(alt)):
                if text[pos + j] not in alt[j]:
                    ok = False
                    break
            if ok:
                found[tok[1]] = text[pos:end]
                r = _match(tokens, k + 1, text, end, found)
                if r >= 0:
                    return r
        return -1
    for name in tok[2]:
        if text.startswith(name, pos):
            found[tok[1]] = name
            r = _match(tokens, k + 1, text, pos + len(name), found)
            if r >= 0:
                return r
    return -1


# ---- proleptic Gregorian calendar arithmetic (date.toordinal numbering) ----

DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ordinal(year, month, day):
    if not 1 <= year <= 9999:
        raise ValueError('year is out of range')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    days = _days_before_year(year) + day
    for m in range(1, month):
        days += _days_in_month(year, m)
    return days


def _from_ordinal(n):
    year = max(1, n * 400 // 146097)
    while _days_before_year(year + 1) < n:
        year += 1
    while _days_before_year(year) >= n:
        year -= 1
    n -= _days_before_year(year)
    month = 1
    while n > _days_in_month(year, month):
        n -= _days_in_month(year, month)
        month += 1
    return year, month, n


def _weekday(year, month, day):
    return (_ordinal(year, month, day) + 6) % 7


def _julian_from_week(year, week_of_year, day_of_week, week_starts_mon):
    first_weekday = _weekday(year, 1, 1)
    if not week_starts_mon:
        first_weekday = (first_weekday + 1) % 7
        day_of_week = (day_of_week + 1) % 7
    week_0_length = (7 - first_weekday) % 7
    if week_of_year == 0:
        return 1 + day_of_week - first_weekday
    return 1 + week_0_length + 7 * (week_of_year - 1) + day_of_week


def _strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    """(struct_time, microseconds) for data_string read with format."""
    for arg in (data_string, format):
        if not isinstance(arg, basestring):
            raise TypeError("expected string or buffer")
    tokens = _tokenize(format)
    found = {}
    end = _match(tokens, 0, data_string.lower(), 0, found)
    if end < 0:
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    if end != len(data_string):
        raise ValueError("unconverted data remains: %s" % data_string[end:])

    year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = -1
    week_of_year = -1
    week_of_year_start = -1
    weekday = julian = None
    for key, value in found.items():
        if key == 'y':
            year = int(value)
            year += 2000 if year <= 68 else 1900
        elif key == 'Y':
            year = int(value)
        elif key == 'm':
            month = int(value)
        elif key == 'B':
            month = MONTHS_FULL.index(value)
        elif key == 'b':
            month = MONTHS_ABBR.index(value)
        elif key == 'd':
            day = int(value)
        elif key == 'H':
            hour = int(value)
        elif key == 'I':
            hour = int(value)
            ampm = found.get('p', '')
            if ampm == 'am' and hour == 12:
                hour = 0
            elif ampm == 'pm' and hour != 12:
                hour += 12
        elif key == 'M':
            minute = int(value)
        elif key == 'S':
            second = int(value)
        elif key == 'f':
            fraction = int(value + '0' * (6 - len(value)))
        elif key == 'A':
            weekday = DAYS_FULL.index(value)
        elif key == 'a':
            weekday = DAYS_ABBR.index(value)
        elif key == 'w':
            weekday = int(value)
            weekday = 6 if weekday == 0 else weekday - 1
        elif key == 'j':
            julian = int(value)
        elif key in ('U', 'W'):
            week_of_year = int(value)
            week_of_year_start = 6 if key == 'U' else 0
        elif key == 'Z':
            std, dst = _timezone_names()
            if value in std:
                tz = 0
            elif value in dst:
                tz = 1
            if (time.tzname[0] == time.tzname[1] and time.daylight
                    and value not in ('utc', 'gmt')):
                tz = -1
    leap_year_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904     # a leap year, so that Feb 29 is valid; 1900 is restored below
        leap_year_fix = True
    elif year is None:
        year = 1900
    if julian is None and week_of_year != -1 and weekday is not None:
        julian = _julian_from_week(year, week_of_year, weekday, week_of_year_start == 0)
        if julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    if julian is None:
        julian = _ordinal(year, month, day) - _ordinal(year, 1, 1) + 1
    else:
        year, month, day = _from_ordinal(julian - 1 + _ordinal(year, 1, 1))
    if weekday is None:
        weekday = _weekday(year, month, day)
    if leap_year_fix:
        year = 1900
    return (time.struct_time((year, month, day, hour, minute, second, weekday, julian, tz)),
            fraction)


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    return _strptime(data_string, format)[0]
