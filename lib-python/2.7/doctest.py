"""Run the interactive examples in docstrings and text files and check
that they print what the text shows.

    def square(x):
        '''A docstring holding an interactive session: the prompt
        line `square(2)` followed by the wanted output `4`.'''
        return x * x

    if __name__ == "__main__":
        import doctest
        doctest.testmod()

The parser, the output checker and the runner are written without
regular expressions."""

__docformat__ = 'reStructuredText en'

__all__ = ['register_optionflag', 'DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE', 'NORMALIZE_WHITESPACE',
           'ELLIPSIS', 'SKIP', 'IGNORE_EXCEPTION_DETAIL', 'COMPARISON_FLAGS', 'REPORT_UDIFF', 'REPORT_CDIFF',
           'REPORT_NDIFF', 'REPORT_ONLY_FIRST_FAILURE', 'REPORTING_FLAGS', 'Example', 'DocTest',
           'DocTestParser', 'DocTestFinder', 'DocTestRunner', 'OutputChecker', 'DocTestFailure',
           'UnexpectedException', 'DebugRunner', 'testmod', 'testfile', 'run_docstring_examples',
           'Tester', 'DocTestSuite', 'DocFileSuite', 'set_unittest_reportflags', 'script_from_examples',
           'testsource', 'debug_src', 'debug']

import __future__

import sys
import traceback
import inspect
import linecache
import pdb
import types
import unittest
import warnings
from StringIO import StringIO


class TestResults(tuple):
    """(failed, attempted)."""
    __slots__ = ()
    _fields = ('failed', 'attempted')

    def __new__(cls, failed, attempted):
        return tuple.__new__(cls, (failed, attempted))

    failed = property(lambda self: self[0])
    attempted = property(lambda self: self[1])

    def __repr__(self):
        return 'TestResults(failed=%r, attempted=%r)' % self

    def _asdict(self):
        return {'failed': self[0], 'attempted': self[1]}


OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    """The flag bit for an option name (a new bit for a new name)."""
    return OPTIONFLAGS_BY_NAME.setdefault(name, 1 << len(OPTIONFLAGS_BY_NAME))

DONT_ACCEPT_TRUE_FOR_1 = register_optionflag('DONT_ACCEPT_TRUE_FOR_1')
DONT_ACCEPT_BLANKLINE = register_optionflag('DONT_ACCEPT_BLANKLINE')
NORMALIZE_WHITESPACE = register_optionflag('NORMALIZE_WHITESPACE')
ELLIPSIS = register_optionflag('ELLIPSIS')
SKIP = register_optionflag('SKIP')
IGNORE_EXCEPTION_DETAIL = register_optionflag('IGNORE_EXCEPTION_DETAIL')

COMPARISON_FLAGS = (DONT_ACCEPT_TRUE_FOR_1 | DONT_ACCEPT_BLANKLINE | NORMALIZE_WHITESPACE | ELLIPSIS | SKIP |
                    IGNORE_EXCEPTION_DETAIL)

REPORT_UDIFF = register_optionflag('REPORT_UDIFF')
REPORT_CDIFF = register_optionflag('REPORT_CDIFF')
REPORT_NDIFF = register_optionflag('REPORT_NDIFF')
REPORT_ONLY_FIRST_FAILURE = register_optionflag('REPORT_ONLY_FIRST_FAILURE')

REPORTING_FLAGS = (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF | REPORT_ONLY_FIRST_FAILURE)

BLANKLINE_MARKER = '<BLANKLINE>'
ELLIPSIS_MARKER = '...'


# ---- helpers ------------------------------------------------------------------------

def _extract_future_flags(globs):
    """The compiler flags of the __future__ features imported in globs."""
    flags = 0
    for feature_name in __future__.all_feature_names:
        feature = getattr(__future__, feature_name)
        if globs.get(feature_name, None) is feature:
            flags |= feature.compiler_flag
    return flags


def _normalize_module(module, depth=2):
    """A module object from a module, a dotted name, or None (the
    caller's caller's module)."""
    if isinstance(module, basestring):
        return __import__(module, globals(), locals(), ["*"])
    if module is None:
        caller = sys._getframe(depth).f_globals
        return sys.modules[caller['__name__']]
    if not inspect.ismodule(module):
        raise TypeError("Expected a module, string, or None")
    return module


# how unicode reports are written out (sys.stdout's encoding may be None)
_encoding = getattr(sys.__stdout__, 'encoding', None) or 'utf-8'


def _indent(s, indent=4):
    """s with `indent` spaces before each non-empty line; unicode is
    encoded with _encoding first (unencodable characters escaped)."""
    if isinstance(s, unicode):
        s = s.encode(_encoding, 'backslashreplace')
    pad = ' ' * indent
    return '\n'.join([pad + line if line else '' for line in s.split('\n')])


def _exception_traceback(exc_info):
    """The traceback of an exc_info triple, as print_exception prints it."""
    sink = StringIO()
    traceback.print_exception(exc_info[0], exc_info[1], exc_info[2], file=sink)
    return sink.getvalue()


class _SpoofOut(StringIO):
    """Where the examples' output goes: getvalue() ends with a newline and
    forgets any pending softspace."""

    def _forget_softspace(self):
        # print's trailing-comma state must not leak into the next example
        self.__dict__.pop('softspace', None)

    def getvalue(self):
        text = StringIO.getvalue(self)
        self._forget_softspace()
        if text[-1:] not in ('', '\n'):
            text += '\n'
        return text

    def truncate(self, size=None):
        StringIO.truncate(self, size)
        self._forget_softspace()
        if not self.buf:
            self.buf = ''


def _ellipsis_match(want, got):
    """Whether got matches want, where '...' in want matches anything."""
    pieces = want.split(ELLIPSIS_MARKER)
    if len(pieces) == 1:
        return want == got
    head, tail = pieces[0], pieces[-1]
    # the fixed ends must not overlap each other
    if len(head) + len(tail) > len(got):
        return False
    if not (got.startswith(head) and got.endswith(tail)):
        return False
    pos, limit = len(head), len(got) - len(tail)
    for middle in pieces[1:-1]:
        found = got.find(middle, pos, limit)
        if found < 0:
            return False
        pos = found + len(middle)
    return True


def _comment_line(line):
    """Return a commented form of the given line."""
    line = line.rstrip()
    if line:
        return '# ' + line
    return '#'


def _strip_exception_details(msg):
    """The exception's type name without module and the message:
    'a.b.Error: x' -> 'Error'."""
    start, end = 0, len(msg)
    i = msg.find("\n")
    if i >= 0:
        end = i
    i = msg.find(':', 0, end)
    if i >= 0:
        end = i
    i = msg.rfind('.', 0, end)
    if i >= 0:
        start = i + 1
    return msg[start:end]


def _is_blank(line):
    return line.strip(' ') == ''


def _is_blank_or_comment(source):
    """Whether an example's source is only spaces, maybe a comment, and at
    most a final newline (bare prompts and comment lines make none)."""
    import re
    return re.match(r'[ ]*(#.*)?$', source) is not None


def _leading_spaces(line):
    return len(line) - len(line.lstrip(' '))


# ---- examples and tests -------------------------------------------------------------

class Example:
    """One example: source (ends with a newline), the wanted output, the
    wanted exception message (or None), its line number and indentation,
    and its option flags {flag: bool}."""

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0, options=None):
        if not source.endswith('\n'):
            source += '\n'
        if want and not want.endswith('\n'):
            want += '\n'
        if exc_msg is not None and not exc_msg.endswith('\n'):
            exc_msg += '\n'
        self.source = source
        self.want = want
        self.lineno = lineno
        self.indent = indent
        if options is None:
            options = {}
        self.options = options
        self.exc_msg = exc_msg

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.source == other.source and self.want == other.want and self.lineno == other.lineno and
                self.indent == other.indent and self.options == other.options and
                self.exc_msg == other.exc_msg)

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash((self.source, self.want, self.lineno, self.indent, self.exc_msg))


class DocTest:
    """The examples of one docstring (or file) and the globals they run in."""

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        assert not isinstance(examples, basestring), "DocTest no longer accepts str; use DocTestParser instead"
        self.examples = examples
        self.docstring = docstring
        self.globs = globs.copy()
        self.name = name
        self.filename = filename
        self.lineno = lineno

    def __repr__(self):
        if len(self.examples) == 0:
            examples = 'no examples'
        elif len(self.examples) == 1:
            examples = '1 example'
        else:
            examples = '%d examples' % len(self.examples)
        return ('<DocTest %s from %s:%s (%s)>' % (self.name, self.filename, self.lineno, examples))

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.examples == other.examples and self.docstring == other.docstring and
                self.globs == other.globs and self.name == other.name and self.filename == other.filename and
                self.lineno == other.lineno)

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash((self.docstring, self.name, self.filename, self.lineno))

    def __cmp__(self, other):
        if not isinstance(other, DocTest):
            return -1
        return cmp((self.name, self.filename, self.lineno, id(self)),
                   (other.name, other.filename, other.lineno, id(other)))


# ---- the parser ---------------------------------------------------------------------

class DocTestParser:
    """Finds the examples in a string: a '>>> ' line, '... ' continuation
    lines, then the wanted output up to a blank line or the next '>>>'."""

    def parse(self, string, name='<string>'):
        """The text split into strings and Examples, in order."""
        string = string.expandtabs()
        min_indent = self._min_indent(string)
        if min_indent > 0:
            string = '\n'.join([l[min_indent:] for l in string.split('\n')])
        output = []
        lines = string.split('\n')
        # offsets of the line starts, to give the text between the examples
        starts = []
        pos = 0
        for line in lines:
            starts.append(pos)
            pos += len(line) + 1
        charno = 0
        i = 0
        n = len(lines)
        while i < n:
            line = lines[i]
            stripped = line.lstrip(' ')
            if not stripped.startswith('>>>'):
                i += 1
                continue
            indent = len(line) - len(stripped)
            first = i
            i += 1
            while i < n and lines[i].lstrip(' ').startswith('...') and \
                    _leading_spaces(lines[i]) >= 0 and lines[i][:_leading_spaces(lines[i])].strip() == '':
                i += 1
            source_lines = lines[first:i]
            want_start = i
            while i < n and not _is_blank(lines[i]) and not lines[i].lstrip(' ').startswith('>>>'):
                i += 1
            want_lines = lines[want_start:i]
            output.append(string[charno:starts[first]])
            lineno = first
            (source, options, want, exc_msg) = self._parse_example(indent, source_lines, want_lines, name, lineno)
            if not _is_blank_or_comment(source):
                output.append(Example(source, want, exc_msg, lineno=lineno, indent=indent, options=options))
            if i < n:
                end = starts[i]
            else:
                end = len(string)
            # the example's text runs to the end of its last line
            if want_lines:
                end = starts[want_start + len(want_lines) - 1] + len(want_lines[-1])
            else:
                end = starts[first + len(source_lines) - 1] + len(source_lines[-1])
            end = min(end + 1, len(string))
            charno = end
        output.append(string[charno:])
        return output

    def get_doctest(self, string, globs, name, filename, lineno):
        """A DocTest of the examples in string."""
        return DocTest(self.get_examples(string, name), globs, name, filename, lineno, string)

    def get_examples(self, string, name='<string>'):
        """The Examples in string."""
        return [x for x in self.parse(string, name) if isinstance(x, Example)]

    def _parse_example(self, indent, source_lines, want_lines, name, lineno):
        self._check_prompt_blank(source_lines, indent, name, lineno)
        self._check_prefix(source_lines[1:], ' ' * indent + '.', name, lineno)
        source = '\n'.join([sl[indent + 4:] for sl in source_lines])
        if len(want_lines) > 1 and want_lines[-1].strip(' ') == '':
            del want_lines[-1]
        self._check_prefix(want_lines, ' ' * indent, name, lineno + len(source_lines))
        want = '\n'.join([wl[indent:] for wl in want_lines])
        if want:
            want += '\n'
        exc_msg = self._exception_message(want)
        options = self._find_options(source, name, lineno)
        return source, options, want, exc_msg

    def _exception_message(self, want):
        """The exception line(s) of a wanted traceback, or None."""
        first, _sep, rest = want.partition('\n')
        header = first.rstrip()
        if header not in ('Traceback (most recent call last):', 'Traceback (innermost last):'):
            return None
        offset = 0
        for line in rest.split('\n'):
            if line[:1].isalnum() or line[:1] == '_':
                return rest[offset:]
            offset += len(line) + 1
        return None

    def _find_options(self, source, name, lineno):
        """{flag: bool} from '# doctest: +FLAG, -FLAG' comments."""
        options = {}
        for line in source.split('\n'):
            i = line.find('#')
            while i >= 0:
                rest = line[i + 1:].lstrip()
                if rest.startswith('doctest:'):
                    directive = rest[len('doctest:'):]
                    if "'" in directive or '"' in directive:
                        break
                    option_strings = directive.replace(',', ' ').split()
                    for option in option_strings:
                        if (option[0] not in '+-' or option[1:] not in OPTIONFLAGS_BY_NAME):
                            raise ValueError('line %r of the doctest for %s has an invalid option: %r'
                                             % (lineno + 1, name, option))
                        flag = OPTIONFLAGS_BY_NAME[option[1:]]
                        options[flag] = (option[0] == '+')
                    break
                i = line.find('#', i + 1)
        if options and _is_blank_or_comment(source):
            raise ValueError('line %r of the doctest for %s has an option directive on a line with no '
                             'example: %r' % (lineno, name, source))
        return options

    def _min_indent(self, s):
        """The least indentation of the non-blank lines."""
        indents = [_leading_spaces(l) for l in s.split('\n') if l.strip()]
        if len(indents) > 0:
            return min(indents)
        return 0

    def _check_prompt_blank(self, lines, indent, name, lineno):
        for i, line in enumerate(lines):
            if len(line) >= indent + 4 and line[indent + 3] != ' ':
                raise ValueError('line %r of the docstring for %s lacks blank after %s: %r'
                                 % (lineno + i + 1, name, line[indent:indent + 3], line))

    def _check_prefix(self, lines, prefix, name, lineno):
        for i, line in enumerate(lines):
            if line and not line.startswith(prefix):
                raise ValueError('line %r of the docstring for %s has inconsistent leading whitespace: %r'
                                 % (lineno + i + 1, name, line))


# ---- the finder ---------------------------------------------------------------------

class DocTestFinder:
    """Collects the DocTests of an object and (recursively) of the
    functions, classes and methods it contains."""

    def __init__(self, verbose=False, parser=DocTestParser(), recurse=True, exclude_empty=True):
        self._parser = parser
        self._verbose = verbose
        self._recurse = recurse
        self._exclude_empty = exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        """The DocTests of obj and of what it contains, sorted."""
        if name is None:
            name = getattr(obj, '__name__', None)
        if name is None:
            raise ValueError("DocTestFinder.find: name must be given when obj.__name__ doesn't exist: %r"
                             % (type(obj),))
        if module is None:
            module = inspect.getmodule(obj)
        elif module is False:
            module = None
        namespace = {}
        if globs is not None:
            namespace.update(globs)
        elif module is not None:
            namespace.update(module.__dict__)
        namespace.update(extraglobs or {})
        namespace.setdefault('__name__', '__main__')
        found = []
        self._walk(found, obj, name, module, self._source_of(obj, module), namespace, set())
        found.sort()
        return found

    def _source_of(self, obj, module):
        """The lines of the file defining obj, or None."""
        try:
            where = inspect.getsourcefile(obj) or inspect.getfile(obj)
        except TypeError:
            return None
        extra = () if module is None else (module.__dict__,)
        return linecache.getlines(where, *extra) or None

    def _from_module(self, module, object):
        """Whether object was defined in module (always when module is None)."""
        if module is None:
            return True
        home = inspect.getmodule(object)
        if home is not None:
            return home is module
        if inspect.isfunction(object):
            return object.func_globals is module.__dict__
        if inspect.isclass(object) or hasattr(object, '__module__'):
            return object.__module__ == module.__name__
        if isinstance(object, property):
            return True
        raise ValueError("object must be a class or function")

    def _children(self, obj, name, module):
        """(qualified name, value) of what the walk descends into."""
        kids = []
        if inspect.ismodule(obj):
            for key, val in obj.__dict__.items():
                if (inspect.isclass(val) or inspect.isfunction(val)) and self._from_module(module, val):
                    kids.append(('%s.%s' % (name, key), val))
            for key, val in getattr(obj, '__test__', {}).items():
                if not isinstance(key, basestring):
                    raise ValueError("DocTestFinder.find: __test__ keys must be strings: %r" % (type(key),))
                acceptable = (isinstance(val, basestring) or inspect.isfunction(val) or inspect.isclass(val)
                              or inspect.ismethod(val) or inspect.ismodule(val))
                if not acceptable:
                    raise ValueError("DocTestFinder.find: __test__ values must be strings, functions, methods, "
                                     "classes, or modules: %r" % (type(val),))
                kids.append(('%s.__test__.%s' % (name, key), val))
        elif inspect.isclass(obj):
            for key, val in obj.__dict__.items():
                if isinstance(val, staticmethod):
                    val = getattr(obj, key)
                elif isinstance(val, classmethod):
                    val = getattr(obj, key).im_func
                wanted = inspect.isfunction(val) or inspect.isclass(val) or isinstance(val, property)
                if wanted and self._from_module(module, val):
                    kids.append(('%s.%s' % (name, key), val))
        return kids

    def _walk(self, found, obj, name, module, source_lines, globs, visited):
        if self._verbose:
            print 'Finding tests in %s' % name
        key = id(obj)
        if key in visited:
            return
        visited.add(key)
        test = self._get_test(obj, name, module, globs, source_lines)
        if test is not None:
            found.append(test)
        if not self._recurse:
            return
        for child_name, child in self._children(obj, name, module):
            self._walk(found, child, child_name, module, source_lines, globs, visited)

    def _docstring_of(self, obj):
        if isinstance(obj, basestring):
            return obj
        try:
            doc = obj.__doc__
        except (TypeError, AttributeError):
            return ''
        if doc is None:
            return ''
        if isinstance(doc, basestring):
            return doc
        return str(doc)

    def _get_test(self, obj, name, module, globs, source_lines):
        docstring = self._docstring_of(obj)
        lineno = self._find_lineno(obj, source_lines)
        if not docstring and self._exclude_empty:
            return None
        filename = None
        if module is not None:
            filename = getattr(module, '__file__', module.__name__)
            if filename.endswith('.pyc') or filename.endswith('.pyo'):
                filename = filename[:-1]
        return self._parser.get_doctest(docstring, globs, name, filename, lineno)

    def _find_lineno(self, obj, source_lines):
        """The line (0-based) where obj's docstring starts, or None."""
        lineno = None
        if inspect.ismodule(obj):
            lineno = 0
        if inspect.isclass(obj):
            if source_lines is None:
                return None
            name = obj.__name__
            for i, line in enumerate(source_lines):
                stripped = line.lstrip()
                if stripped.startswith('class') and stripped[5:6] in (' ', '\t'):
                    rest = stripped[5:].lstrip()
                    if rest.startswith(name) and not (rest[len(name):len(name) + 1].isalnum() or
                                                      rest[len(name):len(name) + 1] == '_'):
                        lineno = i
                        break
        if inspect.ismethod(obj):
            obj = obj.im_func
        if inspect.isfunction(obj):
            obj = obj.func_code
        if inspect.istraceback(obj):
            obj = obj.tb_frame
        if inspect.isframe(obj):
            obj = obj.f_code
        if inspect.iscode(obj):
            lineno = getattr(obj, 'co_firstlineno', None) - 1
        if lineno is not None:
            if source_lines is None:
                return lineno + 1
            for i in range(lineno, len(source_lines)):
                if self._docstring_starts(source_lines[i]):
                    return i
        return None

    def _docstring_starts(self, line):
        """Whether a quote opens on this line, after at most a ':' and a
        string prefix."""
        for i, c in enumerate(line):
            if c in '"\'':
                before = line[:i]
                colon = before.rfind(':')
                if colon >= 0:
                    before = before[colon + 1:]
                before = before.strip()
                return before == '' or before.replace('_', 'a').isalnum()
        return False


# ---- the runner ---------------------------------------------------------------------

class DocTestRunner:
    """Runs DocTests, checks each example's output and reports failures
    (through out(text)); summarize() totals them."""

    DIVIDER = "*" * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = checker or OutputChecker()
        self._verbose = ('-v' in sys.argv) if verbose is None else verbose
        self.optionflags = self.original_optionflags = optionflags
        self.tries = self.failures = 0
        self._name2ft = {}
        self._fakeout = _SpoofOut()

    def report_start(self, out, test, example):
        if not self._verbose:
            return
        text = 'Trying:\n' + _indent(example.source)
        if example.want:
            text += 'Expecting:\n' + _indent(example.want)
        else:
            text += 'Expecting nothing\n'
        out(text)

    def report_success(self, out, test, example, got):
        if self._verbose:
            out("ok\n")

    def report_failure(self, out, test, example, got):
        difference = self._checker.output_difference(example, got, self.optionflags)
        out(self._failure_header(test, example) + difference)

    def report_unexpected_exception(self, out, test, example, exc_info):
        trace = _exception_traceback(exc_info)
        out(self._failure_header(test, example) + 'Exception raised:\n' + _indent(trace))

    def _failure_header(self, test, example):
        if not test.filename:
            where = 'Line %s, in %s' % (example.lineno + 1, test.name)
        else:
            known = test.lineno is not None and example.lineno is not None
            line = test.lineno + example.lineno + 1 if known else '?'
            where = 'File "%s", line %s, in %s' % (test.filename, line, test.name)
        return '%s\n%s\nFailed example:\n%s' % (self.DIVIDER, where, _indent(example.source))

    def _flags_for(self, example, base):
        """base with the example's own directives switched on or off."""
        flags = base
        for bit, on in example.options.items():
            flags = (flags | bit) if on else (flags & ~bit)
        return flags

    def _execute(self, test, example, index, compileflags):
        """Run one example; (printed text, exc_info or None)."""
        code_name = '<doctest %s[%d]>' % (test.name, index)
        caught = None
        try:
            code = compile(example.source, code_name, "single", compileflags, 1)
            exec code in test.globs
        except KeyboardInterrupt:
            raise
        except:
            caught = sys.exc_info()
        printed = self._fakeout.getvalue()
        self._fakeout.truncate(0)
        return printed, caught

    def _exception_matches(self, example, exc_info):
        if example.exc_msg is None:
            return False
        actual = traceback.format_exception_only(exc_info[0], exc_info[1])[-1]
        check = self._checker.check_output
        if check(example.exc_msg, actual, self.optionflags):
            return True
        if not self.optionflags & IGNORE_EXCEPTION_DETAIL:
            return False
        return check(_strip_exception_details(example.exc_msg), _strip_exception_details(actual),
                     self.optionflags)

    def __run(self, test, compileflags, out):
        base = self.optionflags
        failed = attempted = 0
        for index, example in enumerate(test.examples):
            # the previous example's flags decide whether to stay quiet
            silent = bool(self.optionflags & REPORT_ONLY_FIRST_FAILURE) and failed > 0
            self.optionflags = self._flags_for(example, base)
            if self.optionflags & SKIP:
                continue
            attempted += 1
            if not silent:
                self.report_start(out, test, example)
            got, caught = self._execute(test, example, index, compileflags)
            if caught is None:
                ok = self._checker.check_output(example.want, got, self.optionflags)
                unexpected = False
            else:
                if not silent:
                    got += _exception_traceback(caught)
                unexpected = example.exc_msg is None
                ok = not unexpected and self._exception_matches(example, caught)
            if ok:
                if not silent:
                    self.report_success(out, test, example, got)
                continue
            failed += 1
            if silent:
                continue
            if unexpected:
                self.report_unexpected_exception(out, test, example, caught)
            else:
                self.report_failure(out, test, example, got)
        self.optionflags = base
        self.__record_outcome(test, failed, attempted)
        return TestResults(failed, attempted)

    def __record_outcome(self, test, f, t):
        old_f, old_t = self._name2ft.get(test.name, (0, 0))
        self._name2ft[test.name] = (old_f + f, old_t + t)
        self.tries += t
        self.failures += f

    def __patched_linecache_getlines(self, filename, module_globals=None):
        """The example's source for the '<doctest name[N]>' pseudo files."""
        if filename.startswith('<doctest ') and filename.endswith(']>'):
            open_ = filename.rfind('[')
            name = filename[len('<doctest '):open_]
            num = filename[open_ + 1:-2]
            if num.isdigit() and name == self.test.name:
                example = self.test.examples[int(num)]
                source = example.source
                if isinstance(source, unicode):
                    source = source.encode('ascii', 'backslashreplace')
                return source.splitlines(True)
        return self.save_linecache_getlines(filename, module_globals)

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        """Run the examples of test, reporting through out (sys.stdout's
        write by default); TestResults(failed, attempted)."""
        self.test = test
        if compileflags is None:
            compileflags = _extract_future_flags(test.globs)
        real_stdout = sys.stdout
        if out is None:
            out = self._writer_for(real_stdout)
        saved = (real_stdout, linecache.getlines, sys.displayhook, pdb.set_trace)
        self.save_linecache_getlines = saved[1]
        # pdb.set_trace() in an example talks to the stream that was
        # sys.stdout, not to the captured output
        self.debugger = _OutputRedirectingPdb(real_stdout)
        self.debugger.reset()
        pdb.set_trace = self.debugger.set_trace
        sys.stdout = self._fakeout
        linecache.getlines = self.__patched_linecache_getlines
        sys.displayhook = sys.__displayhook__
        try:
            return self.__run(test, compileflags, out)
        finally:
            sys.stdout, linecache.getlines, sys.displayhook, pdb.set_trace = saved
            if clear_globs:
                test.globs.clear()

    def _writer_for(self, stream):
        """stream.write, encoding unicode reports for a non-UTF-8 stream."""
        encoding = getattr(stream, "encoding", None)
        if encoding is None or encoding.lower() == 'utf-8':
            return stream.write

        def write(text):
            if hasattr(text, 'encode'):
                text = text.encode(encoding, "backslashreplace")
            stream.write(text)
        return write

    def summarize(self, verbose=None):
        """Print the totals (everything when verbose, else only the
        failures); TestResults(failed, attempted)."""
        talk = self._verbose if verbose is None else verbose
        table = sorted(self._name2ft.items())
        empty = [name for name, ft in table if ft[1] == 0]
        clean = [(name, ft[1]) for name, ft in table if ft[1] and not ft[0]]
        broken = [(name, ft) for name, ft in table if ft[0]]
        all_f = sum([ft[0] for name, ft in table])
        all_t = sum([ft[1] for name, ft in table])
        lines = []
        if talk and empty:
            lines.append('%d items had no tests:' % len(empty))
            lines.extend(['    ' + name for name in empty])
        if talk and clean:
            lines.append('%d items passed all tests:' % len(clean))
            lines.extend([' %3d tests in %s' % (count, name) for name, count in clean])
        if broken:
            lines.append(self.DIVIDER)
            lines.append('%d items had failures:' % len(broken))
            lines.extend([' %3d of %3d in %s' % (ft[0], ft[1], name) for name, ft in broken])
        if talk:
            lines.append('%d tests in %d items.' % (all_t, len(table)))
            lines.append('%d passed and %d failed.' % (all_t - all_f, all_f))
        if all_f:
            lines.append('***Test Failed*** %d failures.' % all_f)
        elif talk:
            lines.append('Test passed.')
        for line in lines:
            print line
        return TestResults(all_f, all_t)

    def merge(self, other):
        """Add other's per-name totals to ours."""
        for key, (f, t) in other._name2ft.items():
            old_f, old_t = self._name2ft.get(key, (0, 0))
            self._name2ft[key] = (old_f + f, old_t + t)


class _OutputRedirectingPdb(pdb.Pdb):
    """The debugger of pdb.set_trace() calls made by examples: it writes to
    `out` (and sys.stdout is `out` while it runs); input is still read with
    raw_input()."""

    def __init__(self, out):
        self.__out = out
        self.__used = False
        pdb.Pdb.__init__(self, stdout=out)
        self.use_rawinput = 1

    def set_trace(self, frame=None):
        self.__used = True
        pdb.Pdb.set_trace(self, frame or sys._getframe().f_back)

    def set_continue(self):
        # only when it was really used: continuing turns off tracing, which
        # would also stop a coverage tool
        if self.__used:
            pdb.Pdb.set_continue(self)

    def trace_dispatch(self, *args):
        stdout = sys.stdout
        sys.stdout = self.__out
        try:
            return pdb.Pdb.trace_dispatch(self, *args)
        finally:
            sys.stdout = stdout


class OutputChecker:
    """Compares an example's wanted output with what it printed, under the
    comparison option flags."""

    def check_output(self, want, got, optionflags):
        """Whether got is acceptable for want under optionflags."""
        if want == got:
            return True
        if not optionflags & DONT_ACCEPT_TRUE_FOR_1 and (want, got) in _BOOL_SPELLINGS:
            return True
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            want = _blank_markers_to_empty(want)
            got = _blank_lines_to_empty(got)
            if want == got:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            want = ' '.join(want.split())
            got = ' '.join(got.split())
            if want == got:
                return True
        return bool(optionflags & ELLIPSIS) and _ellipsis_match(want, got)

    def _do_a_fancy_diff(self, want, got, optionflags):
        """Whether a failure is shown as a diff: always for ndiff, for the
        others only when both sides have more than two lines."""
        if optionflags & REPORT_NDIFF:
            return True
        if optionflags & (REPORT_UDIFF | REPORT_CDIFF):
            return min(want.count('\n'), got.count('\n')) > 2
        return False

    def _diff_lines(self, want, got, optionflags):
        """(title, diff lines) for the selected diff style."""
        import difflib
        old = want.splitlines(True)
        new = got.splitlines(True)
        if optionflags & REPORT_UDIFF:
            return ('unified diff with -expected +actual', list(difflib.unified_diff(old, new, n=2))[2:])
        if optionflags & REPORT_CDIFF:
            return ('context diff with expected followed by actual',
                    list(difflib.context_diff(old, new, n=2))[2:])
        differ = difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK)
        return 'ndiff with -expected +actual', list(differ.compare(old, new))

    def output_difference(self, example, got, optionflags):
        """The 'Expected: ... Got: ...' text of a failure."""
        want = example.want
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            got = _mark_blank_lines(got)
        if self._do_a_fancy_diff(want, got, optionflags):
            title, lines = self._diff_lines(want, got, optionflags)
            body = ''.join(lines)
            return 'Differences (%s):\n%s' % (title, _indent(body))
        first = 'Expected:\n' + _indent(want) if want else 'Expected nothing\n'
        second = 'Got:\n' + _indent(got) if got else 'Got nothing\n'
        return first + second


_BOOL_SPELLINGS = (("1\n", "True\n"), ("0\n", "False\n"))


def _blank_markers_to_empty(text):
    """<BLANKLINE> lines (trailing spaces allowed) become empty lines."""
    pieces = text.split('\n')
    return '\n'.join(['' if p.rstrip() == BLANKLINE_MARKER else p for p in pieces])


def _blank_lines_to_empty(text):
    pieces = text.split('\n')
    return '\n'.join([p if p.strip() else '' for p in pieces])


def _mark_blank_lines(text):
    """Blank lines (except after the final newline) shown as <BLANKLINE>."""
    pieces = text.split('\n')
    last = len(pieces) - 1
    return '\n'.join([BLANKLINE_MARKER if k < last and not p.strip(' ') else p
                      for k, p in enumerate(pieces)])


class _ExampleProblem(Exception):
    """Base of the exceptions a DebugRunner raises; str() names the test."""

    _detail = 'got'

    def __init__(self, test, example, detail):
        self.test, self.example = test, example
        setattr(self, self._detail, detail)

    def __str__(self):
        return str(self.test)


class DocTestFailure(_ExampleProblem):
    """An example printed the wrong thing (raised by DebugRunner); the
    attributes are test, example and got."""


class UnexpectedException(_ExampleProblem):
    """An example raised (raised by DebugRunner); the attributes are
    test, example and exc_info."""
    _detail = 'exc_info'


class DebugRunner(DocTestRunner):
    """A runner that raises at the first failure instead of reporting it,
    keeping the test's globals for a post-mortem."""

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        totals = DocTestRunner.run(self, test, compileflags, out, False)
        # reached only when nothing was raised
        if clear_globs:
            test.globs.clear()
        return totals


# ---- the entry points ---------------------------------------------------------------

master = None


def _runner_for(raise_on_error, verbose, optionflags):
    kind = DebugRunner if raise_on_error else DocTestRunner
    return kind(verbose=verbose, optionflags=optionflags)


def _finish(runner, report):
    """Summarize if asked, fold the run into the module-wide master runner,
    and give the run's totals."""
    global master
    if report:
        runner.summarize()
    if master is not None:
        master.merge(runner)
    else:
        master = runner
    return TestResults(runner.failures, runner.tries)


def _fresh_globals(globs, extraglobs):
    result = {} if globs is None else globs.copy()
    if extraglobs is not None:
        result.update(extraglobs)
    result.setdefault('__name__', '__main__')
    return result


def _base_name(path):
    return path.replace('\\', '/').split('/')[-1]


def testmod(m=None, name=None, globs=None, verbose=None, report=True, optionflags=0, extraglobs=None,
            raise_on_error=False, exclude_empty=False):
    """Test the examples in the docstrings of module m (__main__ by
    default) and what it contains; TestResults(failed, attempted)."""
    target = sys.modules.get('__main__') if m is None else m
    if not inspect.ismodule(target):
        raise TypeError("testmod: module required; %r" % (target,))
    runner = _runner_for(raise_on_error, verbose, optionflags)
    tests = DocTestFinder(exclude_empty=exclude_empty).find(
        target, target.__name__ if name is None else name, globs=globs, extraglobs=extraglobs)
    for test in tests:
        runner.run(test)
    return _finish(runner, report)


def _module_relative_path(module, path):
    if not inspect.ismodule(module):
        raise TypeError('Expected a module: %r' % module)
    if path.startswith('/'):
        raise ValueError('Module-relative files may not have absolute paths')
    anchor = getattr(module, '__file__', None)
    if anchor is None:
        anchor = sys.argv[0] if sys.argv else ''
    folder = anchor.replace('\\', '/').rpartition('/')[0]
    return folder + '/' + path if folder else path


def _load_testfile(filename, package, module_relative):
    if module_relative:
        filename = _module_relative_path(_normalize_module(package, 3), filename)
    # universal newlines: files written on Windows or old Macs work too
    with open(filename, 'U') as f:
        text = f.read()
    return text, filename


def testfile(filename, module_relative=True, name=None, package=None, globs=None, verbose=None, report=True,
             optionflags=0, extraglobs=None, raise_on_error=False, parser=DocTestParser(), encoding=None):
    """Test the examples in a text file."""
    if package and not module_relative:
        raise ValueError("Package may only be specified for module-relative paths.")
    text, filename = _load_testfile(filename, package, module_relative)
    namespace = _fresh_globals(globs, extraglobs)
    runner = _runner_for(raise_on_error, verbose, optionflags)
    if encoding is not None:
        text = text.decode(encoding)
    label = _base_name(filename) if name is None else name
    runner.run(parser.get_doctest(text, namespace, label, filename, 0))
    return _finish(runner, report)


def run_docstring_examples(f, globs, verbose=False, name="NoName", compileflags=None, optionflags=0):
    """Test the examples in f's docstring (not in what it contains)."""
    finder = DocTestFinder(verbose=verbose, recurse=False)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(f, name, globs=globs):
        runner.run(test, compileflags=compileflags)


class Tester:
    """The old interface (deprecated in 2.4)."""

    def __init__(self, mod=None, globs=None, verbose=None, optionflags=0):
        warnings.warn("class Tester is deprecated; use class doctest.DocTestRunner instead",
                      DeprecationWarning, stacklevel=2)
        if mod is None:
            if globs is None:
                raise TypeError("Tester.__init__: must specify mod or globs")
        elif not inspect.ismodule(mod):
            raise TypeError("Tester.__init__: mod must be a module; %r" % (mod,))
        self.globs = mod.__dict__ if globs is None else globs
        self.verbose, self.optionflags = verbose, optionflags
        self.testfinder = DocTestFinder()
        self.testrunner = DocTestRunner(verbose=verbose, optionflags=optionflags)

    def runstring(self, s, name):
        test = DocTestParser().get_doctest(s, self.globs, name, None, None)
        if self.verbose:
            print "Running string", name
        results = self.testrunner.run(test)
        if self.verbose:
            print results[0], "of", results[1], "examples failed in string", name
        return TestResults(results[0], results[1])

    def rundoc(self, object, name=None, module=None):
        totals = [0, 0]
        for test in self.testfinder.find(object, name, module=module, globs=self.globs):
            failed, tried = self.testrunner.run(test)
            totals[0] += failed
            totals[1] += tried
        return TestResults(totals[0], totals[1])

    def _scratch_module(self, name):
        return types.ModuleType(name)

    def rundict(self, d, name, module=None):
        holder = self._scratch_module(name)
        holder.__dict__.update(d)
        return self.rundoc(holder, name, False if module is None else module)

    def run__test__(self, d, name):
        holder = self._scratch_module(name)
        holder.__test__ = d
        return self.rundoc(holder, name)

    def summarize(self, verbose=None):
        return self.testrunner.summarize(verbose)

    def merge(self, other):
        self.testrunner.merge(other.testrunner)


# ---- unittest integration -------------------------------------------------------------

_unittest_reportflags = 0


def set_unittest_reportflags(flags):
    """Set the reporting flags DocTestCases use; the previous flags."""
    global _unittest_reportflags
    if flags & ~REPORTING_FLAGS:
        raise ValueError("Only reporting flags allowed", flags)
    previous, _unittest_reportflags = _unittest_reportflags, flags
    return previous


class DocTestCase(unittest.TestCase):
    """A unittest test case running one DocTest."""

    def __init__(self, test, optionflags=0, setUp=None, tearDown=None, checker=None):
        unittest.TestCase.__init__(self)
        self._dt_optionflags = optionflags
        self._dt_checker = checker
        self._dt_test = test
        self._dt_setUp = setUp
        self._dt_tearDown = tearDown

    def setUp(self):
        if self._dt_setUp is not None:
            self._dt_setUp(self._dt_test)

    def tearDown(self):
        if self._dt_tearDown is not None:
            self._dt_tearDown(self._dt_test)
        self._dt_test.globs.clear()

    def runTest(self):
        flags = self._dt_optionflags
        if not flags & REPORTING_FLAGS:
            # no reporting flags of its own: the module-wide ones
            flags |= _unittest_reportflags
        report = StringIO()
        runner = DocTestRunner(optionflags=flags, checker=self._dt_checker, verbose=False)
        stdout = sys.stdout
        try:
            runner.DIVIDER = "-" * 70
            failed, tried = runner.run(self._dt_test, out=report.write, clear_globs=False)
        finally:
            sys.stdout = stdout
        if failed:
            raise self.failureException(self.format_failure(report.getvalue()))

    def format_failure(self, err):
        test = self._dt_test
        if test.lineno is None:
            where = 'unknown line number'
        else:
            where = '%s' % test.lineno
        return ('Failed doctest test for %s\n  File "%s", line %s, in %s\n\n%s'
                % (test.name, test.filename, where, test.name.split('.')[-1], err))

    def debug(self):
        """Run the test without catching anything: a DocTestFailure or an
        UnexpectedException comes out for the first problem."""
        self.setUp()
        runner = DebugRunner(optionflags=self._dt_optionflags, checker=self._dt_checker,
                             verbose=False)
        runner.run(self._dt_test, clear_globs=False)
        self.tearDown()

    def id(self):
        return self._dt_test.name

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self._dt_test == other._dt_test and
                self._dt_optionflags == other._dt_optionflags and
                self._dt_setUp == other._dt_setUp and
                self._dt_tearDown == other._dt_tearDown and
                self._dt_checker == other._dt_checker)

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash((self._dt_optionflags, self._dt_setUp, self._dt_tearDown,
                     self._dt_checker))

    def __repr__(self):
        prefix, _dot, last = self._dt_test.name.rpartition('.')
        return "%s (%s)" % (last, prefix)

    __str__ = __repr__

    def shortDescription(self):
        return "Doctest: " + self._dt_test.name


class SkipDocTestCase(DocTestCase):
    """Stands for a module whose docstrings were stripped (python -OO)."""

    def __init__(self, module):
        self.module = module
        DocTestCase.__init__(self, None)

    def setUp(self):
        self.skipTest("DocTestSuite will not work with -O2 and above")

    def test_skip(self):
        pass

    def shortDescription(self):
        return "Skipping tests from %s" % self.module.__name__

    __str__ = shortDescription


class DocFileCase(DocTestCase):
    """The test case of a text file of examples."""

    def id(self):
        return '_'.join(self._dt_test.name.split('.'))

    def __repr__(self):
        return self._dt_test.filename

    __str__ = __repr__

    def format_failure(self, err):
        return ('Failed doctest test for %s\n  File "%s", line 0\n\n%s'
                % (self._dt_test.name, self._dt_test.filename, err))


def _source_filename(module):
    filename = module.__file__
    if filename.endswith('.pyc') or filename.endswith('.pyo'):
        return filename[:-1]
    return filename


def DocTestSuite(module=None, globs=None, extraglobs=None, test_finder=None, **options):
    """A unittest suite with a test case per docstring with examples."""
    import unittest
    module = _normalize_module(module)
    finder = DocTestFinder() if test_finder is None else test_finder
    tests = finder.find(module, globs=globs, extraglobs=extraglobs)
    suite = unittest.TestSuite()
    if not tests:
        if sys.flags.optimize < 2:
            raise ValueError(module, "has no docstrings")
        # docstrings were stripped (-OO): an empty placeholder case
        suite.addTest(SkipDocTestCase(module))
        return suite
    for test in sorted(tests):
        if not test.examples:
            continue
        if not test.filename:
            test.filename = _source_filename(module)
        suite.addTest(DocTestCase(test, **options))
    return suite


def _file_case(path, module_relative=True, package=None, globs=None, parser=DocTestParser(), encoding=None,
               **options):
    """The DocTestCase of one text file."""
    namespace = {} if globs is None else globs.copy()
    if package and not module_relative:
        raise ValueError("Package may only be specified for module-relative paths.")
    text, path = _load_testfile(path, package, module_relative)
    namespace.setdefault("__file__", path)
    if encoding is not None:
        text = text.decode(encoding)
    test = parser.get_doctest(text, namespace, _base_name(path), path, 0)
    return DocFileCase(test, **options)


def DocFileSuite(*paths, **kw):
    """A unittest suite with a test case per text file."""
    import unittest
    if kw.get('module_relative', True):
        kw['package'] = _normalize_module(kw.get('package'))
    suite = unittest.TestSuite()
    for path in paths:
        suite.addTest(_file_case(path, **kw))
    return suite


# ---- debugging support ----------------------------------------------------------------

def script_from_examples(s):
    """The examples of s as a script: the example code as is, everything
    else (wanted output included) as comments."""
    script = []
    for piece in DocTestParser().parse(s):
        if not isinstance(piece, Example):
            script.extend([_comment_line(text) for text in piece.split('\n')[:-1]])
            continue
        script.append(piece.source[:-1])
        if piece.want:
            script.append('# Expected:')
            script.extend(['## ' + text for text in piece.want.split('\n')[:-1]])
    # drop the bare '#' lines at both ends
    first, last = 0, len(script)
    while last > first and script[last - 1] == '#':
        last -= 1
    while first < last and script[first] == '#':
        first += 1
    return '\n'.join(script[first:last]) + '\n'


def testsource(module, name):
    """The script of the examples of the named object's docstring."""
    module = _normalize_module(module)
    for test in DocTestFinder().find(module):
        if test.name == name:
            return script_from_examples(test.docstring)
    raise ValueError(name, "not found in tests")


def debug_src(src, pm=False, globs=None):
    """Debug the examples of the docstring text src."""
    debug_script(script_from_examples(src), pm, globs)


def debug_script(src, pm=False, globs=None):
    """Run the script src under pdb (post-mortem only when pm)."""
    import pdb
    namespace = dict(globs) if globs else {}
    if not pm:
        pdb.run("exec(%r)" % src, namespace, namespace)
        return
    try:
        exec src in namespace, namespace
    except:
        print sys.exc_info()[1]
        pdb.post_mortem(sys.exc_info()[2])


def debug(module, name, pm=False):
    """Debug the examples of the named object's docstring."""
    module = _normalize_module(module)
    debug_script(testsource(module, name), pm, module.__dict__)


def _run_one_file(path):
    """The failure count of testing one module (.py) or text file."""
    if not path.endswith(".py"):
        return testfile(path, module_relative=False)[0]
    folder, _sep, base = path.replace('\\', '/').rpartition('/')
    if folder:
        sys.path.insert(0, folder)
    try:
        mod = __import__(base[:-3])
    finally:
        if folder:
            del sys.path[0]
    return testmod(mod)[0]


def _test():
    """python -m doctest [-v] file...: test modules and text files."""
    paths = [arg for arg in sys.argv[1:] if arg and not arg.startswith('-')]
    if not paths:
        print "usage: {0} [-v] file ...".format(_base_name(sys.argv[0]))
        return 2
    for path in paths:
        if _run_one_file(path):
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(_test())
