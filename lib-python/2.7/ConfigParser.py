"""Configuration files in the Windows INI style: [sections] of
`name = value` (or `name: value`) options, with defaults from [DEFAULT],
continuation lines and %(name)s interpolation.

RawConfigParser does no interpolation, ConfigParser interpolates with the
% operator, SafeConfigParser checks %% and %(name)s references itself."""

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
    """Base class for ConfigParser exceptions."""

    def _get_message(self):
        return self.__message

    def _set_message(self, value):
        self.__message = value

    message = property(_get_message, _set_message)

    def __init__(self, msg=''):
        self.message = msg
        Exception.__init__(self, msg)

    def __repr__(self):
        return self.message

    __str__ = __repr__


class NoSectionError(Error):
    """Raised when no section matches a requested option."""

    def __init__(self, section):
        Error.__init__(self, 'No section: %r' % (section,))
        self.section = section
        self.args = (section, )


class DuplicateSectionError(Error):
    """Raised when a section is added twice."""

    def __init__(self, section):
        Error.__init__(self, "Section %r already exists" % section)
        self.section = section
        self.args = (section, )


class NoOptionError(Error):
    """A requested option was not found."""

    def __init__(self, option, section):
        Error.__init__(self, "No option %r in section: %r" % (option, section))
        self.option = option
        self.section = section
        self.args = (option, section)


class InterpolationError(Error):
    """Base class for interpolation-related exceptions."""

    def __init__(self, option, section, msg):
        Error.__init__(self, msg)
        self.option = option
        self.section = section
        self.args = (option, section, msg)


class InterpolationMissingOptionError(InterpolationError):
    """A string substitution required a setting which was not available."""

    def __init__(self, option, section, rawval, reference):
        msg = ("Bad value substitution:\n\tsection: [%s]\n\toption : %s\n\tkey    : %s\n\trawval : %s\n"
               % (section, option, reference, rawval))
        InterpolationError.__init__(self, option, section, msg)
        self.reference = reference
        self.args = (option, section, rawval, reference)


class InterpolationSyntaxError(InterpolationError):
    """Raised when the source text into which substitutions are made does
    not conform to the required syntax."""


class InterpolationDepthError(InterpolationError):
    """Raised when substitutions are nested too deeply."""

    def __init__(self, option, section, rawval):
        msg = ("Value interpolation too deeply recursive:\n\tsection: [%s]\n\toption : %s\n\trawval : %s\n"
               % (section, option, rawval))
        InterpolationError.__init__(self, option, section, msg)
        self.args = (option, section, rawval)


class ParsingError(Error):
    """Raised when a configuration file does not follow legal syntax."""

    def __init__(self, filename):
        Error.__init__(self, 'File contains parsing errors: %s' % filename)
        self.filename = filename
        self.errors = []
        self.args = (filename, )

    def append(self, lineno, line):
        self.errors.append((lineno, line))
        self.message += '\n\t[line %2d]: %s' % (lineno, line)


class MissingSectionHeaderError(ParsingError):
    """Raised when a key-value pair is found before any section header."""

    def __init__(self, filename, lineno, line):
        Error.__init__(self, 'File contains no section headers.\nfile: %s, line: %d\n%r'
                       % (filename, lineno, line))
        self.filename = filename
        self.lineno = lineno
        self.line = line
        self.args = (filename, lineno, line)


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


class RawConfigParser:
    """Reads and writes configuration files; no interpolation."""

    def __init__(self, defaults=None, dict_type=_default_dict, allow_no_value=False):
        self._dict = dict_type
        self._sections = self._dict()
        self._defaults = self._dict()
        self._allow_no_value = allow_no_value
        if defaults:
            for key, value in defaults.items():
                self._defaults[self.optionxform(key)] = value

    def defaults(self):
        return self._defaults

    def sections(self):
        """The section names, without DEFAULT."""
        return self._sections.keys()

    def add_section(self, section):
        """Create a new section (DuplicateSectionError if it exists;
        ValueError for 'default' in any case)."""
        if section.lower() == "default":
            raise ValueError('Invalid section name: %s' % section)
        if section in self._sections:
            raise DuplicateSectionError(section)
        self._sections[section] = self._dict()

    def has_section(self, section):
        """Whether the section exists (DEFAULT never counts)."""
        return section in self._sections

    def options(self, section):
        """The option names of a section, followed by the defaults'."""
        try:
            opts = self._sections[section].copy()
        except KeyError:
            raise NoSectionError(section)
        opts.update(self._defaults)
        if '__name__' in opts:
            del opts['__name__']
        return opts.keys()

    def read(self, filenames):
        """Read the files that exist among filenames (one name or a list);
        the names read successfully."""
        if isinstance(filenames, basestring):
            filenames = [filenames]
        read_ok = []
        for filename in filenames:
            try:
                fp = open(filename)
            except IOError:
                continue
            self._read(fp, filename)
            fp.close()
            read_ok.append(filename)
        return read_ok

    def readfp(self, fp, filename=None):
        """Read a file-like object (anything with readline())."""
        if filename is None:
            try:
                filename = fp.name
            except AttributeError:
                filename = '<???>'
        self._read(fp, filename)

    def get(self, section, option):
        opt = self.optionxform(option)
        if section not in self._sections:
            if section != DEFAULTSECT:
                raise NoSectionError(section)
            if opt in self._defaults:
                return self._defaults[opt]
            raise NoOptionError(option, section)
        elif opt in self._sections[section]:
            return self._sections[section][opt]
        elif opt in self._defaults:
            return self._defaults[opt]
        else:
            raise NoOptionError(option, section)

    def items(self, section):
        """(name, value) pairs of a section (with the defaults)."""
        try:
            d2 = self._sections[section]
        except KeyError:
            if section != DEFAULTSECT:
                raise NoSectionError(section)
            d2 = self._dict()
        d = self._defaults.copy()
        d.update(d2)
        if "__name__" in d:
            del d["__name__"]
        return d.items()

    def _get(self, section, conv, option):
        return conv(self.get(section, option))

    def getint(self, section, option):
        return self._get(section, int, option)

    def getfloat(self, section, option):
        return self._get(section, float, option)

    _boolean_states = {'1': True, 'yes': True, 'true': True, 'on': True,
                       '0': False, 'no': False, 'false': False, 'off': False}

    def getboolean(self, section, option):
        """1/yes/true/on or 0/no/false/off (any case) as a bool."""
        v = self.get(section, option)
        if v.lower() not in self._boolean_states:
            raise ValueError('Not a boolean: %s' % v)
        return self._boolean_states[v.lower()]

    def optionxform(self, optionstr):
        """How option names are normalised (lower case)."""
        return optionstr.lower()

    def has_option(self, section, option):
        """Whether the option is in the section or the defaults."""
        if not section or section == DEFAULTSECT:
            option = self.optionxform(option)
            return option in self._defaults
        elif section not in self._sections:
            return False
        else:
            option = self.optionxform(option)
            return option in self._sections[section] or option in self._defaults

    def set(self, section, option, value=None):
        """Set an option (in the defaults for DEFAULT or an empty section)."""
        if not section or section == DEFAULTSECT:
            sectdict = self._defaults
        else:
            try:
                sectdict = self._sections[section]
            except KeyError:
                raise NoSectionError(section)
        sectdict[self.optionxform(option)] = value

    def write(self, fp):
        """Write the configuration in the file format (DEFAULT first)."""
        if self._defaults:
            fp.write("[%s]\n" % DEFAULTSECT)
            for (key, value) in self._defaults.items():
                fp.write("%s = %s\n" % (key, str(value).replace('\n', '\n\t')))
            fp.write("\n")
        for section in self._sections:
            fp.write("[%s]\n" % section)
            for (key, value) in self._sections[section].items():
                if key == "__name__":
                    continue
                if (value is not None) or not self._allow_no_value:
                    key = " = ".join((key, str(value).replace('\n', '\n\t')))
                fp.write("%s\n" % (key))
            fp.write("\n")

    def remove_option(self, section, option):
        """Remove an option; whether it existed."""
        if not section or section == DEFAULTSECT:
            sectdict = self._defaults
        else:
            try:
                sectdict = self._sections[section]
            except KeyError:
                raise NoSectionError(section)
        option = self.optionxform(option)
        existed = option in sectdict
        if existed:
            del sectdict[option]
        return existed

    def remove_section(self, section):
        """Remove a section; whether it existed."""
        existed = section in self._sections
        if existed:
            del self._sections[section]
        return existed

    def _read(self, fp, fpname):
        """Parse the lines of fp: comments (#, ;, 'rem'), [section] headers,
        options and indented continuation lines; all the syntax errors are
        collected into one ParsingError."""
        cursect = None
        optname = None
        lineno = 0
        e = None
        while True:
            line = fp.readline()
            if not line:
                break
            lineno = lineno + 1
            if line.strip() == '' or line[0] in '#;':
                continue
            if line.split(None, 1)[0].lower() == 'rem' and line[0] in "rR":
                continue
            if line[0].isspace() and cursect is not None and optname:
                value = line.strip()
                if value:
                    cursect[optname].append(value)
                continue
            sectname = _section_header(line)
            if sectname is not None:
                if sectname in self._sections:
                    cursect = self._sections[sectname]
                elif sectname == DEFAULTSECT:
                    cursect = self._defaults
                else:
                    cursect = self._dict()
                    cursect['__name__'] = sectname
                    self._sections[sectname] = cursect
                optname = None
            elif cursect is None:
                raise MissingSectionHeaderError(fpname, lineno, line)
            else:
                mo = _option_line(line, self._allow_no_value)
                if mo:
                    optname, vi, optval = mo
                    optname = self.optionxform(optname.rstrip())
                    if optval is not None:
                        if vi in ('=', ':') and ';' in optval:
                            # ';' starts a comment only after a blank
                            pos = optval.find(';')
                            if pos != -1 and optval[pos - 1].isspace():
                                optval = optval[:pos]
                        optval = optval.strip()
                        if optval == '""':
                            optval = ''
                        cursect[optname] = [optval]
                    else:
                        cursect[optname] = optval
                else:
                    if not e:
                        e = ParsingError(fpname)
                    e.append(lineno, repr(line))
        if e:
            raise e
        all_sections = [self._defaults]
        all_sections.extend(self._sections.values())
        for options in all_sections:
            for name, val in options.items():
                if isinstance(val, list):
                    options[name] = '\n'.join(val)


class _Chainmap(object):
    """Looks a key up in several mappings in turn."""

    def __init__(self, *maps):
        self._maps = maps

    def __getitem__(self, key):
        for mapping in self._maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        raise KeyError(key)

    def keys(self):
        result = []
        seen = set()
        for mapping in self._maps:
            for key in mapping:
                if key not in seen:
                    result.append(key)
                    seen.add(key)
        return result


class ConfigParser(RawConfigParser):
    """A RawConfigParser whose values interpolate %(name)s from the same
    section, the defaults and vars."""

    def get(self, section, option, raw=False, vars=None):
        sectiondict = {}
        try:
            sectiondict = self._sections[section]
        except KeyError:
            if section != DEFAULTSECT:
                raise NoSectionError(section)
        vardict = {}
        if vars:
            for key, value in vars.items():
                vardict[self.optionxform(key)] = value
        d = _Chainmap(vardict, sectiondict, self._defaults)
        option = self.optionxform(option)
        try:
            value = d[option]
        except KeyError:
            raise NoOptionError(option, section)
        if raw or value is None:
            return value
        return self._interpolate(section, option, value, d)

    def items(self, section, raw=False, vars=None):
        d = self._defaults.copy()
        try:
            d.update(self._sections[section])
        except KeyError:
            if section != DEFAULTSECT:
                raise NoSectionError(section)
        if vars:
            for key, value in vars.items():
                d[self.optionxform(key)] = value
        options = d.keys()
        if "__name__" in options:
            options.remove("__name__")
        if raw:
            return [(option, d[option]) for option in options]
        return [(option, self._interpolate(section, option, d[option], d)) for option in options]

    def _interpolate(self, section, option, rawval, vars):
        value = rawval
        depth = MAX_INTERPOLATION_DEPTH
        while depth:
            depth -= 1
            if value and "%(" in value:
                value = self._normalise_references(value)
                try:
                    value = value % vars
                except KeyError, e:
                    raise InterpolationMissingOptionError(option, section, rawval, e.args[0])
            else:
                break
        if value and "%(" in value:
            raise InterpolationDepthError(option, section, rawval)
        return value

    def _normalise_references(self, value):
        """value with each %(name)s's name passed through optionxform."""
        parts = []
        last = 0
        for start, end, name in _references(value):
            parts.append(value[last:start])
            parts.append("%%(%s)s" % self.optionxform(name))
            last = end
        parts.append(value[last:])
        return ''.join(parts)


class SafeConfigParser(ConfigParser):
    """A ConfigParser that interpolates by itself: %% is a percent sign,
    %(name)s a reference, any other % an error."""

    def _interpolate(self, section, option, rawval, vars):
        L = []
        self._interpolate_some(option, L, rawval, section, vars, 1)
        return ''.join(L)

    def _interpolate_some(self, option, accum, rest, section, map, depth):
        if depth > MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(option, section, rest)
        while rest:
            p = rest.find("%")
            if p < 0:
                accum.append(rest)
                return
            if p > 0:
                accum.append(rest[:p])
                rest = rest[p:]
            c = rest[1:2]
            if c == "%":
                accum.append("%")
                rest = rest[2:]
            elif c == "(":
                close = rest.find(")", 2)
                if close <= 2 or rest[close + 1:close + 2] != "s":
                    raise InterpolationSyntaxError(option, section,
                                                   "bad interpolation variable reference %r" % rest)
                var = self.optionxform(rest[2:close])
                rest = rest[close + 2:]
                try:
                    v = map[var]
                except KeyError:
                    raise InterpolationMissingOptionError(option, section, rest, var)
                if "%" in v:
                    self._interpolate_some(option, accum, v, section, map, depth + 1)
                else:
                    accum.append(v)
            else:
                raise InterpolationSyntaxError(option, section,
                                               "'%%' must be followed by '%%' or '(', found: %r" % (rest,))

    def set(self, section, option, value=None):
        """Set an option, refusing values with a stray %."""
        if not self._allow_no_value or value:
            if not isinstance(value, basestring):
                raise TypeError("option values must be strings")
        if value is not None:
            tmp_value = value.replace('%%', '')
            parts = []
            last = 0
            for start, end, name in _references(tmp_value):
                if name:
                    parts.append(tmp_value[last:start])
                    last = end
            parts.append(tmp_value[last:])
            tmp_value = ''.join(parts)
            if '%' in tmp_value:
                raise ValueError("invalid interpolation syntax in %r at position %d"
                                 % (value, tmp_value.find('%')))
        ConfigParser.set(self, section, option, value)
