"""Run the interactive examples in docstrings and text files and check
that they print what the text shows.

    def f(x):
        '''
        >>> f(2)
        4
        '''
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
import types
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
    for fname in __future__.all_feature_names:
        feature = globs.get(fname, None)
        if feature is getattr(__future__, fname):
            flags |= feature.compiler_flag
    return flags


def _normalize_module(module, depth=2):
    if inspect.ismodule(module):
        return module
    elif isinstance(module, (str, unicode)):
        return __import__(module, globals(), locals(), ["*"])
    elif module is None:
        return sys.modules[sys._getframe(depth).f_globals['__name__']]
    else:
        raise TypeError("Expected a module, string, or None")


def _indent(s, indent=4):
    """s with `indent` spaces before each non-empty line."""
    lines = s.split('\n')
    return '\n'.join([(' ' * indent + line) if line else line for line in lines])


def _exception_traceback(exc_info):
    """The traceback of an exc_info triple, as print_exception prints it."""
    excout = StringIO()
    exc_type, exc_val, exc_tb = exc_info
    traceback.print_exception(exc_type, exc_val, exc_tb, file=excout)
    return excout.getvalue()


class _SpoofOut(StringIO):
    """Where the examples' output goes: getvalue() ends with a newline and
    forgets any pending softspace."""

    def getvalue(self):
        result = StringIO.getvalue(self)
        if result and not result.endswith("\n"):
            result += "\n"
        if hasattr(self, "softspace"):
            del self.softspace
        return result

    def truncate(self, size=None):
        StringIO.truncate(self, size)
        if hasattr(self, "softspace"):
            del self.softspace
        if not self.buf:
            self.buf = ''


def _ellipsis_match(want, got):
    """Whether got matches want, where '...' in want matches anything."""
    if ELLIPSIS_MARKER not in want:
        return want == got
    ws = want.split(ELLIPSIS_MARKER)
    assert len(ws) >= 2
    startpos, endpos = 0, len(got)
    w = ws[0]
    if w:
        if got.startswith(w):
            startpos = len(w)
            del ws[0]
        else:
            return False
    w = ws[-1]
    if w:
        if got.endswith(w):
            endpos -= len(w)
            del ws[-1]
        else:
            return False
    if startpos > endpos:
        return False
    for w in ws:
        startpos = got.find(w, startpos, endpos)
        if startpos < 0:
            return False
        startpos += len(w)
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
    stripped = source.lstrip(' ')
    return stripped == '' or stripped.startswith('#') and '\n' not in stripped


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
        if name is None:
            name = getattr(obj, '__name__', None)
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given when obj.__name__ doesn't exist: %r"
                                 % (type(obj),))
        if module is False:
            module = None
        elif module is None:
            module = inspect.getmodule(obj)
        try:
            file = inspect.getsourcefile(obj) or inspect.getfile(obj)
            if module is not None:
                source_lines = linecache.getlines(file, module.__dict__)
            else:
                source_lines = linecache.getlines(file)
            if not source_lines:
                source_lines = None
        except TypeError:
            source_lines = None
        if globs is None:
            if module is None:
                globs = {}
            else:
                globs = module.__dict__.copy()
        else:
            globs = globs.copy()
        if extraglobs is not None:
            globs.update(extraglobs)
        if '__name__' not in globs:
            globs['__name__'] = '__main__'
        tests = []
        self._find(tests, obj, name, module, source_lines, globs, {})
        tests.sort()
        return tests

    def _from_module(self, module, object):
        if module is None:
            return True
        elif inspect.getmodule(object) is not None:
            return module is inspect.getmodule(object)
        elif inspect.isfunction(object):
            return module.__dict__ is object.func_globals
        elif inspect.isclass(object):
            return module.__name__ == object.__module__
        elif hasattr(object, '__module__'):
            return module.__name__ == object.__module__
        elif isinstance(object, property):
            return True
        else:
            raise ValueError("object must be a class or function")

    def _find(self, tests, obj, name, module, source_lines, globs, seen):
        if self._verbose:
            print 'Finding tests in %s' % name
        if id(obj) in seen:
            return
        seen[id(obj)] = 1
        test = self._get_test(obj, name, module, globs, source_lines)
        if test is not None:
            tests.append(test)
        if inspect.ismodule(obj) and self._recurse:
            for valname, val in obj.__dict__.items():
                valname = '%s.%s' % (name, valname)
                if ((inspect.isfunction(val) or inspect.isclass(val)) and self._from_module(module, val)):
                    self._find(tests, val, valname, module, source_lines, globs, seen)
        if inspect.ismodule(obj) and self._recurse:
            for valname, val in getattr(obj, '__test__', {}).items():
                if not isinstance(valname, basestring):
                    raise ValueError("DocTestFinder.find: __test__ keys must be strings: %r" % (type(valname),))
                if not (inspect.isfunction(val) or inspect.isclass(val) or inspect.ismethod(val) or
                        inspect.ismodule(val) or isinstance(val, basestring)):
                    raise ValueError("DocTestFinder.find: __test__ values must be strings, functions, methods, "
                                     "classes, or modules: %r" % (type(val),))
                valname = '%s.__test__.%s' % (name, valname)
                self._find(tests, val, valname, module, source_lines, globs, seen)
        if inspect.isclass(obj) and self._recurse:
            for valname, val in obj.__dict__.items():
                if isinstance(val, staticmethod):
                    val = getattr(obj, valname)
                if isinstance(val, classmethod):
                    val = getattr(obj, valname).im_func
                if ((inspect.isfunction(val) or inspect.isclass(val) or isinstance(val, property)) and
                        self._from_module(module, val)):
                    valname = '%s.%s' % (name, valname)
                    self._find(tests, val, valname, module, source_lines, globs, seen)

    def _get_test(self, obj, name, module, globs, source_lines):
        if isinstance(obj, basestring):
            docstring = obj
        else:
            try:
                if obj.__doc__ is None:
                    docstring = ''
                else:
                    docstring = obj.__doc__
                    if not isinstance(docstring, basestring):
                        docstring = str(docstring)
            except (TypeError, AttributeError):
                docstring = ''
        lineno = self._find_lineno(obj, source_lines)
        if self._exclude_empty and not docstring:
            return None
        if module is None:
            filename = None
        else:
            filename = getattr(module, '__file__', module.__name__)
            if filename[-4:] in (".pyc", ".pyo"):
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
        if verbose is None:
            verbose = '-v' in sys.argv
        self._verbose = verbose
        self.optionflags = optionflags
        self.original_optionflags = optionflags
        self.tries = 0
        self.failures = 0
        self._name2ft = {}
        self._fakeout = _SpoofOut()

    def report_start(self, out, test, example):
        if self._verbose:
            if example.want:
                out('Trying:\n' + _indent(example.source) + 'Expecting:\n' + _indent(example.want))
            else:
                out('Trying:\n' + _indent(example.source) + 'Expecting nothing\n')

    def report_success(self, out, test, example, got):
        if self._verbose:
            out("ok\n")

    def report_failure(self, out, test, example, got):
        out(self._failure_header(test, example) + self._checker.output_difference(example, got,
                                                                                  self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        out(self._failure_header(test, example) + 'Exception raised:\n' + _indent(_exception_traceback(exc_info)))

    def _failure_header(self, test, example):
        out = [self.DIVIDER]
        if test.filename:
            if test.lineno is not None and example.lineno is not None:
                lineno = test.lineno + example.lineno + 1
            else:
                lineno = '?'
            out.append('File "%s", line %s, in %s' % (test.filename, lineno, test.name))
        else:
            out.append('Line %s, in %s' % (example.lineno + 1, test.name))
        out.append('Failed example:')
        source = example.source
        out.append(_indent(source))
        return '\n'.join(out)

    def __run(self, test, compileflags, out):
        failures = tries = 0
        original_optionflags = self.optionflags
        SUCCESS, FAILURE, BOOM = range(3)
        check = self._checker.check_output
        for examplenum, example in enumerate(test.examples):
            quiet = (self.optionflags & REPORT_ONLY_FIRST_FAILURE and failures > 0)
            self.optionflags = original_optionflags
            if example.options:
                for (optionflag, val) in example.options.items():
                    if val:
                        self.optionflags |= optionflag
                    else:
                        self.optionflags &= ~optionflag
            if self.optionflags & SKIP:
                continue
            tries += 1
            if not quiet:
                self.report_start(out, test, example)
            filename = '<doctest %s[%d]>' % (test.name, examplenum)
            try:
                exec compile(example.source, filename, "single", compileflags, 1) in test.globs
                exception = None
            except KeyboardInterrupt:
                raise
            except:
                exception = sys.exc_info()
            got = self._fakeout.getvalue()
            self._fakeout.truncate(0)
            outcome = FAILURE
            if exception is None:
                if check(example.want, got, self.optionflags):
                    outcome = SUCCESS
            else:
                exc_info = exception
                exc_msg = traceback.format_exception_only(*exc_info[:2])[-1]
                if not quiet:
                    got += _exception_traceback(exc_info)
                if example.exc_msg is None:
                    outcome = BOOM
                elif check(example.exc_msg, exc_msg, self.optionflags):
                    outcome = SUCCESS
                elif self.optionflags & IGNORE_EXCEPTION_DETAIL:
                    if check(_strip_exception_details(example.exc_msg), _strip_exception_details(exc_msg),
                             self.optionflags):
                        outcome = SUCCESS
            if outcome is SUCCESS:
                if not quiet:
                    self.report_success(out, test, example, got)
            elif outcome is FAILURE:
                if not quiet:
                    self.report_failure(out, test, example, got)
                failures += 1
            elif outcome is BOOM:
                if not quiet:
                    self.report_unexpected_exception(out, test, example, exc_info)
                failures += 1
            else:
                assert False, ("unknown outcome", outcome)
        self.optionflags = original_optionflags
        self.__record_outcome(test, failures, tries)
        return TestResults(failures, tries)

    def __record_outcome(self, test, f, t):
        f2, t2 = self._name2ft.get(test.name, (0, 0))
        self._name2ft[test.name] = (f + f2, t + t2)
        self.failures += f
        self.tries += t

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
        save_stdout = sys.stdout
        if out is None:
            encoding = save_stdout.encoding
            if encoding is None or encoding.lower() == 'utf-8':
                out = save_stdout.write
            else:
                def out(s):
                    s = getattr(s, "encode", lambda *a: s)(encoding, "backslashreplace")
                    save_stdout.write(s)
        sys.stdout = self._fakeout
        self.save_linecache_getlines = linecache.getlines
        linecache.getlines = self.__patched_linecache_getlines
        save_displayhook = sys.displayhook
        sys.displayhook = sys.__displayhook__
        try:
            return self.__run(test, compileflags, out)
        finally:
            sys.stdout = save_stdout
            linecache.getlines = self.save_linecache_getlines
            sys.displayhook = save_displayhook
            if clear_globs:
                test.globs.clear()

    def summarize(self, verbose=None):
        """Print the totals (everything when verbose, else only the
        failures); TestResults(failed, attempted)."""
        if verbose is None:
            verbose = self._verbose
        notests = []
        passed = []
        failed = []
        totalt = totalf = 0
        for x in self._name2ft.items():
            name, (f, t) = x
            assert f <= t
            totalt += t
            totalf += f
            if t == 0:
                notests.append(name)
            elif f == 0:
                passed.append((name, t))
            else:
                failed.append(x)
        if verbose:
            if notests:
                print len(notests), "items had no tests:"
                notests.sort()
                for thing in notests:
                    print "   ", thing
            if passed:
                print len(passed), "items passed all tests:"
                passed.sort()
                for thing, count in passed:
                    print " %3d tests in %s" % (count, thing)
        if failed:
            print self.DIVIDER
            print len(failed), "items had failures:"
            failed.sort()
            for thing, (f, t) in failed:
                print " %3d of %3d in %s" % (f, t, thing)
        if verbose:
            print totalt, "tests in", len(self._name2ft), "items."
            print totalt - totalf, "passed and", totalf, "failed."
        if totalf:
            print "***Test Failed***", totalf, "failures."
        elif verbose:
            print "Test passed."
        return TestResults(totalf, totalt)

    def merge(self, other):
        d = self._name2ft
        for name, (f, t) in other._name2ft.items():
            if name in d:
                f2, t2 = d[name]
                f = f + f2
                t = t + t2
            d[name] = f, t


class OutputChecker:
    """Compares an example's wanted output with what it printed, under the
    comparison option flags."""

    def check_output(self, want, got, optionflags):
        if got == want:
            return True
        if not (optionflags & DONT_ACCEPT_TRUE_FOR_1):
            if (got, want) == ("True\n", "1\n"):
                return True
            if (got, want) == ("False\n", "0\n"):
                return True
        if not (optionflags & DONT_ACCEPT_BLANKLINE):
            want = '\n'.join(['' if line.rstrip().startswith(BLANKLINE_MARKER) and
                              line.rstrip() == BLANKLINE_MARKER else line for line in want.split('\n')])
            got = '\n'.join(['' if line.strip() == '' else line for line in got.split('\n')])
            if got == want:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            got = ' '.join(got.split())
            want = ' '.join(want.split())
            if got == want:
                return True
        if optionflags & ELLIPSIS:
            if _ellipsis_match(want, got):
                return True
        return False

    def _do_a_fancy_diff(self, want, got, optionflags):
        if not optionflags & (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF):
            return False
        if optionflags & REPORT_NDIFF:
            return True
        return want.count('\n') > 2 and got.count('\n') > 2

    def output_difference(self, example, got, optionflags):
        """The 'Expected: ... Got: ...' text of a failure."""
        want = example.want
        if not (optionflags & DONT_ACCEPT_BLANKLINE):
            lines = got.split('\n')
            for i in range(len(lines) - 1):
                if lines[i].strip(' ') == '':
                    lines[i] = BLANKLINE_MARKER
            got = '\n'.join(lines)
        if self._do_a_fancy_diff(want, got, optionflags):
            import difflib
            want_lines = want.splitlines(True)
            got_lines = got.splitlines(True)
            if optionflags & REPORT_UDIFF:
                diff = difflib.unified_diff(want_lines, got_lines, n=2)
                diff = list(diff)[2:]
                kind = 'unified diff with -expected +actual'
            elif optionflags & REPORT_CDIFF:
                diff = difflib.context_diff(want_lines, got_lines, n=2)
                diff = list(diff)[2:]
                kind = 'context diff with expected followed by actual'
            elif optionflags & REPORT_NDIFF:
                engine = difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK)
                diff = list(engine.compare(want_lines, got_lines))
                kind = 'ndiff with -expected +actual'
            else:
                assert 0, 'Bad diff option'
            diff = [line.rstrip() + '\n' for line in diff]
            return 'Differences (%s):\n' % kind + _indent(''.join(diff))
        if want and got:
            return 'Expected:\n%sGot:\n%s' % (_indent(want), _indent(got))
        elif want:
            return 'Expected:\n%sGot nothing\n' % _indent(want)
        elif got:
            return 'Expected nothing\nGot:\n%s' % _indent(got)
        else:
            return 'Expected nothing\nGot nothing\n'


class DocTestFailure(Exception):
    """An example failed (raised by DebugRunner)."""

    def __init__(self, test, example, got):
        self.test = test
        self.example = example
        self.got = got

    def __str__(self):
        return str(self.test)


class UnexpectedException(Exception):
    """An example raised (raised by DebugRunner)."""

    def __init__(self, test, example, exc_info):
        self.test = test
        self.example = example
        self.exc_info = exc_info

    def __str__(self):
        return str(self.test)


class DebugRunner(DocTestRunner):
    """A runner that raises at the first failure instead of reporting it."""

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        r = DocTestRunner.run(self, test, compileflags, out, False)
        if clear_globs:
            test.globs.clear()
        return r

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)


# ---- the entry points ---------------------------------------------------------------

master = None


def testmod(m=None, name=None, globs=None, verbose=None, report=True, optionflags=0, extraglobs=None,
            raise_on_error=False, exclude_empty=False):
    """Test the examples in the docstrings of module m (__main__ by
    default) and what it contains; TestResults(failed, attempted)."""
    global master
    if m is None:
        m = sys.modules.get('__main__')
    if not inspect.ismodule(m):
        raise TypeError("testmod: module required; %r" % (m,))
    if name is None:
        name = m.__name__
    finder = DocTestFinder(exclude_empty=exclude_empty)
    if raise_on_error:
        runner = DebugRunner(verbose=verbose, optionflags=optionflags)
    else:
        runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(m, name, globs=globs, extraglobs=extraglobs):
        runner.run(test)
    if report:
        runner.summarize()
    if master is None:
        master = runner
    else:
        master.merge(runner)
    return TestResults(runner.failures, runner.tries)


def _module_relative_path(module, path):
    if not inspect.ismodule(module):
        raise TypeError('Expected a module: %r' % module)
    if path.startswith('/'):
        raise ValueError('Module-relative files may not have absolute paths')
    if hasattr(module, '__file__'):
        basedir = module.__file__.replace('\\', '/').rpartition('/')[0]
    else:
        if len(sys.argv) > 0 and sys.argv[0] != '':
            basedir = sys.argv[0].replace('\\', '/').rpartition('/')[0]
        else:
            basedir = ''
    if basedir:
        return basedir + '/' + path
    return path


def _load_testfile(filename, package, module_relative):
    if module_relative:
        package = _normalize_module(package, 3)
        filename = _module_relative_path(package, filename)
    with open(filename) as f:
        return f.read(), filename


def testfile(filename, module_relative=True, name=None, package=None, globs=None, verbose=None, report=True,
             optionflags=0, extraglobs=None, raise_on_error=False, parser=DocTestParser(), encoding=None):
    """Test the examples in a text file."""
    global master
    if package and not module_relative:
        raise ValueError("Package may only be specified for module-relative paths.")
    text, filename = _load_testfile(filename, package, module_relative)
    if name is None:
        name = filename.replace('\\', '/').split('/')[-1]
    if globs is None:
        globs = {}
    else:
        globs = globs.copy()
    if extraglobs is not None:
        globs.update(extraglobs)
    if '__name__' not in globs:
        globs['__name__'] = '__main__'
    if raise_on_error:
        runner = DebugRunner(verbose=verbose, optionflags=optionflags)
    else:
        runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    if encoding is not None:
        text = text.decode(encoding)
    test = parser.get_doctest(text, globs, name, filename, 0)
    runner.run(test)
    if report:
        runner.summarize()
    if master is None:
        master = runner
    else:
        master.merge(runner)
    return TestResults(runner.failures, runner.tries)


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
        if mod is None and globs is None:
            raise TypeError("Tester.__init__: must specify mod or globs")
        if mod is not None and not inspect.ismodule(mod):
            raise TypeError("Tester.__init__: mod must be a module; %r" % (mod,))
        if globs is None:
            globs = mod.__dict__
        self.globs = globs
        self.verbose = verbose
        self.optionflags = optionflags
        self.testfinder = DocTestFinder()
        self.testrunner = DocTestRunner(verbose=verbose, optionflags=optionflags)

    def runstring(self, s, name):
        test = DocTestParser().get_doctest(s, self.globs, name, None, None)
        if self.verbose:
            print "Running string", name
        (f, t) = self.testrunner.run(test)
        if self.verbose:
            print f, "of", t, "examples failed in string", name
        return TestResults(f, t)

    def rundoc(self, object, name=None, module=None):
        f = t = 0
        tests = self.testfinder.find(object, name, module=module, globs=self.globs)
        for test in tests:
            (f2, t2) = self.testrunner.run(test)
            (f, t) = (f + f2, t + t2)
        return TestResults(f, t)

    def rundict(self, d, name, module=None):
        m = types.ModuleType(name)
        m.__dict__.update(d)
        if module is None:
            module = False
        return self.rundoc(m, name, module)

    def run__test__(self, d, name):
        m = types.ModuleType(name)
        m.__test__ = d
        return self.rundoc(m, name)

    def summarize(self, verbose=None):
        return self.testrunner.summarize(verbose)

    def merge(self, other):
        self.testrunner.merge(other.testrunner)


# ---- unittest integration -------------------------------------------------------------

_unittest_reportflags = 0


def set_unittest_reportflags(flags):
    """Set the reporting flags DocTestCases use; the previous flags."""
    global _unittest_reportflags
    if (flags & REPORTING_FLAGS) != flags:
        raise ValueError("Only reporting flags allowed", flags)
    old = _unittest_reportflags
    _unittest_reportflags = flags
    return old


def _make_doctest_case_class():
    import unittest

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
            test = self._dt_test
            if self._dt_setUp is not None:
                self._dt_setUp(test)

        def tearDown(self):
            test = self._dt_test
            if self._dt_tearDown is not None:
                self._dt_tearDown(test)
            test.globs.clear()

        def runTest(self):
            test = self._dt_test
            old = sys.stdout
            new = StringIO()
            optionflags = self._dt_optionflags
            if not (optionflags & REPORTING_FLAGS):
                optionflags |= _unittest_reportflags
            runner = DocTestRunner(optionflags=optionflags, checker=self._dt_checker, verbose=False)
            try:
                runner.DIVIDER = "-" * 70
                failures, tries = runner.run(test, out=new.write, clear_globs=False)
            finally:
                sys.stdout = old
            if failures:
                raise self.failureException(self.format_failure(new.getvalue()))

        def format_failure(self, err):
            test = self._dt_test
            if test.lineno is None:
                lineno = 'unknown line number'
            else:
                lineno = '%s' % test.lineno
            lname = '.'.join(test.name.split('.')[-1:])
            return ('Failed doctest test for %s\n  File "%s", line %s, in %s\n\n%s'
                    % (test.name, test.filename, lineno, lname, err))

        def id(self):
            return self._dt_test.name

        def __repr__(self):
            name = self._dt_test.name.split('.')
            return "%s (%s)" % (name[-1], '.'.join(name[:-1]))

        __str__ = __repr__

        def shortDescription(self):
            return "Doctest: " + self._dt_test.name

    return DocTestCase


def DocTestSuite(module=None, globs=None, extraglobs=None, test_finder=None, **options):
    """A unittest suite with a test case per docstring with examples."""
    import unittest
    DocTestCase = _make_doctest_case_class()
    if test_finder is None:
        test_finder = DocTestFinder()
    module = _normalize_module(module)
    tests = test_finder.find(module, globs=globs, extraglobs=extraglobs)
    if not tests and sys.flags.optimize >= 2:
        suite = unittest.TestSuite()
        suite.addTest(unittest.TestCase())
        return suite
    elif not tests:
        raise ValueError(module, "has no docstrings")
    tests.sort()
    suite = unittest.TestSuite()
    for test in tests:
        if len(test.examples) == 0:
            continue
        if not test.filename:
            filename = module.__file__
            if filename[-4:] in (".pyc", ".pyo"):
                filename = filename[:-1]
            test.filename = filename
        suite.addTest(DocTestCase(test, **options))
    return suite


def DocFileSuite(*paths, **kw):
    """A unittest suite with a test case per text file."""
    import unittest
    DocTestCase = _make_doctest_case_class()
    suite = unittest.TestSuite()
    if kw.get('module_relative', True):
        kw['package'] = _normalize_module(kw.get('package'))
    for path in paths:
        module_relative = kw.pop('module_relative', True)
        package = kw.pop('package', None)
        globs = kw.pop('globs', None)
        parser = kw.pop('parser', DocTestParser())
        encoding = kw.pop('encoding', None)
        if globs is None:
            globs = {}
        else:
            globs = globs.copy()
        doc, path = _load_testfile(path, package, module_relative)
        if "__file__" not in globs:
            globs["__file__"] = path
        name = path.replace('\\', '/').split('/')[-1]
        if encoding is not None:
            doc = doc.decode(encoding)
        test = parser.get_doctest(doc, globs, name, path, 0)
        suite.addTest(DocTestCase(test, **kw))
    return suite


# ---- debugging support ----------------------------------------------------------------

def script_from_examples(s):
    """The examples of s as a script: the example code as is, everything
    else (wanted output included) as comments."""
    output = []
    for piece in DocTestParser().parse(s):
        if isinstance(piece, Example):
            output.append(piece.source[:-1])
            want = piece.want
            if want:
                output.append('# Expected:')
                output += ['## ' + l for l in want.split('\n')[:-1]]
        else:
            output += [_comment_line(l) for l in piece.split('\n')[:-1]]
    while output and output[-1] == '#':
        output.pop()
    while output and output[0] == '#':
        output.pop(0)
    return '\n'.join(output) + '\n'


def testsource(module, name):
    """The script of the examples of the named object's docstring."""
    module = _normalize_module(module)
    tests = DocTestFinder().find(module)
    test = [t for t in tests if t.name == name]
    if not test:
        raise ValueError(name, "not found in tests")
    test = test[0]
    testsrc = script_from_examples(test.docstring)
    return testsrc


def debug_src(src, pm=False, globs=None):
    """Debug a single doctest docstring, in argument `src`'"""
    testsrc = script_from_examples(src)
    debug_script(testsrc, pm, globs)


def debug_script(src, pm=False, globs=None):
    "Debug a test script.  `src` is the script, as a string."
    import pdb
    if globs:
        globs = globs.copy()
    else:
        globs = {}
    if pm:
        try:
            exec src in globs, globs
        except:
            print sys.exc_info()[1]
            p = pdb.Pdb(nosigint=True)
            p.reset()
            p.interaction(None, sys.exc_info()[2])
    else:
        pdb.Pdb(nosigint=True).run("exec(%r)" % src, globs, globs)


def debug(module, name, pm=False):
    """Debug a single doctest docstring."""
    module = _normalize_module(module)
    testsrc = testsource(module, name)
    debug_script(testsrc, pm, module.__dict__)


def _test():
    """python -m doctest file...: test the examples of modules and text files."""
    testfiles = [arg for arg in sys.argv[1:] if arg and arg[0] != '-']
    if not testfiles:
        name = sys.argv[0].replace('\\', '/').split('/')[-1]
        print "usage: {0} [-v] file ...".format(name)
        return 2
    for filename in testfiles:
        if filename.endswith(".py"):
            dirname, _sep, filename = filename.replace('\\', '/').rpartition('/')
            if dirname:
                sys.path.insert(0, dirname)
            m = __import__(filename[:-3])
            if dirname:
                del sys.path[0]
            failures, _ = testmod(m)
        else:
            failures, _ = testfile(filename, module_relative=False)
        if failures:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(_test())
