"""Command-line option parsing for setup scripts: long options with
aliases and negatives, values stored as attributes, and help text laid
out in two columns."""
import re
import string
import sys

from distutils.errors import DistutilsGetoptError, DistutilsArgError

__revision__ = "$Id$"

# a long option name (letters, digits, dashes) with an optional '=' or '!'
longopt_pat = r'[a-zA-Z](?:[a-zA-Z0-9-]*)'
longopt_re = re.compile(r'^%s$' % longopt_pat)
neg_alias_re = re.compile(r'^(%s)=!(%s)$' % (longopt_pat, longopt_pat))

# option names become attribute names: dashes turn into underscores
longopt_xlate = string.maketrans('-', '_')


def translate_longopt(opt):
    """The attribute name of a long option ('dry-run' -> 'dry_run')."""
    return opt.translate(longopt_xlate)


class FancyGetopt:
    """Parses options described by (long, short, help) tuples; a long name
    ending in '=' takes an argument.  Results go onto an object as
    attributes named after the long options."""

    def __init__(self, option_table=None):
        self.option_table = option_table
        self.option_index = {}
        if self.option_table:
            self._build_index()
        self.alias = {}
        self.negative_alias = {}
        self.short_opts = []
        self.long_opts = []
        self.short2long = {}
        self.attr_name = {}
        self.takes_arg = {}
        self.option_order = []

    def _build_index(self):
        self.option_index.clear()
        for entry in self.option_table:
            self.option_index[entry[0]] = entry

    def set_option_table(self, option_table):
        self.option_table = option_table
        self._build_index()

    def add_option(self, long_option, short_option=None, help_string=None):
        if long_option in self.option_index:
            raise DistutilsGetoptError(
                "option conflict: already an option '%s'" % long_option)
        entry = (long_option, short_option, help_string)
        self.option_table.append(entry)
        self.option_index[long_option] = entry

    def has_option(self, long_option):
        return long_option in self.option_index

    def get_attr_name(self, long_option):
        return translate_longopt(long_option)

    def _check_aliases(self, aliases, what):
        for alias, opt in aliases.items():
            if alias not in self.option_index:
                raise DistutilsGetoptError(
                    "invalid %s '%s': option '%s' not defined" % (what, alias, alias))
            if opt not in self.option_index:
                raise DistutilsGetoptError(
                    "invalid %s '%s': aliased option '%s' not defined" % (what, alias, opt))

    def set_aliases(self, alias):
        self._check_aliases(alias, "alias")
        self.alias = alias

    def set_negative_aliases(self, negative_alias):
        self._check_aliases(negative_alias, "negative alias")
        self.negative_alias = negative_alias

    def _grok_option_table(self):
        """Derive getopt's short/long specs and the lookup tables."""
        self.long_opts = []
        self.short_opts = []
        self.short2long.clear()
        self.repeat = {}
        for entry in self.option_table:
            if len(entry) == 3:
                long, short, help = entry
                repeat = 0
            elif len(entry) == 4:
                long, short, help, repeat = entry
            else:
                raise ValueError("invalid option tuple: %r" % (entry,))
            if not isinstance(long, str) or len(long) < 2:
                raise DistutilsGetoptError(
                    "invalid long option '%s': must be a string of length >= 2" % long)
            if not (short is None or (isinstance(short, str) and len(short) == 1)):
                raise DistutilsGetoptError(
                    "invalid short option '%s': must a single character or None" % short)
            self.repeat[long] = repeat
            self.long_opts.append(long)
            if long[-1] == '=':
                if short:
                    short = short + ':'
                long = long[:-1]
                self.takes_arg[long] = 1
            else:
                target = self.negative_alias.get(long)
                if target is not None:
                    if self.takes_arg[target]:
                        raise DistutilsGetoptError(
                            "invalid negative alias '%s': aliased option '%s' takes a value"
                            % (long, target))
                    self.long_opts[-1] = long
                self.takes_arg[long] = 0
            target = self.alias.get(long)
            if target is not None and self.takes_arg[long] != self.takes_arg[target]:
                raise DistutilsGetoptError(
                    "invalid alias '%s': inconsistent with aliased option '%s' "
                    "(one of them takes a value, the other doesn't" % (long, target))
            if not longopt_re.match(long):
                raise DistutilsGetoptError(
                    "invalid long option name '%s' (must be letters, numbers, "
                    "hyphens only" % long)
            self.attr_name[long] = self.get_attr_name(long)
            if short:
                self.short_opts.append(short)
                self.short2long[short[0]] = long

    def getopt(self, args=None, object=None):
        """Parse args (default sys.argv[1:]); store option values on object
        (a fresh OptionDummy when None).  Returns the remaining arguments,
        or (args, object) when object was None."""
        import getopt
        if args is None:
            args = sys.argv[1:]
        created = object is None
        if created:
            object = OptionDummy()
        self._grok_option_table()
        try:
            opts, args = getopt.getopt(args, ' '.join(self.short_opts), self.long_opts)
        except getopt.error, msg:
            raise DistutilsArgError(msg)
        for opt, val in opts:
            if len(opt) == 2 and opt[0] == '-':
                opt = self.short2long[opt[1]]
            else:
                opt = opt[2:]
            opt = self.alias.get(opt, opt)
            if not self.takes_arg[opt]:
                val = 1
                negated = self.negative_alias.get(opt)
                if negated is not None:
                    opt = negated
                    val = 0
            attr = self.attr_name[opt]
            if val and self.repeat.get(attr) is not None:
                val = getattr(object, attr, 0) + 1
            setattr(object, attr, val)
            self.option_order.append((opt, val))
        if created:
            return args, object
        return args

    def get_option_order(self):
        if self.option_order is None:
            raise RuntimeError("'getopt()' hasn't been called yet")
        return self.option_order

    def generate_help(self, header=None):
        """Help lines: each option with its short form, the help text
        wrapped in a column to the right."""
        width = 0
        for entry in self.option_table:
            long, short = entry[0], entry[1]
            n = len(long)
            if long[-1] == '=':
                n -= 1
            if short is not None:
                n += 5          # " (-x)"
            width = max(width, n)
        opt_width = width + 2 + 2 + 2   # leading spaces, dashes, gap
        line_width = 78
        text_width = line_width - opt_width
        big_indent = ' ' * opt_width
        lines = [header or 'Option summary:']
        for entry in self.option_table:
            long, short, help = entry[:3]
            text = wrap_text(help, text_width)
            if long[-1] == '=':
                long = long[:-1]
            if short is None:
                label = long
            else:
                label = "%s (-%s)" % (long, short)
            if text:
                lines.append("  --%-*s  %s" % (width, label, text[0]))
            else:
                lines.append("  --%-*s" % (width, label))
            for more in text[1:]:
                lines.append(big_indent + more)
        return lines

    def print_help(self, header=None, file=None):
        if file is None:
            file = sys.stdout
        for line in self.generate_help(header):
            file.write(line + "\n")


def fancy_getopt(options, negative_opt, object, args):
    parser = FancyGetopt(options)
    parser.set_negative_aliases(negative_opt)
    return parser.getopt(args, object)


_whitespace_to_space = string.maketrans(string.whitespace, ' ' * len(string.whitespace))


def wrap_text(text, width):
    """Split text into lines of at most width characters, breaking at
    whitespace and hyphens where possible."""
    if text is None:
        return []
    if len(text) <= width:
        return [text]
    text = text.expandtabs().translate(_whitespace_to_space)
    words = [w for w in re.split(r'( +|-+)', text) if w]
    lines = []
    while words:
        line = []
        used = 0
        while words:
            n = len(words[0])
            if used + n <= width:
                line.append(words.pop(0))
                used += n
            else:
                if line and line[-1][0] == ' ':
                    line.pop()      # no trailing blanks
                break
        if words:
            if used == 0:           # one word longer than a line: cut it
                line.append(words[0][:width])
                words[0] = words[0][width:]
            if words[0][0] == ' ':
                words.pop(0)
        lines.append(''.join(line))
    return lines


class OptionDummy:
    """An empty holder for option values."""

    def __init__(self, options=[]):
        for opt in options:
            setattr(self, opt, None)
