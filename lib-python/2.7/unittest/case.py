"""TestCase, the assertion methods, and the skip/expectedFailure
decorators."""

import sys
import types
import warnings

from . import result
from .util import (strclass, safe_repr, unorderable_list_difference, _count_diff_all_purpose,
                   _count_diff_hashable)

__unittest = True

DIFF_OMITTED = ('\nDiff is %s characters long. Set self.maxDiff to None to see it.')


class SkipTest(Exception):
    """Raise to skip a test (or use TestCase.skipTest, or the skip
    decorators)."""


class _ExpectedFailure(Exception):
    """An expectedFailure test failed, as expected; carries exc_info."""

    def __init__(self, exc_info):
        super(_ExpectedFailure, self).__init__()
        self.exc_info = exc_info


class _UnexpectedSuccess(Exception):
    """An expectedFailure test passed."""


def _wraps(func):
    """functools.wraps, without needing functools."""
    def decorate(wrapper):
        for attr in ('__module__', '__name__', '__doc__'):
            try:
                setattr(wrapper, attr, getattr(func, attr))
            except (AttributeError, TypeError):
                pass
        wrapper.__dict__.update(getattr(func, '__dict__', {}))
        return wrapper
    return decorate


def _unchanged(obj):
    return obj


def _is_class(obj):
    return isinstance(obj, (type, types.ClassType))


def skip(reason):
    """Decorator: always skip the test function or TestCase class."""
    def mark(item):
        if not _is_class(item):
            original = item

            @_wraps(original)
            def item(*args, **kwargs):
                raise SkipTest(reason)
        # TestCase.run and TestSuite look for these two attributes.
        item.__unittest_skip_why__ = reason
        item.__unittest_skip__ = True
        return item
    return mark


def skipIf(condition, reason):
    """Decorator: skip the test when condition is true."""
    return skip(reason) if condition else _unchanged


def skipUnless(condition, reason):
    """Decorator: skip the test unless condition is true."""
    return _unchanged if condition else skip(reason)


def expectedFailure(func):
    """Decorator: the test is known to fail; passing is reported."""
    @_wraps(func)
    def run_expecting_failure(*args, **kwargs):
        try:
            func(*args, **kwargs)
        except Exception:
            raise _ExpectedFailure(sys.exc_info())
        raise _UnexpectedSuccess
    return run_expecting_failure


def _compile(pattern):
    import re
    return re.compile(pattern)


class _AssertRaisesContext(object):
    """What assertRaises() returns when called without a callable."""

    def __init__(self, expected, test_case, expected_regexp=None):
        self.failureException = test_case.failureException
        self.expected = expected
        self.expected_regexp = expected_regexp

    def __enter__(self):
        return self

    def _expected_name(self):
        try:
            return self.expected.__name__
        except AttributeError:
            return str(self.expected)

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            raise self.failureException(
                "{0} not raised".format(self._expected_name()))
        if not issubclass(exc_type, self.expected):
            return False        # not ours: let it propagate
        self.exception = exc_value
        pattern = self.expected_regexp
        if pattern is not None and not pattern.search(str(exc_value)):
            raise self.failureException(
                '"%s" does not match "%s"' % (pattern.pattern, str(exc_value)))
        return True


def _diff_lines(first_lines, second_lines):
    """ndiff of two lists of lines, or None when difflib is unavailable."""
    try:
        import difflib
    except ImportError:
        return None
    return difflib.ndiff(first_lines, second_lines)


def _pformat(obj):
    try:
        import pprint
    except ImportError:
        return repr(obj)
    return pprint.pformat(obj)


def _short(text, limit=30):
    if len(text) > limit:
        return text[:limit] + '...'
    return text


# Errors that mean "this object cannot be indexed/measured like a sequence".
_NOT_A_SEQUENCE = (TypeError, IndexError, NotImplementedError)


def _describe_sequences(seq1, seq2, kind, strict):
    """The first part of assertSequenceEqual's message, or None when the
    two sequences count as equal (equal items, different sequence types,
    no seq_type given)."""
    try:
        len1 = len(seq1)
    except (TypeError, NotImplementedError):
        return 'First %s has no length.    Non-sequence?' % kind
    try:
        len2 = len(seq2)
    except (TypeError, NotImplementedError):
        return 'Second %s has no length.    Non-sequence?' % kind
    if seq1 == seq2:
        return None

    text = '%ss differ: %s != %s\n' % (kind.capitalize(),
                                       _short(safe_repr(seq1)),
                                       _short(safe_repr(seq2)))
    found = False
    for index in xrange(min(len1, len2)):
        pair = []
        for which, seq in (('first', seq1), ('second', seq2)):
            try:
                pair.append(seq[index])
            except _NOT_A_SEQUENCE:
                text += '\nUnable to index element %d of %s %s\n' % (index, which, kind)
                found = True
                break
        if found:
            break
        if pair[0] != pair[1]:
            text += '\nFirst differing element %d:\n%s\n%s\n' % (
                index, safe_repr(pair[0]), safe_repr(pair[1]))
            found = True
            break
    if not found and len1 == len2 and not strict and type(seq1) != type(seq2):
        return None

    if len1 != len2:
        if len1 > len2:
            longer, which, extra_at = seq1, 'First', len2
        else:
            longer, which, extra_at = seq2, 'Second', len1
        text += '\n%s %s contains %d additional elements.\n' % (
            which, kind, abs(len1 - len2))
        try:
            text += 'First extra element %d:\n%s\n' % (
                extra_at, safe_repr(longer[extra_at]))
        except _NOT_A_SEQUENCE:
            text += 'Unable to index element %d of %s %s\n' % (
                extra_at, which.lower(), kind)
    return text


class TestCase(object):
    """One test: the method named methodName (runTest by default), with
    setUp() before and tearDown() after, and the assert* methods."""

    # Raised by the assert* methods; anything else a test raises is an
    # error rather than a failure.
    failureException = AssertionError

    # With longMessage, a msg passed to an assertion is appended to the
    # standard message instead of replacing it.
    longMessage = False

    # Longest diff shown in failure messages (None: no limit).
    maxDiff = 80 * 8

    # Strings longer than this are not diffed by assertMultiLineEqual.
    _diffThreshold = 2 ** 16

    # Set by TestSuite when setUpClass raised.
    _classSetupFailed = False

    def __init__(self, methodName='runTest'):
        try:
            method = getattr(self, methodName)
        except AttributeError:
            raise ValueError("no such test method in %s: %s"
                             % (self.__class__, methodName))
        self._testMethodName = methodName
        self._testMethodDoc = method.__doc__
        self._resultForDoCleanups = None
        self._cleanups = []
        # Types whose assertEqual gets a more helpful message.
        self._type_equality_funcs = {}
        for kind, checker in ((dict, 'assertDictEqual'),
                              (list, 'assertListEqual'),
                              (tuple, 'assertTupleEqual'),
                              (set, 'assertSetEqual'),
                              (frozenset, 'assertSetEqual'),
                              (unicode, 'assertMultiLineEqual')):
            self.addTypeEqualityFunc(kind, checker)

    def addTypeEqualityFunc(self, typeobj, function):
        """assertEqual(a, b) with two objects of exactly typeobj calls
        function(a, b, msg=None)."""
        self._type_equality_funcs[typeobj] = function

    def addCleanup(self, function, *args, **kwargs):
        """Call function(*args, **kwargs) after tearDown (last added, first
        called), even when setUp fails."""
        self._cleanups.append((function, args, kwargs))

    # -- fixtures (hooks for subclasses) ----------------------------------

    def setUp(self):
        "Hook method for setting up the test fixture before exercising it."

    def tearDown(self):
        "Hook method for deconstructing the test fixture after testing it."

    @classmethod
    def setUpClass(cls):
        "Hook method for setting up class fixture before running tests in the class."

    @classmethod
    def tearDownClass(cls):
        "Hook method for deconstructing the class fixture after running all tests in the class."

    # -- identity ---------------------------------------------------------

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        return result.TestResult()

    def shortDescription(self):
        """The first line of the test method's docstring, or None."""
        doc = self._testMethodDoc
        if not doc:
            return None
        return doc.split("\n")[0].strip() or None

    def id(self):
        return "%s.%s" % (strclass(self.__class__), self._testMethodName)

    def __str__(self):
        return "%s (%s)" % (self._testMethodName, strclass(self.__class__))

    def __repr__(self):
        return "<%s testMethod=%s>" % (strclass(self.__class__), self._testMethodName)

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __eq__(self, other):
        if type(self) is type(other):
            return self._testMethodName == other._testMethodName
        return NotImplemented

    def __ne__(self, other):
        return not self == other

    # -- running ------------------------------------------------------------

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def _addSkip(self, result, reason):
        report = getattr(result, 'addSkip', None)
        if report is None:
            warnings.warn("TestResult has no addSkip method, skips not reported",
                          RuntimeWarning, 2)
            result.addSuccess(self)
        else:
            report(self, reason)

    def _skip_reason(self, method):
        """(skipped?, reason) from the skip decorators' markers."""
        marked = (getattr(self.__class__, "__unittest_skip__", False) or
                  getattr(method, "__unittest_skip__", False))
        if not marked:
            return False, None
        return True, (getattr(self.__class__, '__unittest_skip_why__', '') or
                      getattr(method, '__unittest_skip_why__', ''))

    def _report_expected_failure(self, result, exc_info):
        report = getattr(result, 'addExpectedFailure', None)
        if report is None:
            warnings.warn("TestResult has no addExpectedFailure method, reporting as passes",
                          RuntimeWarning)
            result.addSuccess(self)
        else:
            report(self, exc_info)

    def _report_unexpected_success(self, result):
        report = getattr(result, 'addUnexpectedSuccess', None)
        if report is None:
            warnings.warn("TestResult has no addUnexpectedSuccess method, reporting as failures",
                          RuntimeWarning)
            result.addFailure(self, sys.exc_info())
        else:
            report(self)

    def _call_test_method(self, method, result):
        """Run the test method itself; True when it passed."""
        try:
            method()
        except KeyboardInterrupt:
            raise
        except self.failureException:
            result.addFailure(self, sys.exc_info())
        except _ExpectedFailure as exc:
            self._report_expected_failure(result, exc.exc_info)
        except _UnexpectedSuccess:
            self._report_unexpected_success(result)
        except SkipTest as exc:
            self._addSkip(result, str(exc))
        except:
            result.addError(self, sys.exc_info())
        else:
            return True
        return False

    def _guarded(self, function, result):
        """Call a fixture method; report an error and return False if it
        raises anything but KeyboardInterrupt."""
        try:
            function()
        except KeyboardInterrupt:
            raise
        except:
            result.addError(self, sys.exc_info())
            return False
        return True

    def _run_phases(self, method, result):
        """setUp, the test, tearDown and cleanups; True if all passed."""
        passed = False
        try:
            self.setUp()
        except SkipTest as exc:
            self._addSkip(result, str(exc))
        except KeyboardInterrupt:
            raise
        except:
            result.addError(self, sys.exc_info())
        else:
            passed = self._call_test_method(method, result)
            # tearDown runs even when the test failed.
            if not self._guarded(self.tearDown, result):
                passed = False
        # Cleanups run whenever setUp was attempted.
        cleaned = self.doCleanups()
        return passed and cleaned

    def run(self, result=None):
        own_result = result is None
        if own_result:
            result = self.defaultTestResult()
            hook = getattr(result, 'startTestRun', None)
            if hook is not None:
                hook()
        self._resultForDoCleanups = result
        result.startTest(self)
        method = getattr(self, self._testMethodName)
        skipped, why = self._skip_reason(method)
        if skipped:
            # (2.7 does not call stopTestRun on this path.)
            try:
                self._addSkip(result, why)
            finally:
                result.stopTest(self)
            return
        try:
            if self._run_phases(method, result):
                result.addSuccess(self)
        finally:
            result.stopTest(self)
            if own_result:
                hook = getattr(result, 'stopTestRun', None)
                if hook is not None:
                    hook()

    def doCleanups(self):
        """Run the cleanups (last added first); True when none raised."""
        result = self._resultForDoCleanups
        all_ok = True
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            try:
                function(*args, **kwargs)
            except KeyboardInterrupt:
                raise
            except:
                all_ok = False
                result.addError(self, sys.exc_info())
        return all_ok

    def debug(self):
        """Run the test without a result: exceptions propagate."""
        self.setUp()
        getattr(self, self._testMethodName)()
        self.tearDown()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            function(*args, **kwargs)

    def skipTest(self, reason):
        """Skip this test."""
        raise SkipTest(reason)

    # -- assertion helpers ----------------------------------------------------

    def fail(self, msg=None):
        """Fail immediately with the given message."""
        raise self.failureException(msg)

    def _formatMessage(self, msg, standardMsg):
        """The message: the standard one, the user's instead or (with
        longMessage) both."""
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        try:
            return '%s : %s' % (standardMsg, msg)
        except UnicodeDecodeError:
            return '%s : %s' % (safe_repr(standardMsg), safe_repr(msg))

    def _failWith(self, msg, standardMsg):
        raise self.failureException(self._formatMessage(msg, standardMsg))

    def _truncateMessage(self, message, diff):
        limit = self.maxDiff
        if limit is not None and len(diff) > limit:
            return message + (DIFF_OMITTED % len(diff))
        return message + diff

    def _withDiff(self, message, first_lines, second_lines, joiner):
        diff = _diff_lines(first_lines, second_lines)
        if diff is None:
            return message
        return self._truncateMessage(message, '\n' + joiner.join(diff))

    # -- truth, equality, identity ----------------------------------------

    def assertTrue(self, expr, msg=None):
        """Fail unless expr is true."""
        if not expr:
            self._failWith(msg, "%s is not true" % safe_repr(expr))

    def assertFalse(self, expr, msg=None):
        """Fail if expr is true."""
        if expr:
            self._failWith(msg, "%s is not false" % safe_repr(expr))

    def _getAssertEqualityFunc(self, first, second):
        # Only used when both arguments have exactly the same type.
        if type(first) == type(second):
            checker = self._type_equality_funcs.get(type(first))
            if checker is not None:
                if isinstance(checker, basestring):
                    checker = getattr(self, checker)
                return checker
        return self._baseAssertEqual

    def _baseAssertEqual(self, first, second, msg=None):
        if not first == second:
            self._failWith(msg, '%s != %s' % (safe_repr(first), safe_repr(second)))

    def assertEqual(self, first, second, msg=None):
        """Fail unless first == second."""
        check = self._getAssertEqualityFunc(first, second)
        check(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        """Fail if first == second."""
        if not first != second:
            self._failWith(msg, '%s == %s' % (safe_repr(first), safe_repr(second)))

    def _closeness(self, first, second, places, delta):
        """(close?, description of the tolerance) for the AlmostEqual pair;
        equal values are close without computing their difference."""
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        if first == second:
            close = True
        elif delta is not None:
            close = abs(first - second) <= delta
        else:
            close = round(abs(second - first), 7 if places is None else places) == 0
        if delta is not None:
            return close, '%s delta' % safe_repr(delta)
        if places is None:
            places = 7
        return close, '%r places' % (places,)

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        """Equal when rounded to `places` decimal places (7), or within
        delta."""
        if first == second:
            return      # covers infinities and exact equality
        close, within = self._closeness(first, second, places, delta)
        if not close:
            self._failWith(msg, '%s != %s within %s' % (safe_repr(first), safe_repr(second),
                                                       within))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        """The opposite of assertAlmostEqual."""
        close, within = self._closeness(first, second, places, delta)
        if close:
            self._failWith(msg, '%s == %s within %s' % (safe_repr(first), safe_repr(second),
                                                       within))

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            self._failWith(msg, '%s is not %s' % (safe_repr(expr1), safe_repr(expr2)))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self._failWith(msg, 'unexpectedly identical: %s' % (safe_repr(expr1),))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self._failWith(msg, '%s is not None' % (safe_repr(obj),))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self._failWith(msg, 'unexpectedly None')

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self._failWith(msg, '%s is not an instance of %r' % (safe_repr(obj), cls))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self._failWith(msg, '%s is an instance of %r' % (safe_repr(obj), cls))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self._failWith(msg, '%s not found in %s' % (safe_repr(member),
                                                       safe_repr(container)))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self._failWith(msg, '%s unexpectedly found in %s' % (safe_repr(member),
                                                                safe_repr(container)))

    # -- ordering ---------------------------------------------------------------

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self._failWith(msg, '%s not less than %s' % (safe_repr(a), safe_repr(b)))

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self._failWith(msg, '%s not less than or equal to %s' % (safe_repr(a), safe_repr(b)))

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self._failWith(msg, '%s not greater than %s' % (safe_repr(a), safe_repr(b)))

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self._failWith(msg, '%s not greater than or equal to %s'
                           % (safe_repr(a), safe_repr(b)))

    # -- containers ---------------------------------------------------------

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        """Equal sequences; the message shows the first difference."""
        if seq_type is None:
            kind = "sequence"
        else:
            kind = seq_type.__name__
            for label, seq in (('First', seq1), ('Second', seq2)):
                if not isinstance(seq, seq_type):
                    raise self.failureException('%s sequence is not a %s: %s'
                                                % (label, kind, safe_repr(seq)))
        text = _describe_sequences(seq1, seq2, kind, seq_type is not None)
        if text is None:
            return
        text = self._withDiff(text, _pformat(seq1).splitlines(),
                              _pformat(seq2).splitlines(), '\n')
        self.fail(self._formatMessage(msg, text))

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def _set_difference(self, left, right, position):
        try:
            return left.difference(right)
        except TypeError as exc:
            self.fail('invalid type when attempting set difference: %s' % exc)
        except AttributeError as exc:
            self.fail('%s argument does not support set difference: %s' % (position, exc))

    def assertSetEqual(self, set1, set2, msg=None):
        """Equal sets; the message lists the items only in one of them."""
        only_first = self._set_difference(set1, set2, 'first')
        only_second = self._set_difference(set2, set1, 'second')
        if not only_first and not only_second:
            return
        lines = []
        for items, heading in ((only_first, 'Items in the first set but not the second:'),
                               (only_second, 'Items in the second set but not the first:')):
            if items:
                lines.append(heading)
                lines.extend(repr(item) for item in items)
        self.fail(self._formatMessage(msg, '\n'.join(lines)))

    def assertDictEqual(self, d1, d2, msg=None):
        self.assertIsInstance(d1, dict, 'First argument is not a dictionary')
        self.assertIsInstance(d2, dict, 'Second argument is not a dictionary')
        if d1 == d2:
            return
        text = '%s != %s' % (safe_repr(d1, True), safe_repr(d2, True))
        text = self._withDiff(text, _pformat(d1).splitlines(),
                              _pformat(d2).splitlines(), '\n')
        self.fail(self._formatMessage(msg, text))

    def assertDictContainsSubset(self, expected, actual, msg=None):
        """Every key of expected is in actual with the same value."""
        absent = []
        different = []
        for key, value in expected.iteritems():
            if key not in actual:
                absent.append(safe_repr(key))
            elif value != actual[key]:
                different.append('%s, expected: %s, actual: %s'
                                 % (safe_repr(key), safe_repr(value), safe_repr(actual[key])))
        parts = []
        if absent:
            parts.append('Missing: %s' % ','.join(absent))
        if different:
            parts.append('Mismatched values: %s' % ','.join(different))
        if parts:
            self.fail(self._formatMessage(msg, '; '.join(parts)))

    def assertItemsEqual(self, expected_seq, actual_seq, msg=None):
        """The same elements, each the same number of times, in any order."""
        first = list(expected_seq)
        second = list(actual_seq)
        try:
            for elem in first + second:
                hash(elem)
        except TypeError:
            rows = _count_diff_all_purpose(first, second)
        else:
            rows = _count_diff_hashable(first, second)
        if not rows:
            return
        detail = '\n'.join(['First has %d, Second has %d:  %r' % row for row in rows])
        text = self._truncateMessage('Element counts were not equal:\n', detail)
        self.fail(self._formatMessage(msg, text))

    def assertMultiLineEqual(self, first, second, msg=None):
        """Equal strings; the message is a line diff."""
        self.assertIsInstance(first, basestring, 'First argument is not a string')
        self.assertIsInstance(second, basestring, 'Second argument is not a string')
        if first == second:
            return
        if len(first) > self._diffThreshold or len(second) > self._diffThreshold:
            # Too long to diff in reasonable time.
            self._baseAssertEqual(first, second, msg)
        if first.strip('\r\n') == first and len(first.splitlines(True)) == 1:
            # A single line without line end: give ndiff whole lines.
            first_lines = [first + '\n']
            second_lines = [second + '\n']
        else:
            first_lines = first.splitlines(True)
            second_lines = second.splitlines(True)
        text = '%s != %s' % (safe_repr(first, True), safe_repr(second, True))
        text = self._withDiff(text, first_lines, second_lines, '')
        self.fail(self._formatMessage(msg, text))

    # -- exceptions and regular expressions ---------------------------------

    def assertRaises(self, excClass, callableObj=None, *args, **kwargs):
        """Fail unless callableObj(*args, **kwargs) raises excClass; without
        a callable, a context manager checking its block."""
        checker = _AssertRaisesContext(excClass, self)
        if callableObj is None:
            return checker
        with checker:
            callableObj(*args, **kwargs)

    def assertRaisesRegexp(self, expected_exception, expected_regexp, callable_obj=None, *args, **kwargs):
        """assertRaises() that also checks the message matches a regexp."""
        if expected_regexp is not None:
            expected_regexp = _compile(expected_regexp)
        checker = _AssertRaisesContext(expected_exception, self, expected_regexp)
        if callable_obj is None:
            return checker
        with checker:
            callable_obj(*args, **kwargs)

    def assertRegexpMatches(self, text, expected_regexp, msg=None):
        """The regexp matches somewhere in text."""
        if isinstance(expected_regexp, basestring):
            expected_regexp = _compile(expected_regexp)
        if expected_regexp.search(text):
            return
        raise self.failureException('%s: %r not found in %r' % (
            msg or "Regexp didn't match", expected_regexp.pattern, text))

    def assertNotRegexpMatches(self, text, unexpected_regexp, msg=None):
        """The regexp matches nowhere in text."""
        if isinstance(unexpected_regexp, basestring):
            unexpected_regexp = _compile(unexpected_regexp)
        found = unexpected_regexp.search(text)
        if not found:
            return
        raise self.failureException('%s: %r matches %r in %r' % (
            msg or "Regexp matched", text[found.start():found.end()],
            unexpected_regexp.pattern, text))

    # The 2.7 aliases.
    assertEquals = failUnlessEqual = assertEqual
    assertNotEquals = failIfEqual = assertNotEqual
    assertAlmostEquals = failUnlessAlmostEqual = assertAlmostEqual
    assertNotAlmostEquals = failIfAlmostEqual = assertNotAlmostEqual
    assert_ = failUnless = assertTrue
    failIf = assertFalse
    failUnlessRaises = assertRaises


class FunctionTestCase(TestCase):
    """A test case around a plain function (with optional set-up and
    tear-down functions)."""

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super(FunctionTestCase, self).__init__()
        self._testFunc = testFunc
        self._setUpFunc = setUp
        self._tearDownFunc = tearDown
        self._description = description

    def _parts(self):
        return (self._setUpFunc, self._tearDownFunc, self._testFunc,
                self._description)

    def setUp(self):
        if self._setUpFunc is not None:
            self._setUpFunc()

    def runTest(self):
        self._testFunc()

    def tearDown(self):
        if self._tearDownFunc is not None:
            self._tearDownFunc()

    def id(self):
        return self._testFunc.__name__

    def shortDescription(self):
        if self._description is not None:
            return self._description
        doc = self._testFunc.__doc__
        if not doc:
            return None
        return doc.split("\n")[0].strip() or None

    def __eq__(self, other):
        if isinstance(other, self.__class__):
            return self._parts() == other._parts()
        return NotImplemented

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash((type(self),) + self._parts())

    def __str__(self):
        return "%s (%s)" % (strclass(self.__class__), self._testFunc.__name__)

    def __repr__(self):
        return "<%s tec=%s>" % (strclass(self.__class__), self._testFunc)
