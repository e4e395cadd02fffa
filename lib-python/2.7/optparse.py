"""Declarative command-line option parsing.

Describe the options a program accepts with OptionParser.add_option(); then
parse_args() returns a Values object carrying one attribute per destination
together with the list of positional arguments left over.  Help and usage
texts are generated from the declarations; a bad command line prints the
usage plus an error message to stderr and exits with status 2.

    parser = OptionParser(usage="%prog [options] FILE...")
    parser.add_option("-o", "--output", dest="output", metavar="PATH",
                      help="where to write the result")
    options, args = parser.parse_args()
"""

__version__ = "1.5.3"

__all__ = ['Option', 'make_option', 'SUPPRESS_HELP', 'SUPPRESS_USAGE', 'Values',
           'OptionContainer', 'OptionGroup', 'OptionParser', 'HelpFormatter',
           'IndentedHelpFormatter', 'TitledHelpFormatter', 'OptParseError',
           'OptionError', 'OptionConflictError', 'OptionValueError', 'BadOptionError']

__copyright__ = "optparse (Optik) by Gregory P. Ward; this implementation written for this project."

import sys
import types


def gettext(message):
    # No message catalogues are installed, so translation is the identity.
    return message

_ = gettext


def _repr(self):
    # Shared __repr__ of Option and Values: class name, address, str().
    return "<%s at 0x%x: %s>" % (self.__class__.__name__, id(self), self)


def isbasestring(x):
    return isinstance(x, (types.StringType, types.UnicodeType))


# ---- errors -----------------------------------------------------------------

class OptParseError(Exception):
    """Base class of everything this module raises."""

    def __init__(self, msg):
        self.msg = msg

    def __str__(self):
        return self.msg


class OptionError(OptParseError):
    """An Option was declared with bad or contradictory attributes."""

    def __init__(self, msg, option):
        self.msg = msg
        self.option_id = str(option)

    def __str__(self):
        if not self.option_id:
            return self.msg
        return "option %s: %s" % (self.option_id, self.msg)


class OptionConflictError(OptionError):
    """An option string was declared twice under the 'error' conflict policy."""


class OptionValueError(OptParseError):
    """A value given on the command line does not suit its option."""


class BadOptionError(OptParseError):
    """The command line names an option nobody declared."""

    def __init__(self, opt_str):
        self.opt_str = opt_str

    def __str__(self):
        return _("no such option: %s") % self.opt_str


class AmbiguousOptionError(BadOptionError):
    """An abbreviated long option fits several declared ones."""

    def __init__(self, opt_str, possibilities):
        BadOptionError.__init__(self, opt_str)
        self.possibilities = possibilities

    def __str__(self):
        names = ", ".join(self.possibilities)
        return _("ambiguous option: %s (%s?)") % (self.opt_str, names)


# ---- help formatting ----------------------------------------------------------

def _default_width():
    # Two columns narrower than the terminal ($COLUMNS, else 80).
    import os
    try:
        columns = int(os.environ['COLUMNS'])
    except (KeyError, ValueError):
        columns = 80
    return columns - 2


class HelpFormatter:
    """Turns a parser's declarations into help text.

    Subclasses decide how usage lines and headings look (format_usage,
    format_heading); this class lays out the option list: option strings
    in a left column, help text wrapped in a right column starting at
    `help_position`.
    """

    NO_DEFAULT_VALUE = "none"

    def __init__(self, indent_increment, max_help_position, width, short_first):
        self.parser = None
        self.indent_increment = indent_increment
        if width is None:
            width = _default_width()
        self.width = width
        limit = min(max_help_position, max(width - 20, indent_increment * 2))
        self.max_help_position = limit
        self.help_position = limit
        self.help_width = None          # known once store_option_strings ran
        self.short_first = short_first
        self.current_indent = self.level = 0
        self.option_strings = {}        # Option -> rendered option strings
        self._long_opt_fmt = "%s=%s"
        self._short_opt_fmt = "%s %s"
        self.default_tag = "%default"

    def set_parser(self, parser):
        self.parser = parser

    def set_short_opt_delimiter(self, delim):
        if delim != "" and delim != " ":
            raise ValueError("invalid metavar delimiter for short options: %r" % delim)
        self._short_opt_fmt = "%s" + delim + "%s"

    def set_long_opt_delimiter(self, delim):
        if delim != "=" and delim != " ":
            raise ValueError("invalid metavar delimiter for long options: %r" % delim)
        self._long_opt_fmt = "%s" + delim + "%s"

    def indent(self):
        self.level += 1
        self.current_indent += self.indent_increment

    def dedent(self):
        self.level -= 1
        self.current_indent -= self.indent_increment
        assert self.current_indent >= 0, "Indent decreased below 0."

    def format_usage(self, usage):
        raise NotImplementedError("subclasses must implement")

    def format_heading(self, heading):
        raise NotImplementedError("subclasses must implement")

    def _format_text(self, text):
        """Fill a paragraph at the current indentation."""
        import textwrap
        pad = " " * self.current_indent
        return textwrap.fill(text, max(self.width - self.current_indent, 11),
                             initial_indent=pad, subsequent_indent=pad)

    def format_description(self, description):
        if not description:
            return ""
        return self._format_text(description) + "\n"

    def format_epilog(self, epilog):
        if not epilog:
            return ""
        return "\n" + self._format_text(epilog) + "\n"

    def expand_default(self, option):
        """option.help with the default tag replaced by the current default."""
        if self.parser is None or not self.default_tag:
            return option.help
        shown = self.parser.defaults.get(option.dest)
        if shown is None or shown is NO_DEFAULT:
            shown = self.NO_DEFAULT_VALUE
        return option.help.replace(self.default_tag, str(shown))

    def format_option(self, option):
        """One option's entry: its strings, then its help in the right column.

        Option strings too wide for the left column get a line of their
        own and the help starts on the next line.
        """
        import textwrap
        label = self.option_strings[option]
        column = self.help_position - self.current_indent - 2
        lead = " " * self.current_indent
        if len(label) > column:
            head = lead + label + "\n"
            first_pad = self.help_position
        else:
            head = lead + label.ljust(column) + "  "
            first_pad = 0
        if not option.help:
            if head.endswith("\n"):
                return head
            return head + "\n"
        lines = textwrap.wrap(self.expand_default(option), self.help_width)
        pieces = [head, " " * first_pad + lines[0] + "\n"]
        rest_pad = " " * self.help_position
        for line in lines[1:]:
            pieces.append(rest_pad + line + "\n")
        return "".join(pieces)

    def _remember_strings(self, options, widest):
        for option in options:
            label = self.format_option_strings(option)
            self.option_strings[option] = label
            widest = max(widest, self.current_indent + len(label))
        return widest

    def store_option_strings(self, parser):
        """Render every option's strings and size the columns to fit them."""
        self.indent()
        widest = self._remember_strings(parser.option_list, 0)
        self.indent()
        for group in parser.option_groups:
            widest = self._remember_strings(group.option_list, widest)
        self.dedent()
        self.dedent()
        self.help_position = min(widest + 2, self.max_help_position)
        self.help_width = max(self.width - self.help_position, 11)

    def format_option_strings(self, option):
        """'-f FILE, --file=FILE' (order per short_first)."""
        shorts = option._short_opts
        longs = option._long_opts
        if option.takes_value():
            placeholder = option.metavar or option.dest.upper()
            shorts = [self._short_opt_fmt % (s, placeholder) for s in shorts]
            longs = [self._long_opt_fmt % (l, placeholder) for l in longs]
        if self.short_first:
            ordered = shorts + longs
        else:
            ordered = longs + shorts
        return ", ".join(ordered)


class IndentedHelpFormatter(HelpFormatter):
    """The default look: 'Usage: ...' and headings followed by a colon."""

    def __init__(self, indent_increment=2, max_help_position=24, width=None, short_first=1):
        HelpFormatter.__init__(self, indent_increment, max_help_position, width, short_first)

    def format_usage(self, usage):
        return _("Usage: %s\n") % usage

    def format_heading(self, heading):
        return " " * self.current_indent + heading + ":\n"


class TitledHelpFormatter(HelpFormatter):
    """Headings underlined with '=' (top level) or '-' (groups)."""

    def __init__(self, indent_increment=0, max_help_position=24, width=None, short_first=0):
        HelpFormatter.__init__(self, indent_increment, max_help_position, width, short_first)

    def format_usage(self, usage):
        return "%s  %s\n" % (self.format_heading(_("Usage")), usage)

    def format_heading(self, heading):
        rule = "=-"[self.level] * len(heading)
        return heading + "\n" + rule + "\n"


# ---- value conversion ---------------------------------------------------------

def _parse_num(val, type):
    """Convert `val` with constructor `type`, honouring C-style prefixes.

    '0x..' is hexadecimal, '0b..' binary, any other leading '0' octal.
    """
    prefix = val[:2].lower()
    if prefix == "0b":
        return type(val[2:] or "0", 2)
    if prefix == "0x":
        base = 16
    elif val.startswith("0"):
        base = 8
    else:
        base = 10
    return type(val, base)


def _parse_int(val):
    return _parse_num(val, int)


def _parse_long(val):
    return _parse_num(val, long)


_builtin_cvt = {
    "int": (_parse_int, _("integer")),
    "long": (_parse_long, _("long integer")),
    "float": (float, _("floating-point")),
    "complex": (complex, _("complex")),
}


def check_builtin(option, opt, value):
    """Type checker of the numeric types."""
    convert, noun = _builtin_cvt[option.type]
    try:
        return convert(value)
    except ValueError:
        raise OptionValueError(_("option %s: invalid %s value: %r") % (opt, noun, value))


def check_choice(option, opt, value):
    """Type checker of type 'choice'."""
    if value not in option.choices:
        listed = ", ".join([repr(c) for c in option.choices])
        raise OptionValueError(_("option %s: invalid choice: %r (choose from %s)")
                               % (opt, value, listed))
    return value


# Marks an Option whose default was not given (None is a legitimate default).
NO_DEFAULT = ("NO", "DEFAULT")


# ---- Option -------------------------------------------------------------------

class Option:
    """One declared option: its strings ('-f', '--file') and attributes.

    Behaviour is steered by class-level tables (ACTIONS, TYPES,
    TYPE_CHECKER, ...) that subclasses may extend, and by CHECK_METHODS,
    the validations run in order when an option is created.
    """

    ATTRS = ['action', 'type', 'dest', 'default', 'nargs', 'const', 'choices',
             'callback', 'callback_args', 'callback_kwargs', 'help', 'metavar']

    ACTIONS = ("store", "store_const", "store_true", "store_false", "append",
               "append_const", "count", "callback", "help", "version")

    # Actions that write something to a destination.
    STORE_ACTIONS = ("store", "store_const", "store_true", "store_false", "append",
                     "append_const", "count")

    # Actions that may take a typed value, and those that always do.
    TYPED_ACTIONS = ("store", "append", "callback")
    ALWAYS_TYPED_ACTIONS = ("store", "append")

    # Actions that use the 'const' attribute.
    CONST_ACTIONS = ("store_const", "append_const")

    TYPES = ("string", "int", "long", "float", "complex", "choice")

    # Type name -> function(option, opt_string, value) returning the converted
    # value or raising OptionValueError.  Types without an entry pass through.
    TYPE_CHECKER = {"int": check_builtin, "long": check_builtin, "float": check_builtin,
                    "complex": check_builtin, "choice": check_choice}

    CHECK_METHODS = None

    def __init__(self, *opts, **attrs):
        self._short_opts = []
        self._long_opts = []
        self._set_opt_strings(self._check_opt_strings(opts))
        self._set_attrs(attrs)
        for check in self.CHECK_METHODS:
            check(self)

    def _check_opt_strings(self, opts):
        given = [o for o in opts if o]
        if not given:
            raise TypeError("at least one option string must be supplied")
        return given

    def _set_opt_strings(self, opts):
        for text in opts:
            size = len(text)
            if size < 2:
                raise OptionError("invalid option string %r: "
                                  "must be at least two characters long" % text, self)
            if size == 2:
                if text[0] != "-" or text[1] == "-":
                    raise OptionError("invalid short option string %r: must be "
                                      "of the form -x, (x any non-dash char)" % text, self)
                self._short_opts.append(text)
            elif text.startswith("--") and text[2] != "-":
                self._long_opts.append(text)
            else:
                raise OptionError("invalid long option string %r: "
                                  "must start with --, followed by non-dash" % text, self)

    def _set_attrs(self, attrs):
        unknown = dict(attrs)
        for name in self.ATTRS:
            if name in unknown:
                value = unknown.pop(name)
            elif name == 'default':
                value = NO_DEFAULT
            else:
                value = None
            setattr(self, name, value)
        if unknown:
            names = sorted(unknown.keys())
            raise OptionError("invalid keyword arguments: %s" % ", ".join(names), self)

    # -- validations run at construction (see CHECK_METHODS) --

    def _check_action(self):
        if self.action is not None:
            if self.action not in self.ACTIONS:
                raise OptionError("invalid action: %r" % self.action, self)
        else:
            self.action = "store"

    def _check_type(self):
        if self.type is None:
            if self.action in self.ALWAYS_TYPED_ACTIONS:
                self.type = "string" if self.choices is None else "choice"
            return
        # Builtin types/converters (int, str, float...) stand for their names.
        import __builtin__
        kind = self.type
        name = getattr(kind, "__name__", None)
        if type(kind) is types.TypeType or \
                (name is not None and getattr(__builtin__, name, None) is kind):
            self.type = name
        if self.type == "str":
            self.type = "string"
        if self.type not in self.TYPES:
            raise OptionError("invalid option type: %r" % self.type, self)
        if self.action not in self.TYPED_ACTIONS:
            raise OptionError("must not supply a type for action %r" % self.action, self)

    def _check_choice(self):
        if self.type != "choice":
            if self.choices is not None:
                raise OptionError("must not supply choices for type %r" % self.type, self)
            return
        if self.choices is None:
            raise OptionError("must supply a list of choices for type 'choice'", self)
        if type(self.choices) not in (types.TupleType, types.ListType):
            kind = str(type(self.choices)).split("'")[1]
            raise OptionError("choices must be a list of strings ('%s' supplied)" % kind, self)

    def _check_dest(self):
        if self.dest is not None:
            return
        if self.action in self.STORE_ACTIONS or self.type is not None:
            # Derive it from the first long option, else the first short one.
            if self._long_opts:
                self.dest = self._long_opts[0][2:].replace('-', '_')
            else:
                self.dest = self._short_opts[0][1]

    def _check_const(self):
        if self.const is not None and self.action not in self.CONST_ACTIONS:
            raise OptionError("'const' must not be supplied for action %r" % self.action, self)

    def _check_nargs(self):
        if self.action not in self.TYPED_ACTIONS:
            if self.nargs is not None:
                raise OptionError("'nargs' must not be supplied for action %r"
                                  % self.action, self)
        elif self.nargs is None:
            self.nargs = 1

    def _check_callback(self):
        if self.action != "callback":
            if self.callback is not None:
                raise OptionError("callback supplied (%r) for non-callback option"
                                  % self.callback, self)
            for extra in ("callback_args", "callback_kwargs"):
                if getattr(self, extra) is not None:
                    raise OptionError("%s supplied for non-callback option" % extra, self)
            return
        if not hasattr(self.callback, '__call__'):
            raise OptionError("callback not callable: %r" % self.callback, self)
        for extra, kind, noun in (("callback_args", types.TupleType, "tuple"),
                                  ("callback_kwargs", types.DictType, "dict")):
            given = getattr(self, extra)
            if given is not None and type(given) is not kind:
                raise OptionError("%s, if supplied, must be a %s: not %r"
                                  % (extra, noun, given), self)

    CHECK_METHODS = [_check_action, _check_type, _check_choice, _check_dest,
                     _check_const, _check_nargs, _check_callback]

    # -- inspection --

    def takes_value(self):
        return self.type is not None

    def __str__(self):
        # e.g. "-f/--file"
        return "/".join(self._short_opts + self._long_opts)

    __repr__ = _repr

    def get_opt_string(self):
        """The preferred spelling: first long option, else first short one."""
        return (self._long_opts or self._short_opts)[0]

    # -- processing a parsed occurrence --

    def check_value(self, opt, value):
        checker = self.TYPE_CHECKER.get(self.type)
        if checker is None:
            return value
        return checker(self, opt, value)

    def convert_value(self, opt, value):
        if value is None:
            return None
        if self.nargs == 1:
            return self.check_value(opt, value)
        return tuple([self.check_value(opt, item) for item in value])

    def process(self, opt, value, values, parser):
        converted = self.convert_value(opt, value)
        return self.take_action(self.action, self.dest, opt, converted, values, parser)

    def take_action(self, action, dest, opt, value, values, parser):
        """Perform `action`; returns 1.  Subclasses add actions by overriding."""
        if action in ("store", "store_const", "store_true", "store_false"):
            stored = {"store": value, "store_const": self.const,
                      "store_true": True, "store_false": False}[action]
            setattr(values, dest, stored)
        elif action in ("append", "append_const"):
            item = value if action == "append" else self.const
            values.ensure_value(dest, []).append(item)
        elif action == "count":
            setattr(values, dest, values.ensure_value(dest, 0) + 1)
        elif action == "callback":
            self.callback(self, opt, value, parser,
                          *(self.callback_args or ()), **(self.callback_kwargs or {}))
        elif action == "help" or action == "version":
            if action == "help":
                parser.print_help()
            else:
                parser.print_version()
            parser.exit()
        else:
            raise ValueError("unknown action %r" % self.action)
        return 1


make_option = Option

SUPPRESS_HELP = "SUPPRESS" + "HELP"
SUPPRESS_USAGE = "SUPPRESS" + "USAGE"


# ---- Values -------------------------------------------------------------------

class Values:
    """Plain attribute holder for parse results (one attribute per dest)."""

    def __init__(self, defaults=None):
        if defaults:
            for name, value in defaults.items():
                setattr(self, name, value)

    def __cmp__(self, other):
        # Compares by attributes, with another Values or a plain dict.
        if isinstance(other, types.DictType):
            return cmp(self.__dict__, other)
        if isinstance(other, Values):
            return cmp(self.__dict__, other.__dict__)
        return -1

    def __str__(self):
        return str(self.__dict__)

    __repr__ = _repr

    def _update_careful(self, dict):
        # Only names this object already has, and only non-None values.
        for name in dir(self):
            if name in dict and dict[name] is not None:
                setattr(self, name, dict[name])

    def _update_loose(self, dict):
        self.__dict__.update(dict)

    def _update(self, dict, mode):
        updaters = {"careful": self._update_careful, "loose": self._update_loose}
        if mode not in updaters:
            raise ValueError("invalid update mode: %r" % mode)
        updaters[mode](dict)

    def read_module(self, modname, mode="careful"):
        __import__(modname)
        self._update(vars(sys.modules[modname]), mode)

    def read_file(self, filename, mode="careful"):
        namespace = {}
        execfile(filename, namespace)
        self._update(namespace, mode)

    def ensure_value(self, attr, value):
        """Set `attr` to `value` unless it already holds a non-None value."""
        if getattr(self, attr, None) is None:
            setattr(self, attr, value)
        return getattr(self, attr)


# ---- containers -----------------------------------------------------------------

class OptionContainer:
    """What OptionParser and OptionGroup share: a list of options and the
    lookup tables from option strings to options.

    Groups share the tables (and the defaults) of their parser, so an
    option string is unique across a whole parser.
    """

    def __init__(self, option_class, conflict_handler, description):
        self.option_class = option_class
        self._create_option_list()
        self.set_description(description)
        self.set_conflict_handler(conflict_handler)

    def _create_option_mappings(self):
        self._short_opt = {}
        self._long_opt = {}
        self.defaults = {}

    def _share_option_mappings(self, parser):
        self._short_opt = parser._short_opt
        self._long_opt = parser._long_opt
        self.defaults = parser.defaults

    def set_conflict_handler(self, handler):
        if handler != "error" and handler != "resolve":
            raise ValueError("invalid conflict_resolution value %r" % handler)
        self.conflict_handler = handler

    def get_description(self):
        return self.description

    def set_description(self, description):
        self.description = description

    def destroy(self):
        """Drop references so the parser and its options can be collected."""
        del self._short_opt
        del self._long_opt
        del self.defaults

    def _table_for(self, opt):
        if opt.startswith("--"):
            return self._long_opt
        return self._short_opt

    def _check_conflict(self, option):
        clashes = [(s, self._table_for(s)[s])
                   for s in option._short_opts + option._long_opts
                   if s in self._table_for(s)]
        if not clashes:
            return
        if self.conflict_handler == "error":
            raise OptionConflictError("conflicting option string(s): %s"
                                      % ", ".join([s for s, _old in clashes]), option)
        # "resolve": the newcomer wins; older options lose the strings, and
        # an option left without any string disappears altogether.
        for text, old in clashes:
            if text.startswith("--"):
                old._long_opts.remove(text)
            else:
                old._short_opts.remove(text)
            del self._table_for(text)[text]
            if not old._short_opts and not old._long_opts:
                old.container.option_list.remove(old)

    def add_option(self, *args, **kwargs):
        """add_option(Option) or add_option(opt_str, ..., attr=value, ...)"""
        if type(args[0]) in types.StringTypes:
            option = self.option_class(*args, **kwargs)
        elif len(args) == 1 and not kwargs:
            option = args[0]
            if not isinstance(option, Option):
                raise TypeError("not an Option instance: %r" % option)
        else:
            raise TypeError("invalid arguments")

        self._check_conflict(option)
        self.option_list.append(option)
        option.container = self
        for text in option._short_opts + option._long_opts:
            self._table_for(text)[text] = option

        dest = option.dest
        if dest is not None:
            if option.default is not NO_DEFAULT:
                self.defaults[dest] = option.default
            else:
                self.defaults.setdefault(dest, None)
        return option

    def add_options(self, option_list):
        for option in option_list:
            self.add_option(option)

    def get_option(self, opt_str):
        return self._short_opt.get(opt_str) or self._long_opt.get(opt_str)

    def has_option(self, opt_str):
        return opt_str in self._short_opt or opt_str in self._long_opt

    def remove_option(self, opt_str):
        if opt_str in self._short_opt:
            option = self._short_opt[opt_str]
        elif opt_str in self._long_opt:
            option = self._long_opt[opt_str]
        else:
            raise ValueError("no such option %r" % opt_str)
        for text in option._short_opts + option._long_opts:
            del self._table_for(text)[text]
        option.container.option_list.remove(option)

    def format_option_help(self, formatter):
        shown = [o for o in self.option_list if o.help != SUPPRESS_HELP]
        return "".join([formatter.format_option(o) for o in shown])

    def format_description(self, formatter):
        return formatter.format_description(self.get_description())

    def format_help(self, formatter):
        parts = []
        if self.description:
            parts.append(self.format_description(formatter))
        if self.option_list:
            parts.append(self.format_option_help(formatter))
        return "\n".join(parts)


class OptionGroup(OptionContainer):
    """A titled section of a parser's options, shown apart in the help."""

    def __init__(self, parser, title, description=None):
        self.parser = parser
        OptionContainer.__init__(self, parser.option_class, parser.conflict_handler, description)
        self.title = title

    def _create_option_list(self):
        # Called from OptionContainer.__init__, after self.parser is set.
        self._share_option_mappings(self.parser)
        self.option_list = []

    def destroy(self):
        OptionContainer.destroy(self)
        del self.option_list

    def set_title(self, title):
        self.title = title

    def format_help(self, formatter):
        heading = formatter.format_heading(self.title)
        formatter.indent()
        try:
            body = OptionContainer.format_help(self, formatter)
        finally:
            formatter.dedent()
        return heading + body


# ---- the parser -----------------------------------------------------------------

def _match_abbrev(s, wordmap):
    """The key of `wordmap` that `s` spells out or uniquely abbreviates."""
    if s in wordmap:
        return s
    found = sorted([word for word in wordmap.keys() if word.startswith(s)])
    if not found:
        raise BadOptionError(s)
    if len(found) > 1:
        raise AmbiguousOptionError(s, found)
    return found[0]


class OptionParser(OptionContainer):
    """Parses a command line according to the options added to it.

    Public attributes worth knowing: usage, prog, version, epilog,
    formatter, option_list, option_groups, defaults, and during parsing
    largs (positional arguments seen so far), rargs (arguments still to
    come) and values (the Values being filled) -- callbacks may use and
    modify all three.
    """

    standard_option_list = []

    def __init__(self, usage=None, option_list=None, option_class=Option, version=None,
                 conflict_handler="error", description=None, formatter=None,
                 add_help_option=True, prog=None, epilog=None):
        OptionContainer.__init__(self, option_class, conflict_handler, description)
        self.set_usage(usage)
        self.prog = prog
        self.version = version
        self.allow_interspersed_args = True
        self.process_default_values = True
        self.formatter = formatter if formatter is not None else IndentedHelpFormatter()
        self.formatter.set_parser(self)
        self.epilog = epilog
        self._populate_option_list(option_list, add_help=add_help_option)
        self._init_parsing_state()

    def destroy(self):
        OptionContainer.destroy(self)
        for group in self.option_groups:
            group.destroy()
        del self.formatter, self.option_groups, self.option_list

    # -- construction --

    def _create_option_list(self):
        self._create_option_mappings()
        self.option_groups = []
        self.option_list = []

    def _add_help_option(self):
        self.add_option("-h", "--help", action="help",
                        help=_("show this help message and exit"))

    def _add_version_option(self):
        self.add_option("--version", action="version",
                        help=_("show program's version number and exit"))

    def _populate_option_list(self, option_list, add_help=True):
        for extra in (self.standard_option_list, option_list):
            if extra:
                self.add_options(extra)
        if self.version:
            self._add_version_option()
        if add_help:
            self._add_help_option()

    def _init_parsing_state(self):
        self.rargs = self.largs = self.values = None

    # -- configuration --

    def set_usage(self, usage):
        if usage is None:
            usage = _("%prog [options]")
        elif usage == SUPPRESS_USAGE:
            usage = None
        elif usage[:7].lower() == "usage: ":
            # The formatter adds its own "Usage:" label.
            usage = usage[7:]
        self.usage = usage

    def enable_interspersed_args(self):
        self.allow_interspersed_args = True

    def disable_interspersed_args(self):
        self.allow_interspersed_args = False

    def set_defaults(self, **kwargs):
        self.defaults.update(kwargs)

    def set_default(self, dest, value):
        self.defaults[dest] = value

    def set_process_default_values(self, process):
        # False: string defaults are used as given, not type-converted.
        self.process_default_values = process

    def _get_all_options(self):
        every = list(self.option_list)
        for group in self.option_groups:
            every += group.option_list
        return every

    def get_default_values(self):
        """A fresh Values of the defaults; string defaults go through
        their option's type conversion (unless disabled)."""
        defaults = dict(self.defaults)
        if self.process_default_values:
            for option in self._get_all_options():
                raw = defaults.get(option.dest)
                if isbasestring(raw):
                    defaults[option.dest] = option.check_value(option.get_opt_string(), raw)
        return Values(defaults)

    def add_option_group(self, *args, **kwargs):
        """add_option_group(OptionGroup) or add_option_group(title, description=None)"""
        first = args[0]
        if type(first) is types.StringType:
            group = OptionGroup(self, *args, **kwargs)
        elif kwargs or len(args) != 1:
            raise TypeError("invalid arguments")
        elif not isinstance(first, OptionGroup):
            raise TypeError("not an OptionGroup instance: %r" % first)
        elif first.parser is not self:
            raise ValueError("invalid OptionGroup (wrong parser)")
        else:
            group = first
        self.option_groups.append(group)
        return group

    def get_option_group(self, opt_str):
        option = self.get_option(opt_str)
        if option and option.container is not self:
            return option.container
        return None

    # -- parsing --

    def _get_args(self, args):
        # A copy: parsing consumes the list.
        if args is not None:
            return args[:]
        return sys.argv[1:]

    def parse_args(self, args=None, values=None):
        """Parse `args` (default sys.argv[1:]); return (values, positionals).

        Positional arguments are those the parser passed over plus
        everything after a '--' or, without interspersed arguments, after
        the first positional one.  Errors exit through self.error().
        """
        rargs = self._get_args(args)
        if values is None:
            values = self.get_default_values()
        largs = []
        self.rargs = rargs
        self.largs = largs
        self.values = values
        try:
            self._process_args(largs, rargs, values)
        except (BadOptionError, OptionValueError) as err:
            self.error(str(err))
        return self.check_values(values, largs + rargs)

    def check_values(self, values, args):
        """Hook for subclasses to validate the result; returns (values, args)."""
        return (values, args)

    def _process_args(self, largs, rargs, values):
        """Consume `rargs`, moving positional arguments to `largs`."""
        while rargs:
            arg = rargs[0]
            if arg == "--":
                del rargs[0]
                return
            if arg.startswith("--"):
                self._process_long_opt(rargs, values)
            elif arg.startswith("-") and arg != "-":
                self._process_short_opts(rargs, values)
            elif not self.allow_interspersed_args:
                return
            else:
                largs.append(rargs.pop(0))

    def _match_long_opt(self, opt):
        return _match_abbrev(opt, self._long_opt)

    def _take_arguments(self, opt, option, rargs):
        # Remove and return the value(s) `option` needs from the front of rargs.
        count = option.nargs
        if len(rargs) < count:
            if count == 1:
                self.error(_("%s option requires an argument") % opt)
            else:
                self.error(_("%s option requires %d arguments") % (opt, count))
        taken = rargs[:count]
        del rargs[:count]
        if count == 1:
            return taken[0]
        return tuple(taken)

    def _process_long_opt(self, rargs, values):
        arg = rargs.pop(0)
        name, eq, inline = arg.partition("=")
        if eq:
            # "--opt=value": the value is treated as the next argument.
            rargs.insert(0, inline)
        opt = self._match_long_opt(name)
        option = self._long_opt[opt]
        if option.takes_value():
            value = self._take_arguments(opt, option, rargs)
        elif eq:
            self.error(_("%s option does not take a value") % opt)
        else:
            value = None
        option.process(opt, value, values, self)

    def _process_short_opts(self, rargs, values):
        cluster = rargs.pop(0)
        for pos in range(1, len(cluster)):
            opt = "-" + cluster[pos]
            option = self._short_opt.get(opt)
            if not option:
                raise BadOptionError(opt)
            if not option.takes_value():
                option.process(opt, None, values, self)
                continue
            # The rest of the cluster, if any, is the (first) value.
            tail = cluster[pos + 1:]
            if tail:
                rargs.insert(0, tail)
            option.process(opt, self._take_arguments(opt, option, rargs), values, self)
            return

    # -- output and exit --

    def get_prog_name(self):
        if self.prog is not None:
            return self.prog
        import os
        return os.path.basename(sys.argv[0])

    def get_description(self):
        return self.expand_prog_name(self.description)

    def expand_prog_name(self, s):
        return s.replace("%prog", self.get_prog_name())

    def exit(self, status=0, msg=None):
        """Write `msg` (if any) to stderr and raise SystemExit(status)."""
        if msg:
            sys.stderr.write(msg)
        sys.exit(status)

    def error(self, msg):
        """Print the usage and `msg` to stderr, then exit with status 2.

        Subclasses overriding this should still exit or raise.
        """
        self.print_usage(sys.stderr)
        self.exit(2, "%s: error: %s\n" % (self.get_prog_name(), msg))

    def get_usage(self):
        if not self.usage:
            return ""
        return self.formatter.format_usage(self.expand_prog_name(self.usage))

    def print_usage(self, file=None):
        """Print the usage line (and a blank line) to `file`, default stdout."""
        if self.usage:
            print >>file, self.get_usage()

    def get_version(self):
        if not self.version:
            return ""
        return self.expand_prog_name(self.version)

    def print_version(self, file=None):
        if self.version:
            print >>file, self.get_version()

    def format_option_help(self, formatter=None):
        formatter = formatter or self.formatter
        formatter.store_option_strings(self)
        sections = []
        formatter.indent()
        if self.option_list:
            sections.append(OptionContainer.format_option_help(self, formatter))
        for group in self.option_groups:
            sections.append(group.format_help(formatter))
        formatter.dedent()
        if not sections:
            # Nothing to list at all: not even the heading is shown.
            return ""
        # The heading is rendered at the outer indentation level.
        return formatter.format_heading(_("Options")) + "\n".join(sections)

    def format_epilog(self, formatter):
        return formatter.format_epilog(self.epilog)

    def format_help(self, formatter=None):
        if formatter is None:
            formatter = self.formatter
        text = ""
        if self.usage:
            text += self.get_usage() + "\n"
        if self.description:
            text += self.format_description(formatter) + "\n"
        return text + self.format_option_help(formatter) + self.format_epilog(formatter)

    def _get_encoding(self, file):
        return getattr(file, "encoding", None) or sys.getdefaultencoding()

    def print_help(self, file=None):
        """Write format_help() to `file` (default stdout) in its encoding."""
        if file is None:
            file = sys.stdout
        file.write(self.format_help().encode(self._get_encoding(file), "replace"))
