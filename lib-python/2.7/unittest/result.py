"""TestResult: the record of what happened during a test run."""

import sys
import traceback
from StringIO import StringIO

from . import util

__unittest = True

# Appended to a report when buffered output is shown (the -b option).
STDOUT_LINE = '\nStdout:\n%s'
STDERR_LINE = '\nStderr:\n%s'


def failfast(method):
    """Decorator for the add* methods that count as a failed run: with
    failfast set, the first such outcome asks the run to stop."""
    def checked(self, *args, **kw):
        if getattr(self, 'failfast', False):
            self.stop()
        return method(self, *args, **kw)
    # What functools.wraps would copy (functools is not imported here to
    # keep `import unittest` light).
    for attr in ('__module__', '__name__', '__doc__'):
        setattr(checked, attr, getattr(method, attr))
    checked.__dict__.update(method.__dict__)
    return checked


def _with_newline(text):
    if text.endswith('\n'):
        return text
    return text + '\n'


def _empty(buf):
    buf.seek(0)
    buf.truncate()


class TestResult(object):
    """Holds the outcome of the tests that were run.

    The framework calls the start/stop/add* methods; `failures` and
    `errors` are lists of (test, formatted traceback) pairs, `skipped` of
    (test, reason), `expectedFailures` of (test, traceback) and
    `unexpectedSuccesses` of tests.
    """

    # Fixture bookkeeping used by TestSuite; class-level defaults.
    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.testsRun = 0
        self.errors = []
        self.failures = []
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.shouldStop = False
        self.failfast = False
        # Output capture (buffer=True): the buffers are created lazily.
        self.buffer = False
        self._original_stdout = sys.stdout
        self._original_stderr = sys.stderr
        self._stdout_buffer = None
        self._stderr_buffer = None
        self._mirrorOutput = False

    def __repr__(self):
        return "<%s run=%i errors=%i failures=%i>" % (
            util.strclass(self.__class__), self.testsRun,
            len(self.errors), len(self.failures))

    # -- run and test boundaries ----------------------------------------

    def startTestRun(self):
        """Called once before any test runs."""

    def stopTestRun(self):
        """Called once after all tests have run."""

    def startTest(self, test):
        """Called when `test` is about to run."""
        self.testsRun += 1
        self._mirrorOutput = False
        self._setupStdout()

    def stopTest(self, test):
        """Called when `test` has finished, whatever its outcome."""
        self._restoreStdout()
        self._mirrorOutput = False

    def printErrors(self):
        """Hook for subclasses that report errors at the end of a run."""

    # -- output capture -------------------------------------------------

    def _setupStdout(self):
        if not self.buffer:
            return
        if self._stderr_buffer is None:
            self._stdout_buffer = StringIO()
            self._stderr_buffer = StringIO()
        sys.stdout = self._stdout_buffer
        sys.stderr = self._stderr_buffer

    def _restoreStdout(self):
        if not self.buffer:
            return
        if self._mirrorOutput:
            # The test failed: let its captured output be seen.
            for captured, template, target in (
                    (sys.stdout, STDOUT_LINE, self._original_stdout),
                    (sys.stderr, STDERR_LINE, self._original_stderr)):
                text = captured.getvalue()
                if text:
                    target.write(template % _with_newline(text))
        sys.stdout = self._original_stdout
        sys.stderr = self._original_stderr
        _empty(self._stdout_buffer)
        _empty(self._stderr_buffer)

    # -- outcomes -------------------------------------------------------

    def addSuccess(self, test):
        """`test` passed."""

    @failfast
    def addError(self, test, err):
        """`test` raised an unexpected exception; err is an exc_info tuple."""
        self.errors.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    @failfast
    def addFailure(self, test, err):
        """An assertion of `test` failed; err is an exc_info tuple."""
        self.failures.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSkip(self, test, reason):
        """`test` was skipped for `reason`."""
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        """`test`, marked expectedFailure, failed as expected."""
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    @failfast
    def addUnexpectedSuccess(self, test):
        """`test`, marked expectedFailure, passed anyway."""
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        """True when no test failed or raised an error."""
        return not self.failures and not self.errors

    def stop(self):
        """Ask the run to end after the current test."""
        self.shouldStop = True

    # -- traceback formatting -------------------------------------------

    def _is_relevant_tb_level(self, tb):
        # Frames of modules that define __unittest belong to the framework.
        return '__unittest' in tb.tb_frame.f_globals

    def _count_relevant_tb_levels(self, tb):
        depth = 0
        while tb and not self._is_relevant_tb_level(tb):
            depth += 1
            tb = tb.tb_next
        return depth

    def _exc_info_to_string(self, err, test):
        """Format an exc_info tuple, leaving out the framework's frames."""
        etype, value, tb = err
        # Drop leading framework frames (TestCase.run and friends).
        while tb and self._is_relevant_tb_level(tb):
            tb = tb.tb_next
        if etype is test.failureException:
            # Also drop the assert* helper frames at the end.
            limit = self._count_relevant_tb_levels(tb)
            pieces = traceback.format_exception(etype, value, tb, limit)
        else:
            pieces = traceback.format_exception(etype, value, tb)
        if self.buffer:
            captured_out = sys.stdout.getvalue()
            captured_err = sys.stderr.getvalue()
            if captured_out:
                pieces.append(STDOUT_LINE % _with_newline(captured_out))
            if captured_err:
                pieces.append(STDERR_LINE % _with_newline(captured_err))
        return ''.join(pieces)
