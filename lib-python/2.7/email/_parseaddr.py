"""Lenient parsers for RFC 2822 address lists and dates, shared by
email.utils (and kept independent of the rest of the email package)."""

import calendar
import time

__all__ = ['mktime_tz', 'parsedate', 'parsedate_tz', 'quote', 'AddressList']

SPACE = ' '
EMPTYSTRING = ''
COMMASPACE = ', '

# Month names: abbreviations first, then full names (index % 12 is the month).
_monthnames = ('jan feb mar apr may jun jul aug sep oct nov dec '
               'january february march april may june july august '
               'september october november december').split()
_daynames = 'mon tue wed thu fri sat sun'.split()

# Zone names we know, as +-HHMM numbers (converted to seconds later).
_timezones = {'UT': 0, 'UTC': 0, 'GMT': 0, 'Z': 0}
for _letter, _std in (('A', -400), ('E', -500), ('C', -600), ('M', -700), ('P', -800)):
    _timezones[_letter + 'ST'] = _std
    _timezones[_letter + 'DT'] = _std + 100
del _letter, _std


# -- dates ------------------------------------------------------------------

def _fields_of(text):
    """Normalise the tokens of a date string into at least five fields
    [day, month, year, time, zone, ...], or return None."""
    toks = text.split()
    head = toks[0]
    # drop a leading weekday ("Mon," or "Mon"), or whatever precedes a comma
    if head.endswith(',') or head.lower() in _daynames:
        toks = toks[1:]
    else:
        comma = head.rfind(',')
        if comma != -1:
            toks[0] = head[comma + 1:]
    if len(toks) == 3:
        # RFC 850 style: 01-Jan-18 10:00 GMT
        dashed = toks[0].split('-')
        if len(dashed) == 3:
            toks = dashed + toks[1:]
    if len(toks) == 4:
        # a positive zone may be glued to the time: 10:00:00+0100
        # (2.7 does not split off a glued negative zone)
        last = toks[3]
        cut = last.find('+')
        if cut > 0:
            toks = toks[:3] + [last[:cut], last[cut:]]
        else:
            toks = toks + ['']
    if len(toks) < 5:
        return None
    return toks[:5]


def _strip_comma(s):
    if s[-1] == ',':
        return s[:-1]
    return s


def _zone_seconds(tz):
    # known name or +-HHMM -> seconds east of UTC; None if unknown
    tz = tz.upper()
    if tz in _timezones:
        hhmm = _timezones[tz]
    else:
        try:
            hhmm = int(tz)
        except ValueError:
            return None
    if not hhmm:
        return hhmm
    sign = -1 if hhmm < 0 else 1
    hh, mm = divmod(abs(hhmm), 100)
    return sign * (hh * 3600 + mm * 60)


def parsedate_tz(data):
    """Parse an RFC 2822 date into a 10-tuple whose last item is the zone
    offset in seconds (None when unknown); None if it is not a date."""
    if not data:
        return None
    fields = _fields_of(data)
    if fields is None:
        return None
    day, month, year, clock, zone = fields
    month = month.lower()
    if month not in _monthnames:
        # "Jan 01" order: swap day and month
        day, month = month, day.lower()
        if month not in _monthnames:
            return None
    month_no = _monthnames.index(month) % 12 + 1
    day = _strip_comma(day)
    if year.find(':') > 0:
        # "Jan 01 10:00:00 2018": year and time swapped
        year, clock = clock, year
    year = _strip_comma(year)
    if not year[0].isdigit():
        year, zone = zone, year
    parts = _strip_comma(clock).split(':')
    if len(parts) == 2:
        parts.append('0')
    elif len(parts) != 3:
        return None
    try:
        year = int(year)
        day = int(day)
        hh, mi, ss = [int(p) for p in parts]
    except ValueError:
        return None
    if year < 100:
        # two-digit years: 69..99 -> 19xx, 00..68 -> 20xx
        year += 1900 if year > 68 else 2000
    return (year, month_no, day, hh, mi, ss, 0, 1, -1, _zone_seconds(zone))


def parsedate(data):
    """parsedate_tz without the zone item: a 9-tuple, or None."""
    parsed = parsedate_tz(data)
    if isinstance(parsed, tuple):
        return parsed[:9]
    return parsed


def mktime_tz(data):
    """Seconds since the epoch for a parsedate_tz tuple; a tuple without
    zone is taken as local time."""
    offset = data[9]
    if offset is None:
        return time.mktime(data[:8] + (-1,))
    return calendar.timegm(data) - offset


def quote(str):
    """str with backslashes and double quotes backslash-escaped."""
    return str.replace('\\', '\\\\').replace('"', '\\"')


# -- addresses --------------------------------------------------------------

class AddrlistClass:
    """Recursive-descent scanner over one header value.  It never raises
    on bad syntax; it recovers and returns what it could make sense of.
    Comments met along the way collect in self.commentlist."""

    def __init__(self, field):
        self.field = field
        self.pos = 0
        self.specials = '()<>@,:;.\"[]'
        self.LWS = ' \t'
        self.CR = '\r\n'
        self.FWS = self.LWS + self.CR
        self.atomends = self.specials + self.LWS + self.CR
        # phrases may contain dots ("J. Smith")
        self.phraseends = self.atomends.replace('.', '')
        self.commentlist = []

    # small cursor helpers
    def _more(self):
        return self.pos < len(self.field)

    def _cur(self):
        return self.field[self.pos]

    def _at(self, chars):
        return self.pos < len(self.field) and self.field[self.pos] in chars

    def gotonext(self):
        """Move past blanks, line breaks and (comments)."""
        while self._more():
            c = self._cur()
            if c == '(':
                self.commentlist.append(self.getcomment())
            elif c in ' \t\r\n':
                self.pos += 1
            else:
                return

    def getaddrlist(self):
        """All addresses; ('', '') stands for each unparseable one."""
        found = []
        while self._more():
            got = self.getaddress()
            found.extend(got or [('', '')])
        return found

    def getaddress(self):
        """The next address (a list: a group can hold several)."""
        self.commentlist = []
        self.gotonext()
        start, comments_at_start = self.pos, self.commentlist
        phrase = self.getphraselist()
        self.gotonext()
        if not self._more():
            result = self._bare(phrase)
        else:
            c = self._cur()
            if c in '.@':
                # it was the local part of a plain addr-spec: rescan it
                self.pos, self.commentlist = start, comments_at_start
                spec = self.getaddrspec()
                result = [(SPACE.join(self.commentlist), spec)]
            elif c == ':':
                result = self._group()
            elif c == '<':
                result = self._named(phrase)
            else:
                result = self._bare(phrase)
                if not phrase and c in self.specials:
                    self.pos += 1       # skip the stray special character
        self.gotonext()
        if self._at(','):
            self.pos += 1
        return result

    def _bare(self, phrase):
        # a lone word is taken as the address, comments as the name
        if phrase:
            return [(SPACE.join(self.commentlist), phrase[0])]
        return []

    def _group(self):
        # "name: addr, addr;" -> the member addresses
        members = []
        self.pos += 1
        while self._more():
            self.gotonext()
            if self._at(';'):
                self.pos += 1
                break
            members = members + self.getaddress()
        return members

    def _named(self, phrase):
        # "Display Name <addr>"; comments end up in parentheses after the name
        route = self.getrouteaddr()
        name = SPACE.join(phrase)
        if self.commentlist:
            name = '%s (%s)' % (name, ' '.join(self.commentlist))
        return [(name, route)]

    def getrouteaddr(self):
        """The address inside <...>, ignoring any obsolete @route: prefix."""
        if self._cur() != '<':
            return None
        self.pos += 1
        self.gotonext()
        spec = ''
        in_route = False
        while self._more():
            c = self._cur()
            if in_route:
                self.getdomain()
                in_route = False
            elif c == '>':
                self.pos += 1
                return spec
            elif c == '@':
                self.pos += 1
                in_route = True
            elif c == ':':
                self.pos += 1
            else:
                spec = self.getaddrspec()
                self.pos += 1           # the closing '>'
                return spec
            self.gotonext()
        return spec

    def getaddrspec(self):
        """local-part@domain, with the blanks and comments around its
        words and dots dropped."""
        pieces = []
        self.gotonext()
        while self._more():
            c = self._cur()
            if c == '.':
                pieces.append('.')
                self.pos += 1
            elif c == '"':
                pieces.append('"%s"' % quote(self.getquote()))
            elif c in self.atomends:
                break
            else:
                pieces.append(self.getatom())
            self.gotonext()
        local = EMPTYSTRING.join(pieces)
        if not self._at('@'):
            return local
        self.pos += 1
        self.gotonext()
        domain = self.getdomain()
        if not domain:
            return EMPTYSTRING
        return local + '@' + domain

    def getdomain(self):
        """A domain (atoms, dots, [literals]); '' when another '@' shows up."""
        parts = []
        while self._more():
            c = self._cur()
            if c in self.LWS:
                self.pos += 1
            elif c == '(':
                self.commentlist.append(self.getcomment())
            elif c == '[':
                parts.append(self.getdomainliteral())
            elif c == '.':
                self.pos += 1
                parts.append('.')
            elif c == '@':
                return EMPTYSTRING
            elif c in self.atomends:
                break
            else:
                parts.append(self.getatom())
        return EMPTYSTRING.join(parts)

    def getdelimited(self, beginchar, endchars, allowcomments=True):
        """Text from beginchar up to one of endchars, undoing backslash
        escapes; nested comments are flattened in when allowed."""
        if self._cur() != beginchar:
            return ''
        self.pos += 1
        out = []
        n = len(self.field)
        while self.pos < n:
            c = self.field[self.pos]
            if c in endchars:
                self.pos += 1
                break
            if c == '(' and allowcomments:
                out.append(self.getcomment())
                continue
            if c == '\\':
                # the next character, whatever it is, is taken literally
                self.pos += 1
                if self.pos >= n:
                    break
                c = self.field[self.pos]
            out.append(c)
            self.pos += 1
        return EMPTYSTRING.join(out)

    def getquote(self):
        """A "quoted string", without the quotes."""
        return self.getdelimited('"', '"\r', False)

    def getcomment(self):
        """A (comment), without the parentheses."""
        return self.getdelimited('(', ')\r', True)

    def getdomainliteral(self):
        """A [domain literal], brackets kept."""
        return '[%s]' % self.getdelimited('[', ']\r', False)

    def getatom(self, atomends=None):
        """The run of characters up to one of atomends."""
        stops = self.atomends if atomends is None else atomends
        start = self.pos
        while self._more() and self._cur() not in stops:
            self.pos += 1
        return self.field[start:self.pos]

    def getphraselist(self):
        """The words (atoms and quoted strings) of a display-name phrase."""
        words = []
        while self._more():
            c = self._cur()
            if c in self.FWS:
                self.pos += 1
            elif c == '"':
                words.append(self.getquote())
            elif c == '(':
                self.commentlist.append(self.getcomment())
            elif c in self.phraseends:
                break
            else:
                words.append(self.getatom(self.phraseends))
        return words


class AddressList(AddrlistClass):
    """Parses a whole field at once; the pairs are in .addresslist."""

    def __init__(self, field):
        AddrlistClass.__init__(self, field)
        self.addresslist = self.getaddrlist() if field else []

    def __len__(self):
        return len(self.addresslist)
