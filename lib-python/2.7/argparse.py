"""Command-line parsing for Python 2.7 programs.

An ArgumentParser collects argument declarations (add_argument), groups of
them (add_argument_group, add_mutually_exclusive_group) and sub-commands
(add_subparsers).  parse_args() turns a list of strings into a Namespace,
reporting mistakes with the usage line and exit status 2; the help text is
generated from the declarations by a HelpFormatter.

Implementation notes: the command line is first classified into a string
of letters ('O' an option, 'A' an argument, '-' the '--' marker); each
action's nargs becomes a short list of atoms that is matched against that
string by a small backtracking matcher (no regular expressions, so this
module imports quickly).  textwrap is imported only when help is wrapped.
"""

__version__ = '1.1'
__all__ = ['ArgumentParser', 'ArgumentError', 'ArgumentTypeError', 'FileType', 'HelpFormatter',
           'ArgumentDefaultsHelpFormatter', 'RawDescriptionHelpFormatter', 'RawTextHelpFormatter',
           'Namespace', 'Action', 'ONE_OR_MORE', 'OPTIONAL', 'PARSER', 'REMAINDER', 'SUPPRESS',
           'ZERO_OR_MORE']

import sys as _sys

try:
    from gettext import gettext as _
except ImportError:
    def _(message):
        return message

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'
_UNRECOGNIZED_ARGS_ATTR = '_unrecognized_args'


# ---- small utilities ---------------------------------------------------------------

def _basename(path):
    return path.replace('\\', '/').split('/')[-1]


def _terminal_width():
    """$COLUMNS, or 80 when it is unset or not a number."""
    try:
        import os
        return int(os.environ['COLUMNS'])
    except (ImportError, KeyError, ValueError):
        return 80


def _squeeze(text):
    """Whitespace runs become single blanks; the ends are trimmed."""
    return ' '.join(text.split())


def _looks_negative(word):
    """True for -5, -.5 and -1.5 (what a negative number looks like)."""
    if len(word) < 2 or word[0] != '-':
        return False
    rest = word[1:]
    if rest.isdigit():
        return True
    head, dot, tail = rest.partition('.')
    return bool(dot) and (not head or head.isdigit()) and tail.isdigit()


def _callable(obj):
    return hasattr(obj, '__call__') or hasattr(obj, '__bases__')


def _ensure_value(namespace, name, value):
    if getattr(namespace, name, None) is None:
        setattr(namespace, name, value)
    return getattr(namespace, name)


def _copied(items):
    """A shallow copy, so an append never changes a shared default."""
    if type(items) is list:
        return list(items)
    import copy
    return copy.copy(items)


class _AttributeHolder(object):
    """Gives ClassName(arg, name=value, ...) as repr; subclasses pick the
    values through _get_args() and _get_kwargs()."""

    def __repr__(self):
        shown = [repr(value) for value in self._get_args()]
        shown.extend(['%s=%r' % pair for pair in self._get_kwargs()])
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))

    def _get_kwargs(self):
        return sorted(self.__dict__.items())

    def _get_args(self):
        return []


# ---- usage text helpers --------------------------------------------------------------

def _usage_chunks(text):
    """Splits a usage string into the pieces that may go on separate lines.
    A piece opening with '[' or '(' runs to the first run of matching
    closing brackets that is followed by a blank or the end, so a group
    (even one whose metavar holds brackets) stays whole; anything else is
    a plain word."""
    chunks = []
    pos = 0
    size = len(text)
    while pos < size:
        if text[pos].isspace():
            pos += 1
            continue
        closer = {'[': ']', '(': ')'}.get(text[pos])
        stop = -1
        if closer is not None:
            look = text.find(closer, pos + 1)
            while look >= 0:
                run_end = look
                while run_end < size and text[run_end] == closer:
                    run_end += 1
                if run_end == size or text[run_end].isspace():
                    stop = run_end
                    break
                look = text.find(closer, run_end)
        if stop < 0:
            stop = pos
            while stop < size and not text[stop].isspace():
                stop += 1
        chunks.append(text[pos:stop])
        pos = stop
    return chunks


def _drop_empty_brackets(text):
    result = []
    pos = 0
    while pos < len(text):
        ch = text[pos]
        if ch in '[(':
            look = pos + 1
            while look < len(text) and text[look] == ' ':
                look += 1
            if look < len(text) and text[look] in '])':
                pos = look + 1
                continue
        result.append(ch)
        pos += 1
    return ''.join(result)


def _unwrap_lone_parens(text):
    """'(x)' without a '|' inside shows as plain 'x'.  From an opening
    parenthesis the candidate runs up to the next '|' and ends at the last
    ')' before it."""
    result = []
    pos = 0
    while pos < len(text):
        if text[pos] == '(':
            bar = text.find('|', pos + 1)
            if bar < 0:
                bar = len(text)
            close = text.rfind(')', pos + 1, bar)
            if close >= 0:
                result.append(text[pos + 1:close])
                pos = close + 1
                continue
        result.append(text[pos])
        pos += 1
    return ''.join(result)


def _clean_usage(text):
    for opener in '[(':
        text = text.replace(opener + ' ', opener)
    for closer in '])':
        text = text.replace(' ' + closer, closer)
    return _unwrap_lone_parens(_drop_empty_brackets(text)).strip()


def _lay_out_chunks(chunks, indent, width, first_prefix=None):
    """Greedy line filling of usage chunks; every line starts with indent,
    except that the first line (when first_prefix is given) is measured as
    if it followed first_prefix and carries no indent of its own."""
    lines = []
    current = []
    if first_prefix is None:
        used = len(indent) - 1
    else:
        used = len(first_prefix) - 1
    for chunk in chunks:
        if current and used + 1 + len(chunk) > width:
            lines.append(indent + ' '.join(current))
            current = []
            used = len(indent) - 1
        current.append(chunk)
        used += 1 + len(chunk)
    if current:
        lines.append(indent + ' '.join(current))
    if first_prefix is not None:
        lines[0] = lines[0][len(indent):]
    return lines


# ---- help formatting -----------------------------------------------------------------

class HelpFormatter(object):
    """Builds usage and help text.  Items are collected in nested sections
    and rendered by format_help(); actions are shown in two columns, the
    help starting at most max_help_position characters in, within the
    width $COLUMNS - 2."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            width = _terminal_width() - 2
        self._prog = prog
        self._width = width
        self._indent_increment = indent_increment
        # the help column never starts further right than width - 20
        self._max_help_position = min(max_help_position,
                                      max(width - 20, indent_increment * 2))
        self._action_max_length = self._current_indent = self._level = 0
        self._current_section = self._root_section = self._Section(self, None)

    class _Section(object):
        """A titled list of deferred renderings (callable, arguments)."""

        def __init__(self, formatter, parent, heading=None):
            self.formatter = formatter
            self.parent = parent
            self.heading = heading
            self.items = []

        def format_help(self):
            fmt = self.formatter
            nested = self.parent is not None
            if nested:
                fmt._indent()
            body = fmt._join_parts([render(*args) for render, args in self.items])
            if nested:
                fmt._dedent()
            if not body:
                return ''
            title = ''
            if self.heading is not None and self.heading is not SUPPRESS:
                title = ' ' * fmt._current_indent + self.heading + ':\n'
            return fmt._join_parts(['\n', title, body, '\n'])

    # -- indentation and the section stack

    def _indent(self):
        self._shift(1)

    def _dedent(self):
        self._shift(-1)
        assert self._current_indent >= 0, 'Indent decreased below 0.'

    def _shift(self, steps):
        self._level += steps
        self._current_indent += steps * self._indent_increment

    def _add_item(self, func, args):
        self._current_section.items.append((func, args))

    def start_section(self, heading):
        self._indent()
        child = self._Section(self, self._current_section, heading)
        self._add_item(child.format_help, [])
        self._current_section = child

    def end_section(self):
        self._current_section = self._current_section.parent
        self._dedent()

    def add_text(self, text):
        if text is None or text is SUPPRESS:
            return
        self._add_item(self._format_text, [text])

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is SUPPRESS:
            return
        self._add_item(self._format_usage, [usage, actions, groups, prefix])

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        headers = [self._format_action_invocation(action)]
        headers.extend([self._format_action_invocation(sub)
                        for sub in self._iter_indented_subactions(action)])
        widest = max([len(header) for header in headers]) + self._current_indent
        if widest > self._action_max_length:
            self._action_max_length = widest
        self._add_item(self._format_action, [action])

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    def format_help(self):
        text = self._root_section.format_help()
        if not text:
            return text
        # three or more newlines in a row collapse to a single blank line
        while '\n\n\n' in text:
            text = text.replace('\n\n\n', '\n\n')
        return text.strip('\n') + '\n'

    def _join_parts(self, part_strings):
        return ''.join([part for part in part_strings
                        if part and part is not SUPPRESS])

    # -- usage

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = _('usage: ')
        prog = '%(prog)s' % dict(prog=self._prog)
        if usage is not None:
            text = usage % dict(prog=self._prog)
        elif not actions:
            text = prog
        else:
            text = self._generated_usage(prog, prefix, actions, groups)
        return '%s%s\n\n' % (prefix, text)

    def _generated_usage(self, prog, prefix, actions, groups):
        opts = [a for a in actions if a.option_strings]
        poss = [a for a in actions if not a.option_strings]
        whole = self._format_actions_usage(opts + poss, groups)
        one_line = ' '.join([piece for piece in (prog, whole) if piece])
        room = self._width - self._current_indent
        if len(prefix) + len(one_line) <= room:
            return one_line
        opt_text = self._format_actions_usage(opts, groups)
        pos_text = self._format_actions_usage(poss, groups)
        opt_chunks = _usage_chunks(opt_text)
        pos_chunks = _usage_chunks(pos_text)
        assert ' '.join(opt_chunks) == opt_text
        assert ' '.join(pos_chunks) == pos_text
        if len(prefix) + len(prog) <= 0.75 * room:
            # continuation lines line up after the program name
            pad = ' ' * (len(prefix) + len(prog) + 1)
            if opt_chunks:
                lines = _lay_out_chunks([prog] + opt_chunks, pad, room, prefix)
                lines += _lay_out_chunks(pos_chunks, pad, room)
            elif pos_chunks:
                lines = _lay_out_chunks([prog] + pos_chunks, pad, room, prefix)
            else:
                lines = [prog]
        else:
            # a long program name stands alone on the first line
            pad = ' ' * len(prefix)
            lines = _lay_out_chunks(opt_chunks + pos_chunks, pad, room)
            if len(lines) > 1:
                lines = (_lay_out_chunks(opt_chunks, pad, room) +
                         _lay_out_chunks(pos_chunks, pad, room))
            lines = [prog] + lines
        return '\n'.join(lines)

    def _group_markers(self, actions, groups):
        """For mutually exclusive groups whose actions appear contiguously:
        the set of those actions and the bracket text to insert before each
        position."""
        members = set()
        marks = {}
        for group in groups:
            grouped = group._group_actions
            if grouped[0] not in actions:
                continue
            first = actions.index(grouped[0])
            last = first + len(grouped)
            if actions[first:last] != grouped:
                continue
            members.update(grouped)
            opener, closer = '[', ']'
            if group.required:
                opener, closer = '(', ')'
            if first in marks:
                marks[first] = marks[first] + ' ' + opener
            else:
                marks[first] = opener
            marks[last] = closer
            for inner in range(first + 1, last):
                marks[inner] = '|'
        return members, marks

    def _format_actions_usage(self, actions, groups):
        members, marks = self._group_markers(actions, groups)
        pieces = []
        for index, action in enumerate(actions):
            if action.help is SUPPRESS:
                pieces.append(None)
                if marks.get(index) == '|':
                    del marks[index]
                elif marks.get(index + 1) == '|':
                    del marks[index + 1]
                continue
            if action.option_strings:
                flag = action.option_strings[0]
                if action.nargs != 0:
                    flag = '%s %s' % (flag, self._format_args(action, action.dest.upper()))
                if not action.required and action not in members:
                    flag = '[%s]' % flag
                pieces.append(flag)
            else:
                shown = self._format_args(action, action.dest)
                if action in members and shown[:1] == '[' and shown[-1:] == ']':
                    shown = shown[1:-1]
                pieces.append(shown)
        for where in sorted(marks, reverse=True):
            pieces.insert(where, marks[where])
        return _clean_usage(' '.join([p for p in pieces if p is not None]))

    # -- descriptions and actions

    def _format_text(self, text):
        if '%(prog)' in text:
            text = text % dict(prog=self._prog)
        width = max(self._width - self._current_indent, 11)
        return self._fill_text(text, width, ' ' * self._current_indent) + '\n\n'

    def _format_action(self, action):
        help_col = min(self._action_max_length + 2, self._max_help_position)
        help_width = max(self._width - help_col, 11)
        head_width = help_col - self._current_indent - 2
        header = self._format_action_invocation(action)
        margin = ' ' * self._current_indent
        out = []
        if not action.help:
            out.append(margin + header + '\n')
        else:
            if len(header) <= head_width:
                out.append(margin + header.ljust(head_width) + '  ')
                first_pad = ''
            else:
                out.append(margin + header + '\n')
                first_pad = ' ' * help_col
            lines = self._split_lines(self._expand_help(action), help_width)
            out.append(first_pad + lines[0] + '\n')
            out.extend([' ' * help_col + line + '\n' for line in lines[1:]])
        for sub in self._iter_indented_subactions(action):
            out.append(self._format_action(sub))
        return self._join_parts(out)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            name, = self._metavar_formatter(action, action.dest)(1)
            return name
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        args_text = self._format_args(action, action.dest.upper())
        return ', '.join(['%s %s' % (flag, args_text) for flag in action.option_strings])

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            shown = action.metavar
        elif action.choices is not None:
            shown = '{%s}' % ','.join([str(choice) for choice in action.choices])
        else:
            shown = default_metavar

        def format(tuple_size):
            if isinstance(shown, tuple):
                return shown
            return (shown,) * tuple_size
        return format

    def _format_args(self, action, default_metavar):
        names = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        if nargs is None:
            return '%s' % names(1)
        if nargs == OPTIONAL:
            return '[%s]' % names(1)
        if nargs == ZERO_OR_MORE:
            return '[%s [%s ...]]' % names(2)
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % names(2)
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return '%s ...' % names(1)
        return ' '.join(['%s'] * nargs) % names(nargs)

    def _expand_help(self, action):
        values = dict(vars(action), prog=self._prog)
        for key in list(values):
            if values[key] is SUPPRESS:
                del values[key]
        for key in list(values):
            if hasattr(values[key], '__name__'):
                values[key] = values[key].__name__
        if values.get('choices') is not None:
            values['choices'] = ', '.join([str(c) for c in values['choices']])
        return self._get_help_string(action) % values

    def _iter_indented_subactions(self, action):
        try:
            subactions = action._get_subactions
        except AttributeError:
            return
        self._indent()
        for sub in subactions():
            yield sub
        self._dedent()

    def _split_lines(self, text, width):
        import textwrap
        return textwrap.wrap(_squeeze(text), width)

    def _fill_text(self, text, width, indent):
        import textwrap
        return textwrap.fill(_squeeze(text), width,
                             initial_indent=indent, subsequent_indent=indent)

    def _get_help_string(self, action):
        return action.help


class RawDescriptionHelpFormatter(HelpFormatter):
    """Shows description and epilog exactly as written (only indented)."""

    def _fill_text(self, text, width, indent):
        return ''.join([indent + line for line in text.splitlines(True)])


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Also keeps the line breaks of every argument's help."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Mentions the default value in each argument's help."""

    def _get_help_string(self, action):
        text = action.help
        if '%(default)' in text or action.default is SUPPRESS:
            return text
        if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
            text = text + ' (default: %(default)s)'
        return text


# ---- errors --------------------------------------------------------------------------

def _get_action_name(argument):
    """How an argument is named in error messages (None if it has no name)."""
    if argument is None:
        return None
    if argument.option_strings:
        return '/'.join(argument.option_strings)
    for candidate in (argument.metavar, argument.dest):
        if candidate is not None and candidate is not SUPPRESS:
            return candidate
    return None


class ArgumentError(Exception):
    """A problem with one argument (its declaration or its value)."""

    def __init__(self, argument, message):
        self.argument_name = _get_action_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return '%s' % self.message
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """Raised by type functions; its text becomes the error message."""
    pass


# ---- actions -------------------------------------------------------------------------

class Action(_AttributeHolder):
    """What to do with the strings an argument receives.  Subclasses
    implement __call__(parser, namespace, values, option_string=None)."""

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        self.option_strings, self.dest = option_strings, dest
        self.nargs, self.const, self.default = nargs, const, default
        self.type, self.choices, self.required = type, choices, required
        self.help, self.metavar = help, metavar

    _shown_fields = ('option_strings', 'dest', 'nargs', 'const', 'default', 'type',
                     'choices', 'help', 'metavar')

    def _get_kwargs(self):
        return [(field, getattr(self, field)) for field in self._shown_fields]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError(_('.__call__() not defined'))


def _check_storing_nargs(nargs, const, nothing_message):
    if nargs == 0:
        raise ValueError(nothing_message)
    if const is not None and nargs != OPTIONAL:
        raise ValueError('nargs must be %r to supply const' % OPTIONAL)


class _StoreAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        _check_storing_nargs(nargs, const,
                             'nargs for store actions must be > 0; if you have nothing to store, '
                             'actions such as store true or store const may be more appropriate')
        Action.__init__(self, option_strings, dest, nargs=nargs, const=const, default=default,
                        type=type, choices=choices, required=required, help=help,
                        metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):

    def __init__(self, option_strings, dest, const, default=None, required=False, help=None,
                 metavar=None):
        Action.__init__(self, option_strings, dest, nargs=0, const=const, default=default,
                        required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        _StoreConstAction.__init__(self, option_strings, dest, True, default=default,
                                   required=required, help=help)


class _StoreFalseAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        _StoreConstAction.__init__(self, option_strings, dest, False, default=default,
                                   required=required, help=help)


class _AppendAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        _check_storing_nargs(nargs, const,
                             'nargs for append actions must be > 0; if arg strings are not '
                             'supplying the value to append, the append const action may be '
                             'more appropriate')
        Action.__init__(self, option_strings, dest, nargs=nargs, const=const, default=default,
                        type=type, choices=choices, required=required, help=help,
                        metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        collected = _copied(_ensure_value(namespace, self.dest, []))
        collected.append(values)
        setattr(namespace, self.dest, collected)


class _AppendConstAction(Action):

    def __init__(self, option_strings, dest, const, default=None, required=False, help=None,
                 metavar=None):
        Action.__init__(self, option_strings, dest, nargs=0, const=const, default=default,
                        required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        collected = _copied(_ensure_value(namespace, self.dest, []))
        collected.append(self.const)
        setattr(namespace, self.dest, collected)


class _CountAction(Action):

    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        Action.__init__(self, option_strings, dest, nargs=0, default=default,
                        required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, _ensure_value(namespace, self.dest, 0) + 1)


class _HelpAction(Action):

    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        Action.__init__(self, option_strings, dest, nargs=0, default=default, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):

    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        Action.__init__(self, option_strings, dest, nargs=0, default=default, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        text = self.version
        if text is None:
            text = parser.version
        formatter = parser._get_formatter()
        formatter.add_text(text)
        # 2.7 writes the version to stderr (through exit)
        parser.exit(message=formatter.format_help())


class _SubcommandNames(object):
    """The choices of a _SubParsersAction: the sub-command names, iterated
    in the order they were added."""

    def __init__(self, owner):
        self._owner = owner

    def __iter__(self):
        return iter(self._owner._name_order)

    def __len__(self):
        return len(self._owner._name_order)

    def __contains__(self, name):
        return name in self._owner._name_parser_map

    def __repr__(self):
        return repr(self._owner._name_parser_map)


class _SubParsersAction(Action):
    """Dispatches to a sub-command: the first value names the parser that
    parses the remaining values."""

    class _ChoicesPseudoAction(Action):
        """Only for help: one line per sub-command that has help."""

        def __init__(self, name, help):
            Action.__init__(self, option_strings=[], dest=name, help=help, metavar=name)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, help=None,
                 metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._name_order = []
        self._choices_actions = []
        Action.__init__(self, option_strings, dest, nargs=PARSER,
                        choices=_SubcommandNames(self), help=help, metavar=metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = '%s %s' % (self._prog_prefix, name)
        if 'help' in kwargs:
            self._choices_actions.append(self._ChoicesPseudoAction(name, kwargs.pop('help')))
        parser = self._parser_class(**kwargs)
        if name not in self._name_parser_map:
            self._name_order.append(name)
        self._name_parser_map[name] = parser
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        name = values[0]
        rest = values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, name)
        chosen = self._name_parser_map.get(name)
        if chosen is None:
            known = ', '.join(self._name_order)
            raise ArgumentError(self, _('unknown parser %r (choices: %s)') % (name, known))
        # parse into a fresh namespace so the sub-parser's defaults win
        sub_ns, rest = chosen.parse_known_args(rest, None)
        for key, value in vars(sub_ns).items():
            setattr(namespace, key, value)
        if rest:
            vars(namespace).setdefault(_UNRECOGNIZED_ARGS_ATTR, [])
            getattr(namespace, _UNRECOGNIZED_ARGS_ATTR).extend(rest)


# ---- FileType and Namespace -----------------------------------------------------------

class FileType(object):
    """A type= factory: opens the named file with the given mode and
    buffer size ('-' means stdin or stdout)."""

    def __init__(self, mode='r', bufsize=-1):
        self._mode, self._bufsize = mode, bufsize

    def __call__(self, string):
        if string != '-':
            return self._open(string)
        for letter, stream in (('r', _sys.stdin), ('w', _sys.stdout)):
            if letter in self._mode:
                return stream
        raise ValueError(_('argument "-" with mode %r') % self._mode)

    def _open(self, string):
        try:
            return open(string, self._mode, self._bufsize)
        except IOError as exc:
            raise ArgumentTypeError(_("can't open '%s': %s") % (string, exc))

    def __repr__(self):
        shown = [repr(v) for v in (self._mode, self._bufsize) if v != -1]
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))


class Namespace(_AttributeHolder):
    """A plain attribute bag holding the parsed values."""

    def __init__(self, **kwargs):
        for key, value in kwargs.items():
            setattr(self, key, value)

    __hash__ = None

    def __eq__(self, other):
        if isinstance(other, Namespace):
            return vars(self) == vars(other)
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, Namespace):
            return vars(self) != vars(other)
        return NotImplemented

    def __contains__(self, key):
        return key in self.__dict__


# ---- declaring arguments ---------------------------------------------------------------

_BUILTIN_ACTIONS = (
    (None, _StoreAction), ('store', _StoreAction), ('store_const', _StoreConstAction),
    ('store_true', _StoreTrueAction), ('store_false', _StoreFalseAction),
    ('append', _AppendAction), ('append_const', _AppendConstAction), ('count', _CountAction),
    ('help', _HelpAction), ('version', _VersionAction), ('parsers', _SubParsersAction),
)


class _ActionsContainer(object):
    """What parsers and argument groups share: add_argument, the registries
    of action and type names, defaults and conflict handling."""

    def __init__(self, description, prefix_chars, argument_default, conflict_handler):
        super(_ActionsContainer, self).__init__()
        self.description, self.prefix_chars = description, prefix_chars
        self.argument_default, self.conflict_handler = argument_default, conflict_handler
        self._registries = {}
        for key, cls in _BUILTIN_ACTIONS:
            self.register('action', key, cls)
        self._get_handler()     # an unknown conflict_handler fails right away
        self._actions = []
        self._option_string_actions = {}
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._defaults = {}
        # non-empty once an option looks like a negative number
        self._has_negative_number_optionals = []

    def register(self, registry_name, value, object):
        self._registries.setdefault(registry_name, {})[value] = object

    def _registry_get(self, registry_name, value, default=None):
        return self._registries[registry_name].get(value, default)

    def get_default(self, dest):
        # an action's own default wins over set_defaults()
        owned = [a.default for a in self._actions
                 if a.dest == dest and a.default is not None]
        if owned:
            return owned[0]
        return self._defaults.get(dest, None)

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def add_argument(self, *args, **kwargs):
        """add_argument(dest, ..., name=value, ...) or
        add_argument(option_string, option_string, ..., name=value, ...)"""
        positional = not args or (len(args) == 1 and args[0][0] not in self.prefix_chars)
        if positional:
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            kwargs = self._get_positional_kwargs(*args, **kwargs)
        else:
            kwargs = self._get_optional_kwargs(*args, **kwargs)
        if 'default' not in kwargs:
            if kwargs['dest'] in self._defaults:
                kwargs['default'] = self._defaults[kwargs['dest']]
            elif self.argument_default is not None:
                kwargs['default'] = self.argument_default
        action_class = self._pop_action_class(kwargs)
        if not _callable(action_class):
            raise ValueError('unknown action "%s"' % (action_class,))
        action = action_class(**kwargs)
        converter = self._registry_get('type', action.type, action.type)
        if not _callable(converter):
            raise ValueError('%r is not callable' % (converter,))
        if hasattr(self, '_get_formatter'):
            # a metavar tuple of the wrong size shows up when formatting
            try:
                self._get_formatter()._format_args(action, None)
            except TypeError:
                raise ValueError('length of metavar tuple does not match nargs')
        return self._add_action(action)

    def _add_action(self, action):
        self._check_conflict(action)
        self._actions.append(action)
        action.container = self
        for flag in action.option_strings:
            self._option_string_actions[flag] = action
        if [flag for flag in action.option_strings if _looks_negative(flag)]:
            if not self._has_negative_number_optionals:
                self._has_negative_number_optionals.append(True)
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    def add_argument_group(self, *args, **kwargs):
        created = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(created)
        return created

    def add_mutually_exclusive_group(self, **kwargs):
        created = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(created)
        return created

    def _add_container_actions(self, container):
        """Copies the actions of a parent parser, keeping its groups."""
        by_title = {}
        for group in self._action_groups:
            if group.title in by_title:
                raise ValueError(_('cannot merge actions - two groups are named %r')
                                 % (group.title))
            by_title[group.title] = group
        target = {}
        for group in container._action_groups:
            mine = by_title.get(group.title)
            if mine is None:
                mine = self.add_argument_group(title=group.title,
                                               description=group.description,
                                               conflict_handler=group.conflict_handler)
                by_title[group.title] = mine
            for action in group._group_actions:
                target[action] = mine
        for group in container._mutually_exclusive_groups:
            twin = self.add_mutually_exclusive_group(required=group.required)
            for action in group._group_actions:
                target[action] = twin
        for action in container._actions:
            target.get(action, self)._add_action(action)

    def _get_positional_kwargs(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError(_("'required' is an invalid argument for positionals"))
        nargs = kwargs.get('nargs')
        # only ? and * (the latter with an explicit default) may be absent
        if nargs not in (OPTIONAL, ZERO_OR_MORE) or (nargs == ZERO_OR_MORE and
                                                    'default' not in kwargs):
            kwargs['required'] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _get_optional_kwargs(self, *args, **kwargs):
        chars = self.prefix_chars
        flags = []
        long_flags = []
        for flag in args:
            if flag[0] not in chars:
                raise ValueError(_('invalid option string %(option)r: must start with a '
                                   'character %(prefix_chars)r')
                                 % {'option': flag, 'prefix_chars': chars})
            flags.append(flag)
            if len(flag) > 1 and flag[1] in chars:
                long_flags.append(flag)
        dest = kwargs.pop('dest', None)
        if dest is None:
            source = (long_flags or flags)[0]
            dest = source.lstrip(chars)
            if not dest:
                raise ValueError(_('dest= is required for options like %r') % flags[-1])
            dest = dest.replace('-', '_')
        return dict(kwargs, dest=dest, option_strings=flags)

    def _pop_action_class(self, kwargs, default=None):
        name = kwargs.pop('action', default)
        return self._registry_get('action', name, name)

    def _get_handler(self):
        handler = getattr(self, '_handle_conflict_%s' % self.conflict_handler, None)
        if handler is None:
            raise ValueError(_('invalid conflict_resolution value: %r') % self.conflict_handler)
        return handler

    def _check_conflict(self, action):
        clashes = [(flag, self._option_string_actions[flag])
                   for flag in action.option_strings
                   if flag in self._option_string_actions]
        if clashes:
            self._get_handler()(action, clashes)

    def _handle_conflict_error(self, action, conflicting_actions):
        flags = ', '.join([flag for flag, _other in conflicting_actions])
        raise ArgumentError(action, _('conflicting option string(s): %s') % flags)

    def _handle_conflict_resolve(self, action, conflicting_actions):
        # the newer action wins: older ones lose the clashing flags
        for flag, older in conflicting_actions:
            older.option_strings.remove(flag)
            self._option_string_actions.pop(flag, None)
            if not older.option_strings:
                older.container._remove_action(older)


class _ArgumentGroup(_ActionsContainer):
    """A titled group of arguments for help; it shares the parser's
    tables, so its arguments are parsed like any other."""

    def __init__(self, container, title=None, description=None, **kwargs):
        for key in ('conflict_handler', 'prefix_chars', 'argument_default'):
            kwargs.setdefault(key, getattr(container, key))
        _ActionsContainer.__init__(self, description=description, **kwargs)
        self.title = title
        self._group_actions = []
        self._registries = container._registries
        self._actions = container._actions
        self._option_string_actions = container._option_string_actions
        self._defaults = container._defaults
        self._has_negative_number_optionals = container._has_negative_number_optionals
        self._mutually_exclusive_groups = container._mutually_exclusive_groups

    def _add_action(self, action):
        action = _ActionsContainer._add_action(self, action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        _ActionsContainer._remove_action(self, action)
        self._group_actions.remove(action)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    """Arguments of which at most one (exactly one if required) is given."""

    def __init__(self, container, required=False):
        _ArgumentGroup.__init__(self, container)
        self.required = required
        self._container = container

    def _add_action(self, action):
        if action.required:
            raise ValueError(_('mutually exclusive arguments must be optional'))
        action = self._container._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        self._container._remove_action(action)
        self._group_actions.remove(action)


# ---- matching nargs against the classified command line ------------------------------
#
# The command line is a string of 'O' (option), 'A' (argument) and '-'
# (the '--' marker).  An nargs value becomes a list of atoms
# (letters allowed, fewest, most); atoms match greedily with backtracking,
# anchored at the start only.

_UNBOUNDED = 1 << 30

_DASHES = ('-', 0, _UNBOUNDED)
_ONE_ARG = ('A', 1, 1)


def _atoms_for(nargs, for_option):
    if nargs is None:
        atoms = [_DASHES, _ONE_ARG, _DASHES]
    elif nargs == OPTIONAL:
        atoms = [_DASHES, ('A', 0, 1), _DASHES]
    elif nargs == ZERO_OR_MORE:
        atoms = [_DASHES, ('A-', 0, _UNBOUNDED)]
    elif nargs == ONE_OR_MORE:
        atoms = [_DASHES, _ONE_ARG, ('A-', 0, _UNBOUNDED)]
    elif nargs == REMAINDER:
        atoms = [('-AO', 0, _UNBOUNDED)]
    elif nargs == PARSER:
        atoms = [_DASHES, _ONE_ARG, ('-AO', 0, _UNBOUNDED)]
    else:
        atoms = [_DASHES]
        for _i in range(nargs):
            atoms += [_ONE_ARG, _DASHES]
    if for_option:
        # an option's arguments never include the '--' marker
        stripped = []
        for letters, least, most in atoms:
            letters = letters.replace('-', '')
            if letters:
                stripped.append((letters, least, most))
        atoms = stripped
    return atoms


def _match_prefix(atom_lists, pattern):
    """How many letters of pattern each atom list takes when they are
    matched one after another from the start, or None if they cannot."""
    flat = []
    for owner, atoms in enumerate(atom_lists):
        flat.extend([(owner, atom) for atom in atoms])
    taken = [0] * len(atom_lists)

    def attempt(k, pos):
        if k == len(flat):
            return True
        owner, (letters, least, most) = flat[k]
        count = 0
        cap = min(most, len(pattern) - pos)
        while count < cap and pattern[pos + count] in letters:
            count += 1
        while count >= least:
            if attempt(k + 1, pos + count):
                taken[owner] += count
                return True
            count -= 1
        return False

    if attempt(0, 0):
        return taken
    return None


# ---- the parser ----------------------------------------------------------------------------

class ArgumentParser(_AttributeHolder, _ActionsContainer):
    """The command-line parser.  Keywords: prog, usage, description, epilog,
    version (deprecated), parents, formatter_class, prefix_chars,
    fromfile_prefix_chars, argument_default, conflict_handler, add_help."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, version=None,
                 parents=[], formatter_class=HelpFormatter, prefix_chars='-',
                 fromfile_prefix_chars=None, argument_default=None,
                 conflict_handler='error', add_help=True):
        if version is not None:
            import warnings
            warnings.warn('The "version" argument to ArgumentParser is deprecated. '
                          'Please use "add_argument(..., action=\'version\', version="N", ...)" '
                          'instead', DeprecationWarning)
        _ActionsContainer.__init__(self, description=description, prefix_chars=prefix_chars,
                                   argument_default=argument_default,
                                   conflict_handler=conflict_handler)
        if prog is None:
            prog = _basename(_sys.argv[0])
        self.prog, self.usage, self.epilog, self.version = prog, usage, epilog, version
        self.formatter_class = formatter_class
        self.add_help = add_help
        self.fromfile_prefix_chars = fromfile_prefix_chars

        self._positionals = self.add_argument_group(_('positional arguments'))
        self._optionals = self.add_argument_group(_('optional arguments'))
        self._subparsers = None
        self.register('type', None, lambda string: string)

        lead = prefix_chars[0]
        if '-' in prefix_chars:
            lead = '-'
        if self.add_help:
            self.add_argument(lead + 'h', lead * 2 + 'help', action='help', default=SUPPRESS,
                              help=_('show this help message and exit'))
        if self.version:
            self.add_argument(lead + 'v', lead * 2 + 'version', action='version',
                              default=SUPPRESS, version=self.version,
                              help=_("show program's version number and exit"))
        for parent in parents:
            self._add_container_actions(parent)
            inherited = getattr(parent, '_defaults', None)
            if inherited is not None:
                self._defaults.update(inherited)

    def _get_kwargs(self):
        fields = ('prog', 'usage', 'description', 'version', 'formatter_class',
                  'conflict_handler', 'add_help')
        return [(field, getattr(self, field)) for field in fields]

    # -- declarations

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error(_('cannot have multiple subparser arguments'))
        kwargs.setdefault('parser_class', type(self))
        # with a title or description the sub-commands get their own section
        if 'title' not in kwargs and 'description' not in kwargs:
            self._subparsers = self._positionals
        else:
            heading = _(kwargs.pop('title', 'subcommands'))
            blurb = _(kwargs.pop('description', None))
            self._subparsers = self.add_argument_group(heading, blurb)
        if kwargs.get('prog') is None:
            # the sub-parsers' prog: our prog followed by the positionals so far
            formatter = self._get_formatter()
            formatter.add_usage(self.usage, self._get_positional_actions(),
                                self._mutually_exclusive_groups, '')
            kwargs['prog'] = formatter.format_help().strip()
        action_class = self._pop_action_class(kwargs, 'parsers')
        action = action_class(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    def _add_action(self, action):
        # options and positionals are listed under separate default headings
        home = self._positionals
        if action.option_strings:
            home = self._optionals
        home._add_action(action)
        return action

    def _get_optional_actions(self):
        return [action for action in self._actions if action.option_strings]

    def _get_positional_actions(self):
        return [action for action in self._actions if not action.option_strings]

    # -- parsing

    def parse_args(self, args=None, namespace=None):
        parsed, leftover = self.parse_known_args(args, namespace)
        if leftover:
            self.error(_('unrecognized arguments: %s') % ' '.join(leftover))
        return parsed

    def parse_known_args(self, args=None, namespace=None):
        args = _sys.argv[1:] if args is None else list(args)
        namespace = Namespace() if namespace is None else namespace
        # defaults first, without overwriting what the namespace has
        for action in self._actions:
            if action.dest is SUPPRESS or action.default is SUPPRESS:
                continue
            if not hasattr(namespace, action.dest):
                setattr(namespace, action.dest, action.default)
        for dest, value in self._defaults.items():
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)
        try:
            namespace, args = self._parse_known_args(args, namespace)
        except ArgumentError as exc:
            self.error(str(exc))
        if hasattr(namespace, _UNRECOGNIZED_ARGS_ATTR):
            args.extend(getattr(namespace, _UNRECOGNIZED_ARGS_ATTR))
            delattr(namespace, _UNRECOGNIZED_ARGS_ATTR)
        return namespace, args

    def _parse_known_args(self, arg_strings, namespace):
        if self.fromfile_prefix_chars is not None:
            arg_strings = self._read_args_from_files(arg_strings)
        run = _ParseRun(self, arg_strings, namespace)
        extras = run.consume_all()
        if run.positionals:
            self.error(_('too few arguments'))
        for action in self._actions:
            if action in run.seen:
                continue
            if action.required:
                self.error(_('argument %s is required') % _get_action_name(action))
            # string defaults are converted only when actually used
            default = action.default
            if (default is not None and isinstance(default, basestring) and
                    hasattr(namespace, action.dest) and
                    default is getattr(namespace, action.dest)):
                setattr(namespace, action.dest, self._get_value(action, default))
        for group in self._mutually_exclusive_groups:
            if not group.required:
                continue
            if [a for a in group._group_actions if a in run.seen_non_default]:
                continue
            names = [_get_action_name(a) for a in group._group_actions
                     if a.help is not SUPPRESS]
            self.error(_('one of the arguments %s is required') % ' '.join(names))
        return namespace, extras

    def _read_args_from_files(self, arg_strings):
        expanded = []
        for word in arg_strings:
            if not word or word[0] not in self.fromfile_prefix_chars:
                expanded.append(word)
                continue
            try:
                handle = open(word[1:])
                try:
                    found = []
                    for line in handle.read().splitlines():
                        found.extend(self.convert_arg_line_to_args(line))
                finally:
                    handle.close()
                expanded.extend(self._read_args_from_files(found))
            except IOError as exc:
                self.error(str(exc))
        return expanded

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _match_argument(self, action, arg_strings_pattern):
        taken = _match_prefix([_atoms_for(action.nargs, bool(action.option_strings))],
                              arg_strings_pattern)
        if taken is not None:
            return taken[0]
        nargs = action.nargs
        if nargs is None:
            message = _('expected one argument')
        elif nargs == OPTIONAL:
            message = _('expected at most one argument')
        elif nargs == ONE_OR_MORE:
            message = _('expected at least one argument')
        else:
            message = _('expected %s argument(s)') % nargs
        raise ArgumentError(action, message)

    def _match_arguments_partial(self, actions, arg_strings_pattern):
        # as many leading positionals as can be satisfied together
        for count in range(len(actions), 0, -1):
            atom_lists = [_atoms_for(a.nargs, bool(a.option_strings)) for a in actions[:count]]
            taken = _match_prefix(atom_lists, arg_strings_pattern)
            if taken is not None:
                return taken
        return []

    def _parse_optional(self, arg_string):
        """(action, option string, explicit argument) when arg_string is an
        option (action None if unknown), or None for an argument."""
        if not arg_string or arg_string[0] not in self.prefix_chars:
            return None
        known = self._option_string_actions
        if arg_string in known:
            return known[arg_string], arg_string, None
        if len(arg_string) == 1:
            return None
        if '=' in arg_string:
            flag, value = arg_string.split('=', 1)
            if flag in known:
                return known[flag], flag, value
        candidates = self._get_option_tuples(arg_string)
        if len(candidates) > 1:
            names = ', '.join([flag for _a, flag, _v in candidates])
            self.error(_('ambiguous option: %s could match %s') % (arg_string, names))
        if len(candidates) == 1:
            return candidates[0]
        if _looks_negative(arg_string) and not self._has_negative_number_optionals:
            return None
        if ' ' in arg_string:
            return None
        return None, arg_string, None

    def _get_option_tuples(self, option_string):
        """The options option_string may abbreviate."""
        chars = self.prefix_chars
        if option_string[0] not in chars:
            self.error(_('unexpected option string: %s') % option_string)
        found = []
        if option_string[1] in chars:
            prefix, eq, value = option_string.partition('=')
            if not eq:
                value = None
            for flag, action in self._option_string_actions.items():
                if flag.startswith(prefix):
                    found.append((action, flag, value))
        else:
            # -xVALUE: the short option -x with VALUE attached
            short = option_string[:2]
            attached = option_string[2:]
            for flag, action in self._option_string_actions.items():
                if flag == short:
                    found.append((action, flag, attached))
                elif flag.startswith(option_string):
                    found.append((action, flag, None))
        return found

    def _get_values(self, action, arg_strings):
        nargs = action.nargs
        if nargs != PARSER and nargs != REMAINDER and '--' in arg_strings:
            arg_strings.remove('--')
        if not arg_strings and nargs == OPTIONAL:
            value = action.default
            if action.option_strings:
                value = action.const
            if isinstance(value, basestring):
                value = self._get_value(action, value)
                self._check_value(action, value)
            return value
        if not arg_strings and nargs == ZERO_OR_MORE and not action.option_strings:
            value = action.default
            if value is None:
                value = arg_strings
            self._check_value(action, value)
            return value
        if len(arg_strings) == 1 and nargs in (None, OPTIONAL):
            value = self._get_value(action, arg_strings[0])
            self._check_value(action, value)
            return value
        values = [self._get_value(action, word) for word in arg_strings]
        if nargs == PARSER:
            self._check_value(action, values[0])
        elif nargs != REMAINDER:
            for value in values:
                self._check_value(action, value)
        return values

    def _get_value(self, action, arg_string):
        converter = self._registry_get('type', action.type, action.type)
        if not _callable(converter):
            raise ArgumentError(action, _('%r is not callable') % converter)
        try:
            return converter(arg_string)
        except ArgumentTypeError as exc:
            raise ArgumentError(action, str(exc))
        except (TypeError, ValueError):
            type_name = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, _('invalid %s value: %r') % (type_name, arg_string))

    def _check_value(self, action, value):
        choices = action.choices
        if choices is not None and value not in choices:
            listed = ', '.join([repr(choice) for choice in choices])
            raise ArgumentError(action, _('invalid choice: %r (choose from %s)')
                                % (value, listed))

    # -- help and exiting

    def format_usage(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return formatter.format_help()

    def format_help(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        formatter.add_text(self.description)
        for group in self._action_groups:
            formatter.start_section(group.title)
            formatter.add_text(group.description)
            formatter.add_arguments(group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def format_version(self):
        import warnings
        warnings.warn('The format_version method is deprecated -- the "version" '
                      'argument to ArgumentParser is no longer supported.',
                      DeprecationWarning)
        formatter = self._get_formatter()
        formatter.add_text(self.version)
        return formatter.format_help()

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), _sys.stdout if file is None else file)

    def print_help(self, file=None):
        self._print_message(self.format_help(), _sys.stdout if file is None else file)

    def print_version(self, file=None):
        import warnings
        warnings.warn('The print_version method is deprecated -- the "version" '
                      'argument to ArgumentParser is no longer supported.',
                      DeprecationWarning)
        self._print_message(self.format_version(), file)

    def _print_message(self, message, file=None):
        if not message:
            return
        if file is None:
            file = _sys.stderr
        file.write(message)

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Prints the usage and the message to stderr and exits with 2."""
        self.print_usage(_sys.stderr)
        self.exit(2, _('%s: error: %s\n') % (self.prog, message))


class _ParseRun(object):
    """The state of one parse: walks the classified command line, handing
    option and positional strings to their actions."""

    def __init__(self, parser, arg_strings, namespace):
        self.parser = parser
        self.args = arg_strings
        self.namespace = namespace
        self.extras = []
        self.seen = set()
        self.seen_non_default = set()
        self.positionals = parser._get_positional_actions()
        self.rivals = {}
        for group in parser._mutually_exclusive_groups:
            members = group._group_actions
            for action in members:
                others = self.rivals.setdefault(action, [])
                others.extend([other for other in members if other is not action])
        self._classify()

    def _classify(self):
        """Builds the letter pattern and remembers the parsed options."""
        letters = []
        self.options = {}
        after_marker = False
        for index, word in enumerate(self.args):
            if after_marker:
                letters.append('A')
            elif word == '--':
                letters.append('-')
                after_marker = True
            else:
                found = self.parser._parse_optional(word)
                if found is None:
                    letters.append('A')
                else:
                    self.options[index] = found
                    letters.append('O')
        self.pattern = ''.join(letters)

    def take(self, action, strings, flag=None):
        self.seen.add(action)
        values = self.parser._get_values(action, strings)
        if values is not action.default:
            self.seen_non_default.add(action)
            for rival in self.rivals.get(action, ()):
                if rival in self.seen_non_default:
                    raise ArgumentError(action, _('not allowed with argument %s')
                                        % _get_action_name(rival))
        if values is not SUPPRESS:
            action(self.parser, self.namespace, values, flag)

    def consume_option(self, index):
        """Handles the option at index (and its arguments); returns the
        index after them."""
        action, flag, attached = self.options[index]
        pending = []
        while True:
            if action is None:
                self.extras.append(self.args[index])
                return index + 1
            if attached is None:
                first = index + 1
                count = self.parser._match_argument(action, self.pattern[first:])
                pending.append((action, self.args[first:first + count], flag))
                end = first + count
                break
            count = self.parser._match_argument(action, 'A')
            chars = self.parser.prefix_chars
            if count == 0 and flag[1] not in chars:
                # -xyz: -x takes nothing, so -y (then -z) follow
                pending.append((action, [], flag))
                flag = flag[0] + attached[0]
                next_attached = attached[1:] or None
                if flag not in self.parser._option_string_actions:
                    raise ArgumentError(action, _('ignored explicit argument %r') % attached)
                action = self.parser._option_string_actions[flag]
                attached = next_attached
            elif count == 1:
                pending.append((action, [attached], flag))
                end = index + 1
                break
            else:
                raise ArgumentError(action, _('ignored explicit argument %r') % attached)
        for action, strings, flag in pending:
            self.take(action, strings, flag)
        return end

    def consume_positionals(self, index):
        counts = self.parser._match_arguments_partial(self.positionals, self.pattern[index:])
        for action, count in zip(self.positionals, counts):
            strings = self.args[index:index + count]
            index += count
            self.take(action, strings)
        del self.positionals[:len(counts)]
        return index

    def consume_all(self):
        index = 0
        option_indices = sorted(self.options)
        last_option = -1
        if option_indices:
            last_option = option_indices[-1]
        while index <= last_option:
            upcoming = min([i for i in option_indices if i >= index])
            if index != upcoming:
                reached = self.consume_positionals(index)
                if reached > index:
                    index = reached
                    continue
                index = reached
            if index not in self.options:
                # strings no positional wanted, before the next option
                self.extras.extend(self.args[index:upcoming])
                index = upcoming
            index = self.consume_option(index)
        index = self.consume_positionals(index)
        self.extras.extend(self.args[index:])
        return self.extras
