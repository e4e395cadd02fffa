"""A simple, tolerant HTML parser (Python 2.7's HTMLParser): feed() text,
get handle_starttag / handle_endtag / handle_data / ... calls back."""

import re
import markupbase

__all__ = ["HTMLParser", "HTMLParseError"]

_interesting_normal = re.compile('[&<]')
_incomplete = re.compile('&[a-zA-Z#]')
_entityref = re.compile('&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]')
_charref = re.compile('&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]')
_starttagopen = re.compile('<[a-zA-Z]')
_piclose = re.compile('>')

# a tag name, then the attributes: name[ = value] with the value quoted
# either way or bare; the pieces below build both the matcher of a whole
# start tag and the matcher of one attribute
_NAME = r'[a-zA-Z][^\t\n\r\f />\x00]*'
_ATTRNAME = r'(?<=[\'"\s/])[^\s/>][^\s/=>]*'
_VALUE = r'\'[^\']*\'|"[^"]*"|(?![\'"])[^>\s]*'
_ATTRSEP = r'(?:\s|/(?!>))*'

_tagfind = re.compile('(' + _NAME + ')' + _ATTRSEP)
_tagfind_tolerant = _tagfind
_attrfind = re.compile('(' + _ATTRNAME + r')(\s*=+\s*(' + _VALUE + '))?' + _ATTRSEP)
_locatestarttagend = re.compile(
    '<' + _NAME + r'(?:[\s/]*(?:' + _ATTRNAME + r'(?:\s*=+\s*(?:' + _VALUE + '))?'
    + _ATTRSEP + r')*)?\s*')
_endendtag = re.compile('>')
_endtagfind = re.compile(r'</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>')
_entity_in_value = re.compile(r"&(#?[xX]?(?:[0-9a-fA-F]+|\w{1,8}));")


def _broken_markup_end(rawdata, i):
    """Where the text ends that starts with markup at i which will never be
    completed: after the next '>', else before the next '<', else just
    after the '<' itself."""
    close = rawdata.find('>', i + 1)
    if close >= 0:
        return close + 1
    reopen = rawdata.find('<', i + 1)
    if reopen >= 0:
        return reopen
    return i + 1


class HTMLParseError(Exception):
    """An error while parsing HTML, with its position."""

    def __init__(self, msg, position=(None, None)):
        assert msg
        self.msg = msg
        self.lineno, self.offset = position[0], position[1]

    def __str__(self):
        where = ''
        if self.lineno is not None:
            where += ", at line %d" % self.lineno
        if self.offset is not None:
            # offsets count from 0, columns from 1
            where += ", column %d" % (self.offset + 1)
        return self.msg + where


class HTMLParser(markupbase.ParserBase):
    """Override the handle_* methods to receive the document's pieces.
    Entity and character references are reported separately outside
    attribute values (handle_entityref / handle_charref) and replaced inside
    them; the content of <script> and <style> is passed as data unparsed."""

    CDATA_CONTENT_ELEMENTS = ("script", "style")

    entitydefs = None

    def __init__(self):
        self.reset()

    def reset(self):
        """Forget all unprocessed data."""
        self.rawdata = ''
        self.lasttag = '???'
        self.interesting = _interesting_normal
        self.cdata_elem = None
        self._starttag_text = None
        markupbase.ParserBase.reset(self)

    def feed(self, data):
        """Process some more text (any amount: a tag may be split)."""
        self.rawdata = self.rawdata + data
        self.goahead(0)

    def close(self):
        """Process whatever is buffered as if the input ended here."""
        self.goahead(1)

    def error(self, message):
        raise HTMLParseError(message, self.getpos())

    def get_starttag_text(self):
        """The source text of the last start tag."""
        return self._starttag_text

    def set_cdata_mode(self, elem):
        self.cdata_elem = elem.lower()
        self.interesting = re.compile(r'</\s*%s\s*>' % self.cdata_elem, re.I)

    def clear_cdata_mode(self):
        self.interesting = _interesting_normal
        self.cdata_elem = None

    def goahead(self, end):
        """Handle as much of rawdata as is complete (all of it when end)."""
        rawdata = self.rawdata
        i = 0
        n = len(rawdata)
        while i < n:
            m = self.interesting.search(rawdata, i)
            if m:
                j = m.start()
            elif self.cdata_elem:
                break
            else:
                j = n
            if i < j:
                self.handle_data(rawdata[i:j])
            i = self.updatepos(i, j)
            if i == n:
                break
            if rawdata.startswith('<', i):
                k = self._parse_markup(rawdata, i, n)
                if k is None:
                    break
                if k < 0:
                    if not end:
                        break
                    # at the end: the unfinished markup is text
                    k = _broken_markup_end(rawdata, i)
                    self.handle_data(rawdata[i:k])
                i = self.updatepos(i, k)
            elif rawdata.startswith("&#", i):
                m = _charref.match(rawdata, i)
                if m:
                    self.handle_charref(m.group()[2:-1])
                    k = m.end()
                    if not rawdata.startswith(';', k - 1):
                        k = k - 1
                    i = self.updatepos(i, k)
                    continue
                if ";" in rawdata[i:]:
                    # not a reference after all: pass '&#' on as text
                    self.handle_data(rawdata[i:i + 2])
                    i = self.updatepos(i, i + 2)
                break
            elif rawdata.startswith('&', i):
                m = _entityref.match(rawdata, i)
                if m:
                    self.handle_entityref(m.group(1))
                    k = m.end()
                    if not rawdata.startswith(';', k - 1):
                        k = k - 1
                    i = self.updatepos(i, k)
                    continue
                m = _incomplete.match(rawdata, i)
                if m:
                    if end and m.group() == rawdata[i:]:
                        k = m.end()
                        if k <= i:
                            k = n
                        i = self.updatepos(i, i + 1)
                    break
                elif i + 1 < n:
                    self.handle_data("&")
                    i = self.updatepos(i, i + 1)
                else:
                    break
            else:
                assert 0, "interesting.search() lied"
        if end and i < n and not self.cdata_elem:
            # the input is complete: what is left is text
            self.handle_data(rawdata[i:])
            i = self.updatepos(i, n)
        self.rawdata = rawdata[i:]

    def _parse_markup(self, rawdata, i, n):
        """Parse the markup that starts with the '<' at i: the index after
        it, -1 while it is incomplete, None for a '<' ending the buffer (a
        '<' that starts no markup is text)."""
        if _starttagopen.match(rawdata, i):
            return self.parse_starttag(i)
        for opener, parse in (("</", self.parse_endtag), ("<!--", self.parse_comment),
                              ("<?", self.parse_pi), ("<!", self.parse_html_declaration)):
            if rawdata.startswith(opener, i):
                return parse(i)
        if i + 1 < n:
            self.handle_data("<")
            return i + 1
        return None

    def parse_html_declaration(self, i):
        rawdata = self.rawdata
        if rawdata[i:i + 4] == '<!--':
            return self.parse_comment(i)
        if rawdata[i:i + 3] == '<![':
            return self.parse_marked_section(i)
        if rawdata[i:i + 9].lower() == '<!doctype':
            gt = rawdata.find('>', i + 9)
            if gt == -1:
                return -1
            self.handle_decl(rawdata[i + 2:gt])
            return gt + 1
        return self.parse_bogus_comment(i)

    def parse_bogus_comment(self, i, report=1):
        """'<!...>' or '</...>' that is no tag: reported as a comment."""
        rawdata = self.rawdata
        pos = rawdata.find('>', i + 2)
        if pos == -1:
            return -1
        if report:
            self.handle_comment(rawdata[i + 2:pos])
        return pos + 1

    def parse_pi(self, i):
        rawdata = self.rawdata
        m = _piclose.search(rawdata, i + 2)
        if not m:
            return -1
        self.handle_pi(rawdata[i + 2:m.start()])
        return m.end()

    def parse_starttag(self, i):
        self._starttag_text = None
        endpos = self.check_for_whole_start_tag(i)
        if endpos < 0:
            return endpos
        rawdata = self.rawdata
        self._starttag_text = rawdata[i:endpos]
        m = _tagfind.match(rawdata, i + 1)
        k = m.end()
        self.lasttag = tag = m.group(1).lower()
        attrs = []
        while k < endpos:
            m = _attrfind.match(rawdata, k)
            if not m:
                break
            name, rest, value = m.group(1, 2, 3)
            if not rest:
                value = None
            elif value[:1] == '\'' == value[-1:] or value[:1] == '"' == value[-1:]:
                value = value[1:-1]
            if value:
                value = self.unescape(value)
            attrs.append((name.lower(), value))
            k = m.end()
        tail = rawdata[k:endpos].strip()
        if tail not in (">", "/>"):
            self.handle_data(rawdata[i:endpos])
            return endpos
        if tail.endswith('/>'):
            # an XHTML-style empty element
            self.handle_startendtag(tag, attrs)
            return endpos
        self.handle_starttag(tag, attrs)
        if tag in self.CDATA_CONTENT_ELEMENTS:
            self.set_cdata_mode(tag)
        return endpos

    def check_for_whole_start_tag(self, i):
        """The end of the start tag at i, or -1 when it is not all here."""
        rawdata = self.rawdata
        m = _locatestarttagend.match(rawdata, i)
        if not m:
            raise AssertionError("we should not get here!")
        j = m.end()
        nxt = rawdata[j:j + 1]
        if nxt == ">":
            return j + 1
        if nxt == "/":
            if rawdata.startswith("/>", j):
                return j + 2
            if rawdata.startswith("/", j):
                return -1
            if j > i:
                return j
            return i + 1
        if nxt == "":
            return -1
        if nxt in "abcdefghijklmnopqrstuvwxyz=/ABCDEFGHIJKLMNOPQRSTUVWXYZ":
            return -1
        if j > i:
            return j
        return i + 1

    def parse_endtag(self, i):
        rawdata = self.rawdata
        assert rawdata[i:i + 2] == "</", "unexpected call to parse_endtag"
        m = _endendtag.search(rawdata, i + 1)
        if not m:
            return -1
        gtpos = m.end()
        m = _endtagfind.match(rawdata, i)
        if not m:
            if self.cdata_elem is not None:
                self.handle_data(rawdata[i:gtpos])
                return gtpos
            namematch = _tagfind_tolerant.match(rawdata, i + 2)
            if not namematch:
                if rawdata[i:i + 3] == '</>':
                    return i + 3
                return self.parse_bogus_comment(i)
            tagname = namematch.group(1).lower()
            gtpos = rawdata.find('>', namematch.end())
            self.handle_endtag(tagname)
            return gtpos + 1
        elem = m.group(1).lower()
        if self.cdata_elem is not None and elem != self.cdata_elem:
            self.handle_data(rawdata[i:gtpos])
            return gtpos
        self.handle_endtag(elem)
        self.clear_cdata_mode()
        return gtpos

    # ---- the handlers: override these ----

    def handle_startendtag(self, tag, attrs):
        """<tag .../>: by default a start tag then an end tag."""
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    # The callbacks below do nothing here; subclasses override them.

    def handle_starttag(self, tag, attrs):
        """<tag a="v" ...>: tag in lower case, attrs a list of (name,
        value) pairs with names in lower case and values unescaped (None
        for an attribute without a value)."""

    def handle_endtag(self, tag):
        """</tag>, tag in lower case."""

    def handle_charref(self, name):
        """&#name; outside attribute values (name holds the digits, or x
        and the hex digits)."""

    def handle_entityref(self, name):
        """&name; outside attribute values."""

    def handle_data(self, data):
        """Text between markup (possibly in several pieces)."""

    def handle_comment(self, data):
        """<!--data-->."""

    def handle_decl(self, decl):
        """<!decl>, e.g. a DOCTYPE."""

    def handle_pi(self, data):
        """<?data> (a processing instruction; the final ? stays in data)."""

    def unknown_decl(self, data):
        """<![data]>: a marked section, CDATA included (data starts after
        the "<![")."""

    def unescape(self, s):
        """s with entity and character references replaced (unicode)."""
        if '&' not in s:
            return s
        return _entity_in_value.sub(self._replace_entity, s)

    def _replace_entity(self, m):
        s = m.group(1)
        try:
            if s[0] == "#":
                s = s[1:]
                if s[0] in 'xX':
                    return unichr(int(s[1:], 16))
                return unichr(int(s))
        except ValueError:
            return '&#' + s + ';'
        table = HTMLParser.entitydefs
        if table is None:
            import htmlentitydefs
            # 'apos' is XHTML, not HTML 4, but is accepted here
            table = {'apos': u"'"}
            for name, cp in htmlentitydefs.name2codepoint.iteritems():
                table[name] = unichr(cp)
            HTMLParser.entitydefs = table
        try:
            return table[s]
        except KeyError:
            return '&' + s + ';'
