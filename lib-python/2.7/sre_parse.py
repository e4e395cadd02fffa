"""Regular-expression parser: pattern text -> parse tree (a SubPattern, a
list of (node kind, argument) pairs), plus the replacement-template parser
used by re.sub.  Error messages follow Python 2.7."""

from sre_constants import *

SPECIAL_CHARS = ".\\[{()*+?^$|"
REPEAT_CHARS = "*+?{"
DIGITS = "0123456789"
OCTDIGITS = "01234567"
HEXDIGITS = "0123456789abcdefABCDEF"
WHITESPACE = " \t\n\r\v\f"

ESCAPES = {
    r"\a": (LITERAL, 7),
    r"\b": (LITERAL, 8),
    r"\f": (LITERAL, 12),
    r"\n": (LITERAL, 10),
    r"\r": (LITERAL, 13),
    r"\t": (LITERAL, 9),
    r"\v": (LITERAL, 11),
    r"\\": (LITERAL, 92),
}

CATEGORIES = {
    r"\A": (AT, AT_BEGINNING_STRING),
    r"\b": (AT, AT_BOUNDARY),
    r"\B": (AT, AT_NON_BOUNDARY),
    r"\d": (IN, [(CATEGORY, CATEGORY_DIGIT)]),
    r"\D": (IN, [(CATEGORY, CATEGORY_NOT_DIGIT)]),
    r"\s": (IN, [(CATEGORY, CATEGORY_SPACE)]),
    r"\S": (IN, [(CATEGORY, CATEGORY_NOT_SPACE)]),
    r"\w": (IN, [(CATEGORY, CATEGORY_WORD)]),
    r"\W": (IN, [(CATEGORY, CATEGORY_NOT_WORD)]),
    r"\Z": (AT, AT_END_STRING),
}

FLAGS = {
    "i": SRE_FLAG_IGNORECASE,
    "L": SRE_FLAG_LOCALE,
    "m": SRE_FLAG_MULTILINE,
    "s": SRE_FLAG_DOTALL,
    "x": SRE_FLAG_VERBOSE,
    "t": SRE_FLAG_TEMPLATE,
    "u": SRE_FLAG_UNICODE,
}

_SINGLE_WIDTH = (LITERAL, NOT_LITERAL, ANY, IN, CATEGORY)


class Pattern(object):
    """What the parser learns about the whole pattern: flags and groups.
    `groups` counts group 0 too, so the next group gets number `groups`."""

    def __init__(self):
        self.flags = 0
        self.open = []
        self.groups = 1
        self.groupdict = {}
        self.str = None

    def opengroup(self, name=None):
        gid = self.groups
        self.groups = gid + 1
        if name is not None:
            old = self.groupdict.get(name, None)
            if old is not None:
                raise error("redefinition of group name %s as group %d; was group %d"
                            % (repr(name), gid, old))
            self.groupdict[name] = gid
        self.open.append(gid)
        return gid

    def closegroup(self, gid):
        self.open.remove(gid)

    def checkgroup(self, gid):
        return gid < self.groups and gid not in self.open


class SubPattern(object):
    """A sequence of parse-tree nodes."""

    def __init__(self, pattern, data=None):
        self.pattern = pattern
        if data is None:
            data = []
        self.data = data
        self.width = None

    def __repr__(self):
        return repr(self.data)

    def __len__(self):
        return len(self.data)

    def __delitem__(self, index):
        del self.data[index]

    def __getitem__(self, index):
        if isinstance(index, slice):
            return SubPattern(self.pattern, self.data[index])
        return self.data[index]

    def __setitem__(self, index, code):
        self.data[index] = code

    def __getslice__(self, start, stop):
        return SubPattern(self.pattern, self.data[start:stop])

    def insert(self, index, code):
        self.data.insert(index, code)

    def append(self, code):
        self.data.append(code)

    def dump(self, level=0):
        for kind, av in self.data:
            line = "  " * level + kind
            if kind == IN:
                print line
                for k2, a2 in av:
                    print "  " * (level + 1) + k2, a2
            elif kind == BRANCH:
                print line
                for i, sub in enumerate(av[1]):
                    if i:
                        print "  " * level + "or"
                    sub.dump(level + 1)
            elif kind == GROUPREF_EXISTS:
                print line, av[0]
                av[1].dump(level + 1)
                if av[2] is not None:
                    print "  " * level + "else"
                    av[2].dump(level + 1)
            elif isinstance(av, (tuple, list)):
                pending = line
                for a in av:
                    if isinstance(a, SubPattern):
                        if pending is not None:
                            print pending
                            pending = None
                        a.dump(level + 1)
                    else:
                        if pending is None:
                            pending = ""
                        pending = pending + " " + str(a)
                if pending is not None:
                    print pending
            else:
                print line, av

    def getwidth(self):
        """(shortest, longest) number of characters a match can have."""
        if self.width is not None:
            return self.width
        lo = hi = 0
        for kind, av in self.data:
            if kind == BRANCH:
                blo = MAXREPEAT
                bhi = 0
                for sub in av[1]:
                    l, h = sub.getwidth()
                    blo = min(blo, l)
                    bhi = max(bhi, h)
                lo += blo
                hi += bhi
            elif kind == SUBPATTERN:
                l, h = av[1].getwidth()
                lo += l
                hi += h
            elif kind in (MIN_REPEAT, MAX_REPEAT):
                l, h = av[2].getwidth()
                lo += l * av[0]
                hi += h * av[1]
            elif kind in _SINGLE_WIDTH:
                lo += 1
                hi += 1
            elif kind == GROUPREF_EXISTS:
                l, h = av[1].getwidth()
                if av[2] is not None:
                    l2, h2 = av[2].getwidth()
                    l = min(l, l2)
                    h = max(h, h2)
                else:
                    l = 0
                lo += l
                hi += h
        self.width = (min(lo, MAXREPEAT - 1), min(hi, MAXREPEAT))
        return self.width


class Tokenizer(object):
    """The pattern as tokens: one character, or a backslash and the next."""

    def __init__(self, string):
        self.string = string
        self.index = 0
        self._advance()

    def _advance(self):
        s = self.string
        i = self.index
        if i >= len(s):
            self.next = None
            return
        ch = s[i]
        if ch == "\\":
            if i + 1 >= len(s):
                raise error("bogus escape (end of line)")
            ch = ch + s[i + 1]
        self.index = i + len(ch)
        self.next = ch

    def match(self, char, skip=1):
        if char == self.next:
            if skip:
                self._advance()
            return True
        return False

    def get(self):
        this = self.next
        self._advance()
        return this

    def getwhile(self, n, charset):
        result = ""
        for i in range(n):
            c = self.next
            if c is None or c not in charset:
                break
            result = result + c
            self._advance()
        return result

    def tell(self):
        return self.index, self.next

    def seek(self, where):
        self.index, self.next = where


def isident(ch):
    return "a" <= ch <= "z" or "A" <= ch <= "Z" or ch == "_"


def isdigit(ch):
    return "0" <= ch <= "9"


def isname(name):
    if not name or not isident(name[0]):
        return False
    for ch in name[1:]:
        if not isident(ch) and not isdigit(ch):
            return False
    return True


def _bogus(escape):
    return error("bogus escape: %s" % repr(escape))


def _class_escape(source, escape):
    """An escape inside [...]: a literal or a category."""
    code = ESCAPES.get(escape)
    if code:
        return code
    code = CATEGORIES.get(escape)
    if code and code[0] == IN:
        return code
    c = escape[1:2]
    if c == "x":
        digits = source.getwhile(2, HEXDIGITS)
        if len(digits) != 2:
            raise _bogus("\\" + digits)
        return LITERAL, int(digits, 16) & 0xff
    if c in OCTDIGITS:
        escape = escape + source.getwhile(2, OCTDIGITS)
        return LITERAL, int(escape[1:], 8) & 0xff
    if c in DIGITS:
        raise _bogus(escape)
    if len(escape) == 2:
        return LITERAL, ord(escape[1])
    raise _bogus(escape)


def _escape(source, escape, state):
    """An escape outside [...]: literal, category, anchor or back-reference."""
    code = CATEGORIES.get(escape)
    if code:
        return code
    code = ESCAPES.get(escape)
    if code:
        return code
    c = escape[1:2]
    if c == "x":
        while source.next is not None and source.next in HEXDIGITS and len(escape) < 4:
            escape = escape + source.get()
        if len(escape) != 4:
            raise _bogus(escape)
        return LITERAL, int(escape[2:], 16) & 0xff
    if c == "0":
        escape = escape + source.getwhile(2, OCTDIGITS)
        return LITERAL, int(escape[1:], 8) & 0xff
    if c in DIGITS:
        if source.next is not None and source.next in DIGITS:
            escape = escape + source.get()
            if (escape[1] in OCTDIGITS and escape[2] in OCTDIGITS and
                    source.next is not None and source.next in OCTDIGITS):
                escape = escape + source.get()
                return LITERAL, int(escape[1:], 8) & 0xff
        group = int(escape[1:])
        if group < state.groups:
            if not state.checkgroup(group):
                raise error("cannot refer to open group")
            return GROUPREF, group
        raise _bogus(escape)
    if len(escape) == 2:
        return LITERAL, ord(escape[1])
    raise _bogus(escape)


def _parse_sub(source, state, nested=1):
    """Alternatives separated by '|'."""
    items = []
    while True:
        items.append(_parse(source, state))
        if source.match("|"):
            continue
        if not nested:
            break
        if source.next is None or source.match(")", 0):
            break
        raise error("pattern not properly closed")
    if len(items) == 1:
        return items[0]
    sub = SubPattern(state)
    # move a prefix common to every alternative in front of the branch
    while True:
        first = None
        for item in items:
            if not item:
                break
            if first is None:
                first = item[0]
            elif item[0] != first:
                break
        else:
            for item in items:
                del item[0]
            sub.append(first)
            continue
        break
    # alternatives of single literals become one set
    if all(len(item) == 1 and item[0][0] == LITERAL for item in items):
        sub.append((IN, [item[0] for item in items]))
        return sub
    sub.append((BRANCH, (None, items)))
    return sub


def _parse_sub_cond(source, state, condgroup):
    yes = _parse(source, state)
    no = None
    if source.match("|"):
        no = _parse(source, state)
        if source.match("|"):
            raise error("conditional backref with more than two branches")
    if source.next is not None and not source.match(")", 0):
        raise error("pattern not properly closed")
    sub = SubPattern(state)
    sub.append((GROUPREF_EXISTS, (condgroup, yes, no)))
    return sub


def _read_name(source, terminator):
    name = ""
    while True:
        ch = source.get()
        if ch is None:
            raise error("unterminated name")
        if ch == terminator:
            return name
        name = name + ch


def _parse_set(source):
    items = []
    if source.match("^"):
        items.append((NEGATE, None))
    start = items[:]
    while True:
        this = source.get()
        if this is None:
            raise error("unexpected end of regular expression")
        if this == "]" and items != start:
            break
        if this[0] == "\\":
            code1 = _class_escape(source, this)
        else:
            code1 = LITERAL, ord(this)
        if source.match("-"):
            this = source.get()
            if this is None:
                raise error("unexpected end of regular expression")
            if this == "]":
                if code1[0] == IN:
                    code1 = code1[1][0]
                items.append(code1)
                items.append((LITERAL, ord("-")))
                break
            if this[0] == "\\":
                code2 = _class_escape(source, this)
            else:
                code2 = LITERAL, ord(this)
            if code1[0] != LITERAL or code2[0] != LITERAL:
                raise error("bad character range")
            if code2[1] < code1[1]:
                raise error("bad character range")
            items.append((RANGE, (code1[1], code2[1])))
        else:
            if code1[0] == IN:
                code1 = code1[1][0]
            items.append(code1)
    if len(items) == 1 and items[0][0] == LITERAL:
        return items[0]
    if len(items) == 2 and items[0][0] == NEGATE and items[1][0] == LITERAL:
        return NOT_LITERAL, items[1][1]
    return IN, items


def _parse_repeat(source, this):
    """(min, max) of a repeat operator, or None when '{' is a literal."""
    if this == "?":
        return 0, 1
    if this == "*":
        return 0, MAXREPEAT
    if this == "+":
        return 1, MAXREPEAT
    if source.next == "}":
        return None
    here = source.tell()
    lo = source.getwhile(20, DIGITS)
    hi = lo
    if source.match(","):
        hi = source.getwhile(20, DIGITS)
    if not source.match("}"):
        source.seek(here)
        return None
    mn = int(lo) if lo else 0
    if hi:
        mx = int(hi)
    else:
        mx = MAXREPEAT
    if mn >= MAXREPEAT or mx > MAXREPEAT:
        raise OverflowError("the repetition number is too large")
    if mx < mn:
        raise error("bad repeat interval")
    return mn, mx


def _parse(source, state):
    """One alternative: a sequence of items."""
    sub = SubPattern(state)
    while True:
        if source.next is None or source.next in "|)":
            break
        this = source.get()
        if state.flags & SRE_FLAG_VERBOSE:
            if this in WHITESPACE:
                continue
            if this == "#":
                while True:
                    this = source.get()
                    if this is None or this == "\n":
                        break
                continue
        if this[0] not in SPECIAL_CHARS:
            sub.append((LITERAL, ord(this)))
        elif this == "[":
            sub.append(_parse_set(source))
        elif this in REPEAT_CHARS:
            rep = _parse_repeat(source, this)
            if rep is None:
                sub.append((LITERAL, ord(this)))
                continue
            item = sub[-1:] if len(sub) else None
            if not item or (len(item) == 1 and item[0][0] == AT):
                raise error("nothing to repeat")
            if item[0][0] in (MIN_REPEAT, MAX_REPEAT):
                raise error("multiple repeat")
            if source.match("?"):
                sub[-1] = (MIN_REPEAT, (rep[0], rep[1], item))
            else:
                sub[-1] = (MAX_REPEAT, (rep[0], rep[1], item))
        elif this == ".":
            sub.append((ANY, None))
        elif this == "(":
            if _parse_group(source, state, sub):
                continue
        elif this == "^":
            sub.append((AT, AT_BEGINNING))
        elif this == "$":
            sub.append((AT, AT_END))
        elif this[0] == "\\":
            sub.append(_escape(source, this, state))
        else:
            raise error("parser error")
    return sub


def _parse_group(source, state, sub):
    """After '(': a group, assertion, back-reference, comment or flags."""
    group = 1          # 1: capturing, 2: not capturing, 0: not a group
    name = None
    condgroup = None
    if source.match("?"):
        group = 0
        if source.match("P"):
            if source.match("<"):
                name = _read_name(source, ">")
                if not name:
                    raise error("missing group name")
                if not isname(name):
                    raise error("bad character in group name %s" % repr(name))
                group = 1
            elif source.match("="):
                name = _read_name(source, ")")
                if not name:
                    raise error("missing group name")
                if not isname(name):
                    raise error("bad character in group name %s" % repr(name))
                gid = state.groupdict.get(name)
                if gid is None:
                    raise error("unknown group name: %s" % repr(name))
                sub.append((GROUPREF, gid))
                return True
            else:
                ch = source.get()
                if ch is None:
                    raise error("unexpected end of pattern")
                raise error("unknown specifier: ?P%s" % ch)
        elif source.match(":"):
            group = 2
        elif source.match("#"):
            while source.next is not None and source.next != ")":
                source.get()
            if not source.match(")"):
                raise error("unbalanced parenthesis")
            return True
        elif source.next is not None and source.next in "=!<":
            ch = source.get()
            direction = 1
            if ch == "<":
                if source.next is None or source.next not in "=!":
                    raise error("syntax error")
                direction = -1
                ch = source.get()
            body = _parse_sub(source, state)
            if not source.match(")"):
                raise error("unbalanced parenthesis")
            if direction < 0:
                lo, hi = body.getwidth()
                if lo != hi:
                    raise error("look-behind requires fixed-width pattern")
            if ch == "=":
                sub.append((ASSERT, (direction, body)))
            else:
                sub.append((ASSERT_NOT, (direction, body)))
            return True
        elif source.match("("):
            condname = _read_name(source, ")")
            group = 2
            if not condname:
                raise error("missing group name")
            if isname(condname):
                condgroup = state.groupdict.get(condname)
                if condgroup is None:
                    raise error("unknown group name: %s" % repr(condname))
            else:
                try:
                    condgroup = int(condname)
                except ValueError:
                    raise error("bad character in group name %s" % repr(condname))
                if condgroup >= 100 or condgroup < 1:
                    raise error("invalid group reference")
        else:
            if source.next is None or source.next not in FLAGS:
                raise error("unexpected end of pattern")
            while source.next is not None and source.next in FLAGS:
                state.flags = state.flags | FLAGS[source.get()]
    if group:
        gid = None
        if group == 1:
            gid = state.opengroup(name)
        if condgroup:
            body = _parse_sub_cond(source, state, condgroup)
        else:
            body = _parse_sub(source, state)
        if not source.match(")"):
            raise error("unbalanced parenthesis")
        if gid is not None:
            state.closegroup(gid)
        sub.append((SUBPATTERN, (gid, body)))
        return False
    while True:
        ch = source.get()
        if ch is None:
            raise error("unexpected end of pattern")
        if ch == ")":
            return True
        raise error("unknown extension")


def parse(str, flags=0, pattern=None):
    source = Tokenizer(str)
    if pattern is None:
        pattern = Pattern()
    pattern.flags = flags
    pattern.str = str
    p = _parse_sub(source, pattern, 0)
    if source.next is not None:
        if source.next == ")":
            raise error("unbalanced parenthesis")
        raise error("bogus characters at end of regular expression")
    if flags & SRE_FLAG_DEBUG:
        p.dump()
    if not (flags & SRE_FLAG_VERBOSE) and p.pattern.flags & SRE_FLAG_VERBOSE:
        # (?x) inside the pattern: whitespace read so far was significant
        return parse(str, p.pattern.flags)
    return p


# ---- replacement templates ---------------------------------------------------

def parse_template(source, pattern):
    """-> (groups, literals): literals is a list of strings with None where
    the group values go; groups lists (index into literals, group number)."""
    s = Tokenizer(source)
    if isinstance(source, unicode):
        makechar = unichr
        empty = u""
    else:
        makechar = chr
        empty = ""
    literals = []
    groups = []
    pending = []

    def flush():
        if pending:
            literals.append(empty.join(pending))
            del pending[:]

    def addgroup(index):
        if index > pattern.groups:
            raise error("invalid group reference")
        flush()
        groups.append((len(literals), index))
        literals.append(None)

    while True:
        this = s.get()
        if this is None:
            break
        if this[0] != "\\":
            pending.append(this)
            continue
        c = this[1]
        if c == "g":
            name = ""
            if s.match("<"):
                while True:
                    ch = s.get()
                    if ch is None:
                        raise error("unterminated group name")
                    if ch == ">":
                        break
                    name = name + ch
            if not name:
                raise error("missing group name")
            try:
                index = int(name)
                if index < 0:
                    raise error("negative group number")
            except ValueError:
                if not isname(name):
                    raise error("bad character in group name")
                try:
                    index = pattern.groupindex[name]
                except KeyError:
                    raise IndexError("unknown group name: %s" % repr(name))
            addgroup(index)
        elif c == "0":
            if s.next is not None and s.next in OCTDIGITS:
                this = this + s.get()
                if s.next is not None and s.next in OCTDIGITS:
                    this = this + s.get()
            pending.append(makechar(int(this[1:], 8) & 0xff))
        elif c in DIGITS:
            octal = False
            if s.next is not None and s.next in DIGITS:
                this = this + s.get()
                if (c in OCTDIGITS and this[2] in OCTDIGITS and
                        s.next is not None and s.next in OCTDIGITS):
                    this = this + s.get()
                    octal = True
                    pending.append(makechar(int(this[1:], 8) & 0xff))
            if not octal:
                addgroup(int(this[1:]))
        else:
            code = ESCAPES.get(this)
            if code is not None:
                pending.append(makechar(code[1]))
            else:
                pending.append(this)
    flush()
    return groups, literals


def expand_template(template, match):
    groups, literals = template
    literals = literals[:]
    try:
        for index, group in groups:
            value = match.group(group)
            if value is None:
                raise error("unmatched group")
            literals[index] = value
    except IndexError:
        raise error("invalid group reference")
    return match.string[:0].join(literals)
