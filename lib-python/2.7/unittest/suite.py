"""Test suites: ordered collections of tests that run as one.

TestSuite also drives the class and module fixtures (setUpClass,
tearDownClass, setUpModule, tearDownModule): while walking its tests it
notices when the class or module of the current test differs from the
previous one recorded on the result object, and runs the matching
tear-down and set-up hooks at those boundaries.
"""

import sys

from . import case
from . import util

__unittest = True


def _maybe_call(obj, name):
    # The stdout/stderr buffering hooks exist only on TestResult-like
    # objects that support buffering; anything else is left alone.
    method = getattr(obj, name, None)
    if method is not None:
        method()


def _is_leaf(test):
    """True for a single test (anything that cannot be iterated over)."""
    try:
        iter(test)
    except TypeError:
        return True
    return False


class BaseTestSuite(object):
    """A flat collection of tests, without any fixture handling."""

    def __init__(self, tests=()):
        self._tests = []
        self.addTests(tests)

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        return sum(test.countTestCases() for test in self)

    def __repr__(self):
        return "<%s tests=%s>" % (util.strclass(self.__class__), list(self))

    # Suites are mutable, so they must not be hashable.
    __hash__ = None

    def __eq__(self, other):
        if isinstance(other, self.__class__):
            return list(self) == list(other)
        return NotImplemented

    def __ne__(self, other):
        return not self == other

    def addTest(self, test):
        if not hasattr(test, '__call__'):
            raise TypeError("{} is not callable".format(repr(test)))
        if isinstance(test, type) and issubclass(test, (case.TestCase,
                                                        TestSuite)):
            # A common slip: passing the class instead of an instance.
            raise TypeError("TestCases and TestSuites must be instantiated"
                            " before passing them to addTest()")
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, basestring):
            raise TypeError("tests must be an iterable of tests, not a string")
        for one in tests:
            self.addTest(one)

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def run(self, result):
        for test in self:
            if result.shouldStop:
                break
            test(result)
        return result

    def debug(self):
        """Run every test without collecting results (errors propagate)."""
        for test in self:
            test.debug()


class TestSuite(BaseTestSuite):
    """A suite that also runs class- and module-level fixtures.

    The outermost suite of a run (the first to see the result object)
    is responsible for the final tearDownClass/tearDownModule calls.
    """

    def run(self, result, debug=False):
        outermost = not getattr(result, '_testRunEntered', False)
        if outermost:
            result._testRunEntered = True

        for test in self:
            if result.shouldStop:
                break
            if _is_leaf(test):
                self._switch_fixtures(test, result)
                if self._fixture_failed(test, result):
                    continue
            if debug:
                test.debug()
            else:
                test(result)

        if outermost:
            self._tearDownPreviousClass(None, result)
            self._handleModuleTearDown(result)
            result._testRunEntered = False
        return result

    def debug(self):
        """Run the tests without collecting results (errors propagate)."""
        self.run(_DebugResult(), True)

    # -- fixture bookkeeping ------------------------------------------

    def _switch_fixtures(self, test, result):
        # Order matters: finish the old class, then possibly the old
        # module, then start the new module and the new class.
        self._tearDownPreviousClass(test, result)
        self._handleModuleFixture(test, result)
        self._handleClassSetUp(test, result)
        result._previousTestClass = test.__class__

    @staticmethod
    def _fixture_failed(test, result):
        if getattr(test.__class__, '_classSetupFailed', False):
            return True
        return bool(getattr(result, '_moduleSetUpFailed', False))

    def _run_hook(self, hook, result, label):
        """Call one fixture hook; record a failure under `label`.

        Returns True when the hook raised.  Under debug() the exception
        propagates instead of being recorded.
        """
        _maybe_call(result, '_setupStdout')
        try:
            try:
                hook()
            except Exception as exc:
                if isinstance(result, _DebugResult):
                    raise
                self._addClassOrModuleLevelException(result, exc, label)
                return True
            return False
        finally:
            _maybe_call(result, '_restoreStdout')

    def _handleClassSetUp(self, test, result):
        klass = test.__class__
        if klass == getattr(result, '_previousTestClass', None):
            return
        if result._moduleSetUpFailed:
            return
        if getattr(klass, '__unittest_skip__', False):
            return
        try:
            klass._classSetupFailed = False
        except TypeError:
            # Built-in types (e.g. a plain function used as a test)
            # refuse new attributes; they have no class fixtures anyway.
            pass
        hook = getattr(klass, 'setUpClass', None)
        if hook is None:
            return
        label = 'setUpClass (%s)' % util.strclass(klass)
        if self._run_hook(hook, result, label):
            klass._classSetupFailed = True

    def _get_previous_module(self, result):
        previous = getattr(result, '_previousTestClass', None)
        if previous is None:
            return None
        return previous.__module__

    def _handleModuleFixture(self, test, result):
        new_module = test.__class__.__module__
        if new_module == self._get_previous_module(result):
            return
        self._handleModuleTearDown(result)
        result._moduleSetUpFailed = False
        module = sys.modules.get(new_module)
        if module is None:
            return
        hook = getattr(module, 'setUpModule', None)
        if hook is None:
            return
        label = 'setUpModule (%s)' % new_module
        if self._run_hook(hook, result, label):
            result._moduleSetUpFailed = True

    def _handleModuleTearDown(self, result):
        old_module = self._get_previous_module(result)
        if old_module is None or result._moduleSetUpFailed:
            return
        module = sys.modules.get(old_module)
        if module is None:
            return
        hook = getattr(module, 'tearDownModule', None)
        if hook is not None:
            self._run_hook(hook, result, 'tearDownModule (%s)' % old_module)

    def _tearDownPreviousClass(self, test, result):
        old_class = getattr(result, '_previousTestClass', None)
        if test.__class__ == old_class:
            return
        for flag_owner, flag in ((old_class, '_classSetupFailed'),
                                 (result, '_moduleSetUpFailed'),
                                 (old_class, '__unittest_skip__')):
            if getattr(flag_owner, flag, False):
                return
        hook = getattr(old_class, 'tearDownClass', None)
        if hook is not None:
            label = 'tearDownClass (%s)' % util.strclass(old_class)
            self._run_hook(hook, result, label)

    def _addClassOrModuleLevelException(self, result, exception, errorName):
        holder = _ErrorHolder(errorName)
        add_skip = getattr(result, 'addSkip', None)
        if add_skip is not None and isinstance(exception, case.SkipTest):
            add_skip(holder, str(exception))
        else:
            result.addError(holder, sys.exc_info())


class _ErrorHolder(object):
    """Stands in for a test when a fixture (not a test) fails.

    Results expect a test object with id() and shortDescription(); this
    carries just the fixture's description, e.g. 'setUpClass (mod.Cls)'.
    """

    # Lets TestResult._exc_info_to_string treat it like a TestCase.
    failureException = None

    def __init__(self, description):
        self.description = description

    def __call__(self, result):
        return self.run(result)

    def run(self, result):
        # Nothing to run: the error was already reported.
        pass

    def countTestCases(self):
        return 0

    def id(self):
        return self.description

    def __str__(self):
        return self.id()

    def __repr__(self):
        return "<ErrorHolder description=%r>" % (self.description,)

    def shortDescription(self):
        return None


class _DebugResult(object):
    """Minimal result object used by TestSuite.debug()."""
    _previousTestClass = None
    _moduleSetUpFailed = False
    shouldStop = False
