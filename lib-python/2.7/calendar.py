"""Calendars as data and as text or HTML.

Calendar produces the days of a month or year grouped into weeks;
TextCalendar and HTMLCalendar render them (LocaleTextCalendar and
LocaleHTMLCalendar with the names of a chosen locale).  Module-level
functions such as month(), calendar() and prmonth() use one shared
TextCalendar whose first weekday setfirstweekday() changes (Monday by
default)."""
import sys
import datetime

__all__ = ["IllegalMonthError", "IllegalWeekdayError", "setfirstweekday",
           "firstweekday", "isleap", "leapdays", "weekday", "monthrange",
           "monthcalendar", "prmonth", "month", "prcal", "calendar",
           "timegm", "month_name", "month_abbr", "day_name", "day_abbr"]

# the old name of the exception raised for bad arguments
error = ValueError


class IllegalMonthError(ValueError):
    def __init__(self, month):
        self.month = month

    def __str__(self):
        return "bad month number %r; must be 1-12" % (self.month,)


class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return ("bad weekday number %r; must be 0 (Monday) to 6 (Sunday)"
                % (self.weekday,))


January = 1
February = 2

# length of each month in a common year; slot 0 pads the 1-based indexing
mdays = [0] + [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)


# ---- names in the current locale --------------------------------------------
# The tables are computed on every access through strftime so that a later
# locale.setlocale() is honoured.

class _localized_month(object):
    """month_name / month_abbr: 13 entries, '' first, then January..."""

    # 2001 is an arbitrary year; only the month part is formatted
    _samples = [None] + [datetime.date(2001, number, 1) for number in range(1, 13)]

    def __init__(self, format):
        self.format = format

    def _name(self, sample):
        if sample is None:
            return ""
        return sample.strftime(self.format)

    def __getitem__(self, i):
        picked = self._samples[i]
        if isinstance(i, slice):
            return [self._name(sample) for sample in picked]
        return self._name(picked)

    def __len__(self):
        return 13


class _localized_day(object):
    """day_name / day_abbr: 7 entries starting with Monday."""

    # the first week of January 2001 runs from Monday to Sunday
    _samples = [datetime.date(2001, 1, number) for number in range(1, 8)]

    def __init__(self, format):
        self.format = format

    def __getitem__(self, i):
        picked = self._samples[i]
        if isinstance(i, slice):
            return [sample.strftime(self.format) for sample in picked]
        return picked.strftime(self.format)

    def __len__(self):
        return 7


day_name = _localized_day('%A')
day_abbr = _localized_day('%a')
month_name = _localized_month('%B')
month_abbr = _localized_month('%b')


# ---- arithmetic ----------------------------------------------------------------

def isleap(year):
    """Whether year is a leap year in the Gregorian calendar."""
    if year % 400 == 0:
        return True
    return year % 4 == 0 and year % 100 != 0


def _leaps_before(year):
    # leap years in [1, year), extended consistently to year <= 0
    last = year - 1
    return last // 4 - last // 100 + last // 400


def leapdays(y1, y2):
    """How many leap years lie in [y1, y2) (y2 may be below y1)."""
    return _leaps_before(y2) - _leaps_before(y1)


def weekday(year, month, day):
    """Day of the week, 0 for Monday to 6 for Sunday."""
    return datetime.date(year, month, day).weekday()


def monthrange(year, month):
    """(weekday of the 1st, number of days) for the given month."""
    if month < 1 or month > 12:
        raise IllegalMonthError(month)
    length = mdays[month]
    if month == February and isleap(year):
        length += 1
    return weekday(year, month, 1), length


def _in_weeks(items):
    return [items[start:start + 7] for start in range(0, len(items), 7)]


def _in_rows(items, width):
    return [items[start:start + width] for start in range(0, len(items), width)]


class Calendar(object):
    """Produces the dates of months and years arranged in whole weeks,
    starting on firstweekday (0 is Monday, 6 Sunday)."""

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    def getfirstweekday(self):
        return self._firstweekday % 7

    def setfirstweekday(self, firstweekday):
        self._firstweekday = firstweekday

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        """The seven weekday numbers in display order."""
        first = self.firstweekday
        for offset in range(7):
            yield (first + offset) % 7

    def itermonthdates(self, year, month):
        """datetime.date objects for every day of the weeks that overlap
        the month (so the first and last week are complete)."""
        first = datetime.date(year, month, 1)
        lead = (first.weekday() - self.firstweekday) % 7
        current = first - datetime.timedelta(days=lead)
        step = datetime.timedelta(days=1)
        while True:
            yield current
            try:
                current = current + step
            except OverflowError:
                # date.max reached: the last week stays short
                return
            if current.month != month and current.weekday() == self.firstweekday:
                return

    def itermonthdays(self, year, month):
        """Day numbers of the weeks overlapping the month, 0 for the
        padding days; computed arithmetically, so it also works for the
        first and last months datetime can represent."""
        first, length = monthrange(year, month)
        lead = (first - self.firstweekday) % 7
        trail = (self.firstweekday - first - length) % 7
        for _ in range(lead):
            yield 0
        for day in range(1, length + 1):
            yield day
        for _ in range(trail):
            yield 0

    def itermonthdays2(self, year, month):
        """(day, weekday) pairs like itermonthdays() gives the days."""
        column = self.firstweekday
        for day in self.itermonthdays(year, month):
            yield (day, column % 7)
            column += 1

    def monthdatescalendar(self, year, month):
        """The month as a list of weeks of datetime.date objects."""
        return _in_weeks(list(self.itermonthdates(year, month)))

    def monthdays2calendar(self, year, month):
        """The month as a list of weeks of (day, weekday) pairs."""
        return _in_weeks(list(self.itermonthdays2(year, month)))

    def monthdayscalendar(self, year, month):
        """The month as a list of weeks of day numbers."""
        return _in_weeks(list(self.itermonthdays(year, month)))

    def _year(self, per_month, year, width):
        return _in_rows([per_month(year, m) for m in range(1, 13)], width)

    def yeardatescalendar(self, year, width=3):
        """The twelve monthdatescalendar()s in rows of `width` months."""
        return self._year(self.monthdatescalendar, year, width)

    def yeardays2calendar(self, year, width=3):
        """The twelve monthdays2calendar()s in rows of `width` months."""
        return self._year(self.monthdays2calendar, year, width)

    def yeardayscalendar(self, year, width=3):
        """The twelve monthdayscalendar()s in rows of `width` months."""
        return self._year(self.monthdayscalendar, year, width)


class TextCalendar(Calendar):
    """Renders calendars as plain text."""

    def prweek(self, theweek, width):
        """Print one week (no newline)."""
        print self.formatweek(theweek, width),

    def formatday(self, day, weekday, width):
        """One day, centred in width; blank for padding days."""
        text = '%2i' % day if day else ''
        return text.center(width)

    def formatweek(self, theweek, width):
        """One week of (day, weekday) pairs as a line."""
        cells = [self.formatday(day, wd, width) for day, wd in theweek]
        return ' '.join(cells)

    def formatweekday(self, day, width):
        """A weekday name cut to width and centred (full names from 9 up)."""
        table = day_name if width >= 9 else day_abbr
        return table[day][:width].center(width)

    def formatweekheader(self, width):
        """The line of weekday names."""
        return ' '.join([self.formatweekday(wd, width)
                         for wd in self.iterweekdays()])

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        """The month's title centred in width."""
        title = month_name[themonth]
        if withyear:
            title = "%s %r" % (title, theyear)
        return title.center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        """Print formatmonth()'s result."""
        print self.formatmonth(theyear, themonth, w, l),

    def formatmonth(self, theyear, themonth, w=0, l=0):
        """A month as text: day columns w wide (at least 2), every line
        followed by l newlines (at least 1)."""
        w = max(w, 2)
        gap = '\n' * max(l, 1)
        lines = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1),
                 self.formatweekheader(w)]
        for week in self.monthdays2calendar(theyear, themonth):
            lines.append(self.formatweek(week, w))
        return ''.join([line.rstrip() + gap for line in lines])

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        """A year as text, m months side by side separated by c spaces."""
        w = max(w, 2)
        gap = '\n' * max(l, 1)
        c = max(c, 2)
        colwidth = 7 * (w + 1) - 1
        header = self.formatweekheader(w)
        out = [repr(theyear).center(m * colwidth + (m - 1) * c).rstrip(), gap]

        def emit(columns):
            out.append(formatstring(columns, colwidth, c).rstrip())
            out.append(gap)

        for index, row in enumerate(self.yeardays2calendar(theyear, m)):
            first = index * m + 1
            numbers = range(first, min(first + m, 13))
            out.append(gap)
            emit([self.formatmonthname(theyear, n, colwidth, False)
                  for n in numbers])
            emit([header] * len(numbers))
            for line in range(max([len(weeks) for weeks in row])):
                emit([self.formatweek(weeks[line], w) if line < len(weeks)
                      else '' for weeks in row])
        return ''.join(out)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        """Print formatyear()'s result."""
        print self.formatyear(theyear, w, l, c, m)


class HTMLCalendar(Calendar):
    """Renders calendars as HTML tables."""

    # CSS class of each weekday's cells, Monday first
    cssclasses = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    def formatday(self, day, weekday):
        """One <td>; padding days get class "noday"."""
        if not day:
            return '<td class="noday">&nbsp;</td>'
        return '<td class="%s">%d</td>' % (self.cssclasses[weekday], day)

    def formatweek(self, theweek):
        """One week as a table row."""
        cells = ''.join([self.formatday(day, wd) for day, wd in theweek])
        return '<tr>%s</tr>' % cells

    def formatweekday(self, day):
        """One weekday heading cell."""
        return '<th class="%s">%s</th>' % (self.cssclasses[day], day_abbr[day])

    def formatweekheader(self):
        """The row of weekday headings."""
        cells = ''.join([self.formatweekday(wd) for wd in self.iterweekdays()])
        return '<tr>%s</tr>' % cells

    def formatmonthname(self, theyear, themonth, withyear=True):
        """The month's title row."""
        title = month_name[themonth]
        if withyear:
            title = '%s %s' % (title, theyear)
        return '<tr><th colspan="7" class="month">%s</th></tr>' % title

    def formatmonth(self, theyear, themonth, withyear=True):
        """A month as an HTML table, one element per line."""
        rows = ['<table border="0" cellpadding="0" cellspacing="0" class="month">',
                self.formatmonthname(theyear, themonth, withyear=withyear),
                self.formatweekheader()]
        rows.extend([self.formatweek(week)
                     for week in self.monthdays2calendar(theyear, themonth)])
        rows.append('</table>')
        return '\n'.join(rows) + '\n'

    def formatyear(self, theyear, width=3):
        """A year as an HTML table with `width` months per row."""
        width = max(width, 1)
        parts = ['<table border="0" cellpadding="0" cellspacing="0" class="year">\n',
                 '<tr><th colspan="%d" class="year">%s</th></tr>' % (width, theyear)]
        for first in range(1, 13, width):
            parts.append('<tr>')
            for number in range(first, min(first + width, 13)):
                parts.append('<td>%s</td>'
                             % self.formatmonth(theyear, number, withyear=False))
            parts.append('</tr>')
        parts.append('</table>')
        return ''.join(parts)

    def formatyearpage(self, theyear, width=3, css='calendar.css', encoding=None):
        """A complete XHTML page for the year, encoded as a byte string."""
        if encoding is None:
            encoding = sys.getdefaultencoding()
        head = ['<?xml version="1.0" encoding="%s"?>' % encoding,
                '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
                '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">',
                '<html>',
                '<head>',
                '<meta http-equiv="Content-Type" content="text/html; charset=%s" />'
                % encoding]
        if css is not None:
            head.append('<link rel="stylesheet" type="text/css" href="%s" />' % css)
        head.extend(['<title>Calendar for %d</title>' % theyear,
                     '</head>',
                     '<body>'])
        page = '\n'.join(head) + '\n' + self.formatyear(theyear, width) \
            + '</body>\n</html>\n'
        return page.encode(encoding, "xmlcharrefreplace")


class TimeEncoding(object):
    """`with TimeEncoding(name):` switches LC_TIME to the locale name and
    restores the previous setting on exit; the value is the encoding of
    the selected locale."""

    def __init__(self, locale):
        self.locale = locale

    def __enter__(self):
        import locale
        self.oldlocale = locale.getlocale(locale.LC_TIME)
        locale.setlocale(locale.LC_TIME, self.locale)
        return locale.getlocale(locale.LC_TIME)[1]

    def __exit__(self, *args):
        import locale
        locale.setlocale(locale.LC_TIME, self.oldlocale)


def _default_locale(locale):
    if locale is None:
        import locale as locale_module
        return locale_module.getdefaultlocale()
    return locale


def _decoded(name, encoding):
    # strftime gives bytes in the locale's encoding
    if encoding is None:
        return name
    return name.decode(encoding)


class LocaleTextCalendar(TextCalendar):
    """A TextCalendar whose day and month names come from `locale`
    (the default locale when None)."""

    def __init__(self, firstweekday=0, locale=None):
        TextCalendar.__init__(self, firstweekday)
        self.locale = _default_locale(locale)

    def formatweekday(self, day, width):
        with TimeEncoding(self.locale) as encoding:
            table = day_name if width >= 9 else day_abbr
            return _decoded(table[day], encoding)[:width].center(width)

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        with TimeEncoding(self.locale) as encoding:
            title = _decoded(month_name[themonth], encoding)
            if withyear:
                title = "%s %r" % (title, theyear)
            return title.center(width)


class LocaleHTMLCalendar(HTMLCalendar):
    """An HTMLCalendar whose day and month names come from `locale`
    (the default locale when None)."""

    def __init__(self, firstweekday=0, locale=None):
        HTMLCalendar.__init__(self, firstweekday)
        self.locale = _default_locale(locale)

    def formatweekday(self, day):
        with TimeEncoding(self.locale) as encoding:
            name = _decoded(day_abbr[day], encoding)
            return '<th class="%s">%s</th>' % (self.cssclasses[day], name)

    def formatmonthname(self, theyear, themonth, withyear=True):
        with TimeEncoding(self.locale) as encoding:
            title = _decoded(month_name[themonth], encoding)
            if withyear:
                title = '%s %s' % (title, theyear)
            return '<tr><th colspan="7" class="month">%s</th></tr>' % title


# ---- module-level interface: one shared TextCalendar ---------------------------

c = TextCalendar()

firstweekday = c.getfirstweekday


def setfirstweekday(firstweekday):
    """Set the first weekday (0 Monday .. 6 Sunday) of the module functions."""
    if not hasattr(firstweekday, '__index__'):
        raise IllegalWeekdayError(firstweekday)
    if firstweekday < MONDAY or firstweekday > SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    c.firstweekday = firstweekday


monthcalendar = c.monthdayscalendar
prweek = c.prweek
week = c.formatweek
weekheader = c.formatweekheader
prmonth = c.prmonth
month = c.formatmonth
calendar = c.formatyear
prcal = c.pryear

# default column layout for format()/formatstring(): three 20-character
# week columns, six spaces apart
_colwidth = 20
_spacing = 6


def format(cols, colwidth=_colwidth, spacing=_spacing):
    """Print the strings in cols centred in colwidth, spacing apart."""
    print formatstring(cols, colwidth, spacing)


def formatstring(cols, colwidth=_colwidth, spacing=_spacing):
    """The strings in cols centred in colwidth and joined by spacing
    spaces."""
    return (' ' * spacing).join([col.center(colwidth) for col in cols])


EPOCH = 1970
_EPOCH_ORD = datetime.date(EPOCH, 1, 1).toordinal()


def timegm(tuple):
    """Seconds since the epoch for a UTC time tuple; the inverse of
    time.gmtime()."""
    year, month, day, hour, minute, second = tuple[:6]
    day_number = datetime.date(year, month, 1).toordinal() + (day - 1) - _EPOCH_ORD
    return ((day_number * 24 + hour) * 60 + minute) * 60 + second


# ---- python -m calendar ----------------------------------------------------------

def _option_parser():
    import optparse
    parser = optparse.OptionParser(usage="usage: %prog [options] [year [month]]")
    numeric = [("-w", "--width", "width", 2,
                "width of date column (default 2, text only)"),
               ("-l", "--lines", "lines", 1,
                "number of lines for each week (default 1, text only)"),
               ("-s", "--spacing", "spacing", 6,
                "spacing between months (default 6, text only)"),
               ("-m", "--months", "months", 3,
                "months per row (default 3, text only)")]
    for short, long_name, dest, default, text in numeric:
        parser.add_option(short, long_name, dest=dest, type="int",
                          default=default, help=text)
    parser.add_option("-c", "--css", dest="css", default="calendar.css",
                      help="CSS to use for page (html only)")
    parser.add_option("-L", "--locale", dest="locale", default=None,
                      help="locale to be used from month and weekday names")
    parser.add_option("-e", "--encoding", dest="encoding", default=None,
                      help="Encoding to use for output")
    parser.add_option("-t", "--type", dest="type", default="text",
                      choices=("text", "html"),
                      help="output type (text or html)")
    return parser


def _html_output(parser, options, args, locale):
    if locale:
        cal = LocaleHTMLCalendar(locale=locale)
    else:
        cal = HTMLCalendar()
    if len(args) > 2:
        parser.error("incorrect number of arguments")
        sys.exit(1)
    year = int(args[1]) if len(args) == 2 else datetime.date.today().year
    encoding = options.encoding or sys.getdefaultencoding()
    print cal.formatyearpage(year, encoding=encoding, css=options.css)


def _text_output(parser, options, args, locale):
    if locale:
        cal = LocaleTextCalendar(locale=locale)
    else:
        cal = TextCalendar()
    layout = {'w': options.width, 'l': options.lines}
    if len(args) == 3:
        result = cal.formatmonth(int(args[1]), int(args[2]), **layout)
    elif len(args) <= 2:
        layout['c'] = options.spacing
        layout['m'] = options.months
        year = int(args[1]) if len(args) == 2 else datetime.date.today().year
        result = cal.formatyear(year, **layout)
    else:
        parser.error("incorrect number of arguments")
        sys.exit(1)
    if options.encoding:
        result = result.encode(options.encoding)
    print result


def main(args):
    """The command line: args is sys.argv (program name first)."""
    parser = _option_parser()
    options, args = parser.parse_args(args)
    if options.locale and not options.encoding:
        parser.error("if --locale is specified --encoding is required")
        sys.exit(1)
    locale = None
    if options.locale:
        locale = (options.locale, options.encoding)
    if options.type == "html":
        _html_output(parser, options, args, locale)
    else:
        _text_output(parser, options, args, locale)


if __name__ == "__main__":
    main(sys.argv)
