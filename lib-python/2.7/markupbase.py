"""Shared support for the SGML-like parsers (HTMLParser): position
tracking, comments, marked sections and declarations."""

import re

_declname_re = re.compile(r'[a-zA-Z][-_.a-zA-Z0-9]*\s*')
_commentclose = re.compile(r'--\s*>')
_markedsectionclose = re.compile(r']\s*]\s*>')
_msmarkedsectionclose = re.compile(r']\s*>')


class ParserBase:
    """Parser base class: subclasses keep the text in self.rawdata."""

    def __init__(self):
        if self.__class__ is ParserBase:
            raise RuntimeError("markupbase.ParserBase must be subclassed")

    def error(self, message):
        raise NotImplementedError("subclasses of ParserBase must override error()")

    def reset(self):
        self.lineno = 1
        self.offset = 0

    def getpos(self):
        """(line number, offset) of the current position."""
        return self.lineno, self.offset

    def updatepos(self, i, j):
        """Account for rawdata[i:j] having been consumed; returns j."""
        if i >= j:
            return j
        rawdata = self.rawdata
        newlines = rawdata.count("\n", i, j)
        if newlines:
            self.lineno = self.lineno + newlines
            self.offset = j - (rawdata.rindex("\n", i, j) + 1)
        else:
            self.offset = self.offset + j - i
        return j

    _decl_otherchars = ''

    def parse_declaration(self, i):
        """'<!...>' at i: a comment, marked section or declaration; the
        index after it, or -1 if it is incomplete."""
        rawdata = self.rawdata
        j = i + 2
        if rawdata[j:j + 1] == ">":
            return j + 1          # '<!>': an empty comment
        if rawdata[j:j + 1] == "-":
            if rawdata[j:j + 2] == "--":
                return self.parse_comment(i)
            if rawdata[j:j + 2] == "-":
                return -1
        if rawdata[j:j + 1] == "[":
            return self.parse_marked_section(i)
        end = rawdata.find(">", j)
        if end < 0:
            return -1
        self.handle_decl(rawdata[j:end])
        return end + 1

    def parse_marked_section(self, i, report=1):
        """'<![keyword[ ... ]]>' at i."""
        rawdata = self.rawdata
        m = _declname_re.match(rawdata, i + 3)
        if not m or m.end() == len(rawdata):
            return -1       # the keyword may go on in the next chunk fed
        name = m.group(0).strip().lower()
        if name in ("temp", "cdata", "ignore", "include", "rcdata"):
            close = _markedsectionclose.search(rawdata, i + 3)
        elif name in ("if", "else", "endif"):
            close = _msmarkedsectionclose.search(rawdata, i + 3)
        else:
            self.error('unknown status keyword %r in marked section' % rawdata[i + 3:m.end()])
        if not close:
            return -1
        if report:
            self.unknown_decl(rawdata[i + 3:close.start(0)])
        return close.end(0)

    def parse_comment(self, i, report=1):
        """'<!-- ... -->' at i."""
        rawdata = self.rawdata
        if rawdata[i:i + 4] != '<!--':
            self.error('unexpected call to parse_comment()')
        close = _commentclose.search(rawdata, i + 4)
        if not close:
            return -1
        if report:
            self.handle_comment(rawdata[i + 4:close.start(0)])
        return close.end(0)

    def unknown_decl(self, data):
        pass
