"""Configuration files in the Windows INI style: [sections] of
`name = value` (or `name: value`) options, with defaults from [DEFAULT],
continuation lines and %(name)s interpolation.

RawConfigParser does no interpolation, ConfigParser interpolates with the
% operator, SafeConfigParser checks %% and %(name)s references itself."""

from UserDict import DictMixin as _DictMixin

try:
    from collections import OrderedDict as _default_dict
except ImportError:
    _default_dict = None

__all__ = ["NoSectionError", "DuplicateSectionError", "NoOptionError", "InterpolationError",
           "InterpolationDepthError", "InterpolationSyntaxError", "ParsingError",
           "MissingSectionHeaderError", "ConfigParser", "SafeConfigParser", "RawConfigParser",
           "DEFAULTSECT", "MAX_INTERPOLATION_DEPTH"]

DEFAULTSECT = "DEFAULT"

MAX_INTERPOLATION_DEPTH = 10


if _default_dict is None:
    class _default_dict(dict):
        """A dict remembering insertion order (used until collections is
        available)."""

        def __init__(self, *args, **kwargs):
            dict.__init__(self)
            self._order = []
            self.update(*args, **kwargs)

        def __setitem__(self, key, value):
            if key not in self:
                self._order.append(key)
            dict.__setitem__(self, key, value)

        def __delitem__(self, key):
            dict.__delitem__(self, key)
            self._order.remove(key)

        def __iter__(self):
            return iter(self._order[:])

        def keys(self):
            return self._order[:]

        def values(self):
            return [self[k] for k in self._order]

        def items(self):
            return [(k, self[k]) for k in self._order]

        iterkeys = __iter__

        def itervalues(self):
            return iter(self.values())

        def iteritems(self):
            return iter(self.items())

        def update(self, *args, **kwargs):
            for source in args + (kwargs,):
                if hasattr(source, 'keys'):
                    for k in source.keys():
                        self[k] = source[k]
                else:
                    for k, v in source:
                        self[k] = v

        def copy(self):
            return self.__class__(self)

        def pop(self, key, *default):
            if key in self:
                self._order.remove(key)
            return dict.pop(self, key, *default)

        def setdefault(self, key, default=None):
            if key not in self:
                self[key] = default
            return self[key]

        def clear(self):
            dict.clear(self)
            self._order = []

        def __repr__(self):
            return '{%s}' % ', '.join(['%r: %r' % kv for kv in self.items()])


# ---- exceptions -------------------------------------------------------------------

class Error(Exception):
    """Root of this module's exceptions; str() and repr() give the message."""

    # Exception.message is deprecated in 2.6+, so keep our own slot for it.
    message = property(lambda self: self.__message,
                       lambda self, text: setattr(self, '_Error__message', text))

    def __init__(self, msg=''):
        Exception.__init__(self, msg)
        self.__message = msg

    def __repr__(self):
        return self.message

    __str__ = __repr__


def _fill(exc, fields, args):
    """Store the named attributes on exc and make args the given tuple."""
    for name, value in fields:
        setattr(exc, name, value)
    exc.args = args


class NoSectionError(Error):
    """The named section does not exist."""

    def __init__(self, section):
        Error.__init__(self, 'No section: %r' % (section,))
        _fill(self, [('section', section)], (section,))


class DuplicateSectionError(Error):
    """add_section() was given a name already in use."""

    def __init__(self, section):
        Error.__init__(self, "Section %r already exists" % section)
        _fill(self, [('section', section)], (section,))


class NoOptionError(Error):
    """The section (and the defaults) lack the option."""

    def __init__(self, option, section):
        Error.__init__(self, "No option %r in section: %r" % (option, section))
        _fill(self, [('option', option), ('section', section)], (option, section))


class InterpolationError(Error):
    """Something went wrong while expanding %(name)s references."""

    def __init__(self, option, section, msg):
        Error.__init__(self, msg)
        _fill(self, [('option', option), ('section', section)], (option, section, msg))


def _bad_value_text(headline, rows):
    """The multi-line text used by the interpolation errors."""
    return headline + ':\n' + ''.join('\t%s: %s\n' % row for row in rows)


class InterpolationMissingOptionError(InterpolationError):
    """A %(name)s reference names no known option."""

    def __init__(self, option, section, rawval, reference):
        text = _bad_value_text("Bad value substitution",
                               [('section', '[%s]' % section), ('option ', option),
                                ('key    ', reference), ('rawval ', rawval)])
        InterpolationError.__init__(self, option, section, text)
        self.reference = reference
        self.args = (option, section, rawval, reference)


class InterpolationSyntaxError(InterpolationError):
    """A value has a malformed % sequence."""


class InterpolationDepthError(InterpolationError):
    """References kept expanding past MAX_INTERPOLATION_DEPTH levels."""

    def __init__(self, option, section, rawval):
        text = _bad_value_text("Value interpolation too deeply recursive",
                               [('section', '[%s]' % section), ('option ', option),
                                ('rawval ', rawval)])
        InterpolationError.__init__(self, option, section, text)
        self.args = (option, section, rawval)


class ParsingError(Error):
    """Lines that could not be parsed; each is added with append()."""

    def __init__(self, filename):
        Error.__init__(self, 'File contains parsing errors: %s' % filename)
        _fill(self, [('filename', filename), ('errors', [])], (filename,))

    def append(self, lineno, line):
        self.errors.append((lineno, line))
        self.message = self.message + '\n\t[line %2d]: %s' % (lineno, line)


class MissingSectionHeaderError(ParsingError):
    """An option line came before the first [section] line."""

    def __init__(self, filename, lineno, line):
        text = 'File contains no section headers.\nfile: %s, line: %d\n%r' % (filename, lineno, line)
        Error.__init__(self, text)
        _fill(self, [('filename', filename), ('lineno', lineno), ('line', line)],
              (filename, lineno, line))


# ---- line syntax ------------------------------------------------------------------

def _section_header(line):
    """The name in a '[name]' line (text after the ']' is ignored), or None."""
    if not line.startswith('['):
        return None
    end = line.find(']', 1)
    if end <= 1:
        return None
    return line[1:end]


def _option_line(line, allow_no_value):
    """(name, separator, value) of a 'name = value' or 'name: value' line
    (value None for a bare name when allowed), or None."""
    if not line or line[0] in ':=' or line[0].isspace():
        return None
    i = 0
    n = len(line)
    while i < n and line[i] not in ':=':
        i += 1
    if i == n:
        if not allow_no_value:
            return None
        name = line.rstrip('\n').rstrip('\r')
        if '\n' in name:
            return None
        return name.rstrip(), None, None
    value = line[i + 1:]
    nl = value.find('\n')
    if nl >= 0:
        value = value[:nl]
    return line[:i].rstrip(), line[i], value.lstrip()


def _references(value):
    """The (start, end, name) of each %(name)s in value."""
    if not isinstance(value, basestring):
        raise TypeError("expected string or buffer")
    found = []
    start = value.find('%(')
    while start >= 0:
        close = value.find(')', start + 2)
        if close < 0:
            break
        if value[close + 1:close + 2] == 's':
            found.append((start, close + 2, value[start + 2:close]))
            start = value.find('%(', close + 2)
        else:
            start = value.find('%(', start + 2)
    return found


def _is_default(section):
    """Whether section names the defaults (DEFAULT, '' or None)."""
    return not section or section == DEFAULTSECT


def _without_name(mapping):
    """mapping minus the internal '__name__' entry (mapping is changed)."""
    mapping.pop('__name__', None)
    return mapping


def _comment_or_blank(line):
    """Lines the reader skips: blank, '#' or ';' comments and 'rem' lines."""
    if not line.strip() or line[0] in '#;':
        return True
    return line[0] in 'rR' and line.split(None, 1)[0].lower() == 'rem'


def _strip_inline_comment(value):
    """Cut a ' ;comment' tail; a ';' glued to text is kept."""
    # (a leading ';' looks at value[-1], as 2.7 does)
    cut = value.find(';')
    if cut != -1 and value[cut - 1].isspace():
        return value[:cut]
    return value


class RawConfigParser:
    """Reads and writes configuration files; no interpolation."""

    def __init__(self, defaults=None, dict_type=_default_dict, allow_no_value=False):
        self._dict = dict_type
        self._allow_no_value = allow_no_value
        self._sections = dict_type()
        self._defaults = dict_type()
        for key, value in (defaults or {}).items():
            self._defaults[self.optionxform(key)] = value

    # -- querying --------------------------------------------------------------

    def defaults(self):
        return self._defaults

    def sections(self):
        """The section names, without DEFAULT."""
        return self._sections.keys()

    def has_section(self, section):
        """Whether the section exists (DEFAULT never counts)."""
        return section in self._sections

    def _section(self, section):
        """The option dict of an existing section, else NoSectionError."""
        found = self._sections.get(section)
        if found is None:
            raise NoSectionError(section)
        return found

    def _target(self, section):
        """The dict set()/remove_option() act on: the defaults or a section."""
        if _is_default(section):
            return self._defaults
        return self._section(section)

    def options(self, section):
        """The option names of a section, followed by the defaults'."""
        merged = self._section(section).copy()
        merged.update(self._defaults)
        return _without_name(merged).keys()

    def has_option(self, section, option):
        """Whether the option is in the section or the defaults."""
        key = self.optionxform(option)
        if _is_default(section):
            return key in self._defaults
        own = self._sections.get(section)
        if own is None:
            return False
        return key in own or key in self._defaults

    def get(self, section, option):
        key = self.optionxform(option)
        own = self._sections.get(section)
        if own is None and section != DEFAULTSECT:
            raise NoSectionError(section)
        for where in (own or {}), self._defaults:
            if key in where:
                return where[key]
        raise NoOptionError(option, section)

    def items(self, section):
        """(name, value) pairs of a section (with the defaults)."""
        own = self._sections.get(section)
        if own is None:
            if section != DEFAULTSECT:
                raise NoSectionError(section)
            own = self._dict()
        merged = self._defaults.copy()
        merged.update(own)
        return _without_name(merged).items()

    def _get(self, section, conv, option):
        return conv(self.get(section, option))

    def getint(self, section, option):
        return self._get(section, int, option)

    def getfloat(self, section, option):
        return self._get(section, float, option)

    _boolean_states = dict([(word, True) for word in ('1', 'yes', 'true', 'on')] +
                           [(word, False) for word in ('0', 'no', 'false', 'off')])

    def getboolean(self, section, option):
        """1/yes/true/on or 0/no/false/off (any case) as a bool."""
        text = self.get(section, option)
        try:
            return self._boolean_states[text.lower()]
        except KeyError:
            raise ValueError('Not a boolean: %s' % text)

    def optionxform(self, optionstr):
        """How option names are normalised (lower case)."""
        return optionstr.lower()

    # -- changing --------------------------------------------------------------

    def add_section(self, section):
        """Create a new section (DuplicateSectionError if it exists;
        ValueError for 'default' in any case)."""
        if section.lower() == "default":
            raise ValueError('Invalid section name: %s' % section)
        if self.has_section(section):
            raise DuplicateSectionError(section)
        self._sections[section] = self._dict()

    def set(self, section, option, value=None):
        """Set an option (in the defaults for DEFAULT or an empty section)."""
        self._target(section)[self.optionxform(option)] = value

    def remove_option(self, section, option):
        """Remove an option; whether it existed."""
        where = self._target(section)
        key = self.optionxform(option)
        if key not in where:
            return False
        del where[key]
        return True

    def remove_section(self, section):
        """Remove a section; whether it existed."""
        if not self.has_section(section):
            return False
        del self._sections[section]
        return True

    # -- files -----------------------------------------------------------------

    def read(self, filenames):
        """Read the files that exist among filenames (one name or a list);
        the names read successfully."""
        if isinstance(filenames, basestring):
            filenames = [filenames]
        done = []
        for name in filenames:
            try:
                handle = open(name)
            except IOError:
                continue    # a missing file is simply not read
            try:
                self._read(handle, name)
            finally:
                handle.close()
            done.append(name)
        return done

    def readfp(self, fp, filename=None):
        """Read a file-like object (anything with readline())."""
        if filename is None:
            filename = getattr(fp, 'name', '<???>')
        self._read(fp, filename)

    def write(self, fp):
        """Write the configuration in the file format (DEFAULT first)."""
        def emit_section(name, options, skip_name):
            fp.write("[%s]\n" % name)
            for key, value in options.items():
                if skip_name and key == "__name__":
                    continue
                if value is None and self._allow_no_value:
                    fp.write("%s\n" % key)
                else:
                    fp.write("%s = %s\n" % (key, str(value).replace('\n', '\n\t')))
            fp.write("\n")
        if self._defaults:
            emit_section(DEFAULTSECT, self._defaults, False)
        for name in self._sections:
            emit_section(name, self._sections[name], True)

    def _open_section(self, name):
        """The dict that lines under a '[name]' header go into."""
        if name in self._sections:
            return self._sections[name]
        if name == DEFAULTSECT:
            return self._defaults
        fresh = self._dict()
        fresh['__name__'] = name
        self._sections[name] = fresh
        return fresh

    def _read(self, fp, fpname):
        """Parse the lines of fp.  Values are gathered as lists of lines
        (continuations append) and joined at the end; every bad line goes
        into a single ParsingError raised after the whole file is read."""
        current = None      # dict of the section being filled
        last = None         # option that continuation lines extend
        problems = None
        lineno = 0
        for line in iter(fp.readline, ''):
            lineno += 1
            if _comment_or_blank(line):
                continue
            if line[0].isspace() and current is not None and last:
                more = line.strip()
                if more:
                    current[last].append(more)
                continue
            header = _section_header(line)
            if header is not None:
                current = self._open_section(header)
                last = None
                continue
            if current is None:
                raise MissingSectionHeaderError(fpname, lineno, line)
            parsed = _option_line(line, self._allow_no_value)
            if not parsed:
                if problems is None:
                    problems = ParsingError(fpname)
                problems.append(lineno, repr(line))
                continue
            name, sep, value = parsed
            last = self.optionxform(name.rstrip())
            if value is None:
                current[last] = None
                continue
            value = _strip_inline_comment(value).strip()
            if value == '""':
                value = ''
            current[last] = [value]
        if problems is not None:
            raise problems
        for options in [self._defaults] + list(self._sections.values()):
            for name, value in options.items():
                if isinstance(value, list):
                    options[name] = '\n'.join(value)


class _Chainmap(_DictMixin):
    """Read-only view looking a key up in several mappings, first hit wins;
    DictMixin derives the rest of the mapping API from these two methods."""

    def __init__(self, *maps):
        self._maps = maps

    def __getitem__(self, key):
        for mapping in self._maps:
            if key in mapping:
                return mapping[key]
        raise KeyError(key)

    def keys(self):
        order = []
        for mapping in self._maps:
            order.extend([key for key in mapping if key not in order])
        return order


class ConfigParser(RawConfigParser):
    """A RawConfigParser whose values interpolate %(name)s from the same
    section, the defaults and vars."""

    def _xform_vars(self, vars):
        return dict([(self.optionxform(k), v) for k, v in (vars or {}).items()])

    def get(self, section, option, raw=False, vars=None):
        own = self._sections.get(section)
        if own is None:
            if section != DEFAULTSECT:
                raise NoSectionError(section)
            own = {}
        lookup = _Chainmap(self._xform_vars(vars), own, self._defaults)
        key = self.optionxform(option)
        try:
            value = lookup[key]
        except KeyError:
            raise NoOptionError(key, section)
        if value is None or raw:
            return value
        return self._interpolate(section, key, value, lookup)

    def items(self, section, raw=False, vars=None):
        merged = self._defaults.copy()
        own = self._sections.get(section)
        if own is not None:
            merged.update(own)
        elif section != DEFAULTSECT:
            raise NoSectionError(section)
        for key, value in (vars or {}).items():
            merged[self.optionxform(key)] = value
        names = [name for name in merged.keys() if name != "__name__"]
        pairs = []
        for name in names:
            value = merged[name]
            if not raw:
                value = self._interpolate(section, name, value, merged)
            pairs.append((name, value))
        return pairs

    def _interpolate(self, section, option, rawval, vars):
        # Apply '%' repeatedly so references inside substituted values
        # expand too; still seeing '%(' after the limit means a cycle.
        value = rawval
        for _ in range(MAX_INTERPOLATION_DEPTH):
            if not value or "%(" not in value:
                return value
            try:
                value = self._normalise_references(value) % vars
            except KeyError, e:
                raise InterpolationMissingOptionError(option, section, rawval, e.args[0])
        if value and "%(" in value:
            raise InterpolationDepthError(option, section, rawval)
        return value

    def _normalise_references(self, value):
        """value with each %(name)s's name passed through optionxform."""
        out = []
        pos = 0
        for start, end, name in _references(value):
            out.append(value[pos:start])
            out.append("%%(%s)s" % self.optionxform(name))
            pos = end
        return ''.join(out) + value[pos:]


class SafeConfigParser(ConfigParser):
    """A ConfigParser that interpolates by itself: %% is a percent sign,
    %(name)s a reference, any other % an error."""

    def _interpolate(self, section, option, rawval, vars):
        pieces = []
        self._interpolate_some(option, pieces, rawval, section, vars, 1)
        return ''.join(pieces)

    def _interpolate_some(self, option, accum, rest, section, map, depth):
        if depth > MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(option, section, rest)
        while rest:
            pct = rest.find("%")
            if pct < 0:
                accum.append(rest)
                break
            accum.append(rest[:pct])
            rest = rest[pct:]
            follower = rest[1:2]
            if follower == "%":
                accum.append("%")
                rest = rest[2:]
                continue
            if follower != "(":
                raise InterpolationSyntaxError(
                    option, section,
                    "'%%' must be followed by '%%' or '(', found: %r" % (rest,))
            close = rest.find(")", 2)
            if close <= 2 or rest[close + 1:close + 2] != "s":
                raise InterpolationSyntaxError(
                    option, section, "bad interpolation variable reference %r" % rest)
            name = self.optionxform(rest[2:close])
            rest = rest[close + 2:]
            try:
                text = map[name]
            except KeyError:
                raise InterpolationMissingOptionError(option, section, rest, name)
            if "%" in text:
                self._interpolate_some(option, accum, text, section, map, depth + 1)
            else:
                accum.append(text)

    def set(self, section, option, value=None):
        """Set an option, refusing values with a stray %."""
        if value or not self._allow_no_value:
            if not isinstance(value, basestring):
                raise TypeError("option values must be strings")
        if value is not None:
            # what is left once %% and %(name)s are gone must hold no '%'
            leftover = value.replace('%%', '')
            for start, end, name in reversed(_references(leftover)):
                if name:
                    leftover = leftover[:start] + leftover[end:]
            where = leftover.find('%')
            if where >= 0:
                raise ValueError("invalid interpolation syntax in %r at position %d"
                                 % (value, where))
        ConfigParser.set(self, section, option, value)
