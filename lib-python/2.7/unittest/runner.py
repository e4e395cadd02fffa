"""Text-mode test running: TextTestRunner and the TextTestResult it uses.

The output layout (progress characters or per-test lines, the error
listing between separator lines, the "Ran N tests" footer and the final
OK/FAILED summary) follows Python 2.7 exactly, since tools parse it.
"""

import sys
import time

from .signals import registerResult
from . import result

__unittest = True


class _WritelnDecorator(object):
    """Wraps a stream, adding writeln(); everything else is delegated."""

    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, name):
        # Guard against infinite recursion when the wrapped stream is not
        # set yet (e.g. during unpickling or copying).
        if name in ('stream', '__getstate__'):
            raise AttributeError(name)
        return getattr(self.stream, name)

    def writeln(self, arg=None):
        if arg:
            self.write(arg)
        self.write('\n')


class TextTestResult(result.TestResult):
    """A TestResult that reports progress on a text stream.

    verbosity 1 prints one character per test; 2 and above print the
    test's description followed by its outcome word.
    """
    separator1 = '=' * 70
    separator2 = '-' * 70

    def __init__(self, stream, descriptions, verbosity):
        super(TextTestResult, self).__init__(stream, descriptions, verbosity)
        self.descriptions = descriptions
        self.stream = stream
        # Exactly one of these is set for verbosity >= 1; 0 prints nothing.
        self.dots = verbosity == 1
        self.showAll = verbosity > 1

    def getDescription(self, test):
        summary = test.shortDescription()
        if summary and self.descriptions:
            return '%s\n%s' % (test, summary)
        return str(test)

    def _report(self, word, char):
        # The long form goes on the line opened by startTest().
        if self.showAll:
            self.stream.writeln(word)
        elif self.dots:
            self.stream.write(char)
            self.stream.flush()

    def startTest(self, test):
        super(TextTestResult, self).startTest(test)
        if self.showAll:
            out = self.stream
            out.write(self.getDescription(test))
            out.write(" ... ")
            out.flush()

    def addSuccess(self, test):
        super(TextTestResult, self).addSuccess(test)
        self._report("ok", '.')

    def addError(self, test, err):
        super(TextTestResult, self).addError(test, err)
        self._report("ERROR", 'E')

    def addFailure(self, test, err):
        super(TextTestResult, self).addFailure(test, err)
        self._report("FAIL", 'F')

    def addSkip(self, test, reason):
        super(TextTestResult, self).addSkip(test, reason)
        self._report("skipped %r" % (reason,), 's')

    def addExpectedFailure(self, test, err):
        super(TextTestResult, self).addExpectedFailure(test, err)
        self._report("expected failure", 'x')

    def addUnexpectedSuccess(self, test):
        super(TextTestResult, self).addUnexpectedSuccess(test)
        self._report("unexpected success", 'u')

    def printErrors(self):
        if self.showAll or self.dots:
            # End the progress line first.
            self.stream.writeln()
        self.printErrorList('ERROR', self.errors)
        self.printErrorList('FAIL', self.failures)

    def printErrorList(self, flavour, errors):
        out = self.stream
        for test, text in errors:
            out.writeln(self.separator1)
            out.writeln("%s: %s" % (flavour, self.getDescription(test)))
            out.writeln(self.separator2)
            out.writeln("%s" % text)


def _plural(count):
    if count != 1:
        return "s"
    return ""


def _summary_counts(res):
    """The optional counters (skips, expected failures, unexpected
    successes) as 'name=N' strings; results lacking them give none."""
    try:
        skipped = len(res.skipped)
        expected = len(res.expectedFailures)
        unexpected = len(res.unexpectedSuccesses)
    except AttributeError:
        return []
    parts = []
    for label, count in (("skipped", skipped),
                         ("expected failures", expected),
                         ("unexpected successes", unexpected)):
        if count:
            parts.append("%s=%d" % (label, count))
    return parts


class TextTestRunner(object):
    """Runs a test and prints the results as text to a stream
    (standard error by default)."""
    resultclass = TextTestResult

    def __init__(self, stream=sys.stderr, descriptions=True, verbosity=1,
                 failfast=False, buffer=False, resultclass=None):
        if resultclass is not None:
            self.resultclass = resultclass
        self.stream = _WritelnDecorator(stream)
        self.verbosity = verbosity
        self.descriptions = descriptions
        # Passed on to the result object at the start of run().
        self.buffer = buffer
        self.failfast = failfast

    def _makeResult(self):
        return self.resultclass(self.stream, self.descriptions, self.verbosity)

    def run(self, test):
        """Run the given test case or test suite."""
        res = self._makeResult()
        registerResult(res)
        res.failfast = self.failfast
        res.buffer = self.buffer

        started = time.time()
        self._call_optional(res, 'startTestRun')
        try:
            test(res)
        finally:
            self._call_optional(res, 'stopTestRun')
        elapsed = time.time() - started

        res.printErrors()
        if hasattr(res, 'separator2'):
            self.stream.writeln(res.separator2)
        ran = res.testsRun
        self.stream.writeln("Ran %d test%s in %.3fs" % (ran, _plural(ran), elapsed))
        self.stream.writeln()
        self._write_verdict(res)
        return res

    @staticmethod
    def _call_optional(res, name):
        method = getattr(res, name, None)
        if method is not None:
            method()

    def _write_verdict(self, res):
        details = []
        if res.wasSuccessful():
            self.stream.write("OK")
        else:
            self.stream.write("FAILED")
            if res.failures:
                details.append("failures=%d" % len(res.failures))
            if res.errors:
                details.append("errors=%d" % len(res.errors))
        details.extend(_summary_counts(res))
        if details:
            self.stream.writeln(" (%s)" % ", ".join(details))
        else:
            self.stream.write("\n")
