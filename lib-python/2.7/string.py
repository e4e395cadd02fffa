"""Character-class constants, string.Template, string.Formatter and the old
function forms of the str methods (atoi, split, join, lower, ...)."""

# ---------------------------------------------------------------- constants

# The C locale's classes: the locale-dependent names (lowercase, letters,
# ...) start out equal to their ascii_ twins.
ascii_lowercase = lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = uppercase = lowercase.upper()
ascii_letters = letters = lowercase + uppercase
octdigits = '01234567'
digits = octdigits + '89'
hexdigits = digits + ascii_lowercase[:6] + ascii_uppercase[:6]
whitespace = '\t\n\v\f\r '
punctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'
printable = digits + letters + punctuation + ' \t\n\r\v\f'

_identity = ''.join([chr(_i) for _i in range(256)])
del _i


def capwords(s, sep=None):
    """Split s on sep, capitalize each word and join them with sep (a single
    space when sep is None, runs of whitespace being one separator)."""
    return (sep or ' ').join([word.capitalize() for word in s.split(sep)])


def maketrans(fromstr, tostr):
    """A 256-character table for str.translate() mapping each character of
    fromstr to the character at the same place in tostr."""
    if len(fromstr) != len(tostr):
        raise ValueError("maketrans arguments must have same length")
    table = list(_identity)
    for i in range(len(fromstr)):
        table[ord(fromstr[i])] = tostr[i]
    return ''.join(table)


# ----------------------------------------------------------------- Template

class _IdMatcher(object):
    """Matches the identifiers of a Template; understands the small regular
    expression subset idpattern uses: literal characters, [classes] with
    ranges and negation, '.', and the quantifiers *, +, ? (matching is
    case-insensitive, as for 2.7's Template)."""

    def __init__(self, pattern):
        self.items = []
        i = 0
        n = len(pattern)
        while i < n:
            c = pattern[i]
            if c == '[':
                j = i + 1
                negate = False
                if j < n and pattern[j] == '^':
                    negate = True
                    j += 1
                chars = []
                first = True
                while j < n and (pattern[j] != ']' or first):
                    first = False
                    ch = pattern[j]
                    if ch == '\\' and j + 1 < n:
                        j += 1
                        ch = pattern[j]
                        if ch == 'w':
                            chars.extend(letters + digits + '_')
                            j += 1
                            continue
                        if ch == 'd':
                            chars.extend(digits)
                            j += 1
                            continue
                    if j + 2 < n and pattern[j + 1] == '-' and pattern[j + 2] != ']':
                        for k in range(ord(ch), ord(pattern[j + 2]) + 1):
                            chars.append(chr(k))
                        j += 3
                    else:
                        chars.append(ch)
                        j += 1
                i = j + 1
                test = self._set(chars, negate)
            elif c == '\\' and i + 1 < n:
                ch = pattern[i + 1]
                i += 2
                if ch == 'w':
                    test = self._set(list(letters + digits + '_'), False)
                elif ch == 'd':
                    test = self._set(list(digits), False)
                else:
                    test = self._set([ch], False)
            elif c == '.':
                i += 1
                test = lambda ch: ch != '\n'
            elif c in ' \t\n':
                i += 1          # the pattern is compiled verbose
                continue
            else:
                i += 1
                test = self._set([c], False)
            lo, hi = 1, 1
            if i < n and pattern[i] in '*+?':
                lo, hi = {'*': (0, -1), '+': (1, -1), '?': (0, 1)}[pattern[i]]
                i += 1
            self.items.append((test, lo, hi))

    def _set(self, chars, negate):
        folded = {}
        for ch in chars:
            folded[ch.lower()] = True
            folded[ch.upper()] = True
        if negate:
            return lambda ch: ch not in folded
        return lambda ch: ch in folded

    def match(self, s, pos):
        """The end of the longest match at pos, or -1."""
        return self._match(s, pos, 0)

    def _match(self, s, pos, k):
        if k == len(self.items):
            return pos
        test, lo, hi = self.items[k]
        end = pos
        n = len(s)
        while end < n and (hi < 0 or end - pos < hi) and test(s[end]):
            end += 1
        while end - pos >= lo:
            r = self._match(s, end, k + 1)
            if r >= 0:
                return r
            end -= 1
        return -1


class _TemplateMetaclass(type):
    def __init__(cls, name, bases, dct):
        super(_TemplateMetaclass, cls).__init__(name, bases, dct)
        cls._idmatcher = _IdMatcher(cls.idpattern)
        if 'pattern' in dct:
            # a class giving its own pattern (groups escaped, named, braced,
            # invalid) is scanned with it; the others keep the fast scanner
            import re
            cls._regex = re.compile(dct['pattern'], re.IGNORECASE | re.VERBOSE)
        else:
            # as 2.7: a class without its own pattern gets the default one
            # (from its delimiter and idpattern), not its base's
            cls._regex = None


class _multimap:
    """Looks a key up in the primary mapping, then in the secondary one."""

    def __init__(self, primary, secondary):
        self._maps = (primary, secondary)

    def __getitem__(self, key):
        first, second = self._maps
        try:
            return first[key]
        except KeyError:
            pass
        return second[key]


class Template:
    """A string with $-substitutions: $name, ${name}, and $$ for '$'."""
    __metaclass__ = _TemplateMetaclass

    delimiter = '$'
    idpattern = r'[_a-z][_a-z0-9]*'

    _regex = None

    def __init__(self, template):
        self.template = template

    def _scan_pattern(self, mapping, safe):
        def replace(mo):
            for group in ('named', 'braced'):
                name = mo.group(group)
                if name is not None:
                    if not safe:
                        return '%s' % (mapping[name],)
                    try:
                        return '%s' % (mapping[name],)
                    except KeyError:
                        return mo.group()
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                if safe:
                    return mo.group()
                self._invalid(mo.start('invalid'))
            raise ValueError('Unrecognized named group in pattern', self.pattern)
        return self._regex.sub(replace, self.template)

    def _invalid(self, j):
        lines = self.template[:j].splitlines(True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = j - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d'
                         % (lineno, colno))

    def _scan(self, mapping, safe):
        if self._regex is not None:
            return self._scan_pattern(mapping, safe)
        s = self.template
        delim = self.delimiter
        dlen = len(delim)
        matcher = self._idmatcher
        pieces = []
        pos = 0
        n = len(s)
        while True:
            i = s.find(delim, pos)
            if i < 0 or not delim:
                pieces.append(s[pos:])
                break
            pieces.append(s[pos:i])
            j = i + dlen
            if s.startswith(delim, j):
                pieces.append(delim)
                pos = j + dlen
                continue
            end = matcher.match(s, j)
            if end > j:
                name = s[j:end]
                pieces.append(self._lookup(mapping, name, s[i:end], safe))
                pos = end
                continue
            if j < n and s[j] == '{':
                end = matcher.match(s, j + 1)
                if end > j + 1 and end < n and s[end] == '}':
                    name = s[j + 1:end]
                    pieces.append(self._lookup(mapping, name, s[i:end + 1],
                                               safe))
                    pos = end + 1
                    continue
            # an invalid placeholder
            if safe:
                pieces.append(delim)
                pos = j
                continue
            self._invalid(j)
        return ''.join(pieces)

    def _lookup(self, mapping, name, text, safe):
        if safe:
            try:
                return '%s' % (mapping[name],)
            except KeyError:
                return text
        return '%s' % (mapping[name],)

    def _mapping(self, args, kws):
        if len(args) > 1:
            raise TypeError('Too many positional arguments')
        if not args:
            return kws
        if kws:
            return _multimap(kws, args[0])
        return args[0]

    def substitute(*args, **kws):
        """The template with its placeholders replaced; KeyError for a
        missing name, ValueError for a misplaced delimiter."""
        if not args:
            raise TypeError("descriptor 'substitute' of 'Template' object "
                            "needs an argument")
        self, args = args[0], args[1:]
        return self._scan(self._mapping(args, kws), False)

    def safe_substitute(*args, **kws):
        """Like substitute(), but placeholders that cannot be replaced stay
        as they are."""
        if not args:
            raise TypeError("descriptor 'safe_substitute' of 'Template' "
                            "object needs an argument")
        self, args = args[0], args[1:]
        return self._scan(self._mapping(args, kws), True)


# ---------------------------------------------------------------- Formatter

class Formatter(object):
    """The machinery of str.format() as overridable methods."""

    def format(*args, **kwargs):
        if not args:
            raise TypeError("descriptor 'format' of 'Formatter' object "
                            "needs an argument")
        self, args = args[0], args[1:]
        if args:
            format_string, args = args[0], args[1:]
        elif 'format_string' in kwargs:
            format_string = kwargs.pop('format_string')
        else:
            raise TypeError("format() missing 1 required positional "
                            "argument: 'format_string'")
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        """format() with the positional and keyword arguments given as a
        sequence and a mapping."""
        seen = set()
        # a field's format spec may itself hold fields, one level deep
        text = self._vformat(format_string, args, kwargs, seen, 2)
        self.check_unused_args(seen, args, kwargs)
        return text

    def _vformat(self, format_string, args, kwargs, used_args,
                 recursion_depth):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        pieces = []
        for literal, field, spec, conversion in self.parse(format_string):
            if literal:
                pieces.append(literal)
            if field is None:
                continue
            value, key = self.get_field(field, args, kwargs)
            used_args.add(key)
            value = self.convert_field(value, conversion)
            spec = self._vformat(spec, args, kwargs, used_args,
                                 recursion_depth - 1)
            pieces.append(self.format_field(value, spec))
        return ''.join(pieces)

    def get_value(self, key, args, kwargs):
        """Numbers index args, names look up kwargs."""
        source = args if isinstance(key, (int, long)) else kwargs
        return source[key]

    def check_unused_args(self, used_args, args, kwargs):
        """A hook: subclasses may complain about arguments never used."""

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        """Apply a '!s' or '!r' conversion (None: none)."""
        if conversion == 's':
            value = str(value)
        elif conversion == 'r':
            value = repr(value)
        elif conversion is not None:
            raise ValueError("Unknown conversion specifier %s" % (conversion,))
        return value

    def parse(self, format_string):
        """(literal_text, field_name, format_spec, conversion) tuples."""
        return format_string._formatter_parser()

    def get_field(self, field_name, args, kwargs):
        """The object a field name refers to (following its .attribute and
        [index] parts) and the key of the argument it starts from."""
        first, rest = field_name._formatter_field_name_split()
        obj = self.get_value(first, args, kwargs)
        for is_attribute, part in rest:
            obj = getattr(obj, part) if is_attribute else obj[part]
        return obj, first


# ------------------------------------------- the old functions of the module

index_error = ValueError
atoi_error = ValueError
atof_error = ValueError
atol_error = ValueError


def lower(s):
    return s.lower()


def upper(s):
    return s.upper()


def swapcase(s):
    return s.swapcase()


def strip(s, chars=None):
    return s.strip(chars)


def lstrip(s, chars=None):
    return s.lstrip(chars)


def rstrip(s, chars=None):
    return s.rstrip(chars)


def split(s, sep=None, maxsplit=-1):
    return s.split(sep, maxsplit)

splitfields = split


def rsplit(s, sep=None, maxsplit=-1):
    return s.rsplit(sep, maxsplit)


def join(words, sep=' '):
    return sep.join(words)

joinfields = join


def index(s, *args):
    return s.index(*args)


def rindex(s, *args):
    return s.rindex(*args)


def count(s, *args):
    return s.count(*args)


def find(s, *args):
    return s.find(*args)


def rfind(s, *args):
    return s.rfind(*args)


def atof(s):
    return float(s)


def atoi(s, base=10):
    return int(s, base)


def atol(s, base=10):
    return long(s, base)


def ljust(s, width, *args):
    return s.ljust(width, *args)


def rjust(s, width, *args):
    return s.rjust(width, *args)


def center(s, width, *args):
    return s.center(width, *args)


def zfill(x, width):
    if not isinstance(x, basestring):
        x = repr(x)
    return x.zfill(width)


def expandtabs(s, tabsize=8):
    return s.expandtabs(tabsize)


def translate(s, table, deletions=""):
    if deletions or table is None:
        return s.translate(table, deletions)
    # a unicode s takes a mapping: build it from the 256-character table
    return s.translate(table + s[:0])


def capitalize(s):
    return s.capitalize()


def replace(s, old, new, maxreplace=-1):
    return s.replace(old, new, maxreplace)
