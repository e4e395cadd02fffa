"""Helpers shared by the unittest self-tests: run a test or suite into a
fresh result and report what happened to it; sample cases."""
import unittest


class Recorder(unittest.TestResult):
    """A TestResult that also keeps the order of the calls it receives."""

    def __init__(self):
        unittest.TestResult.__init__(self)
        self.calls = []

    def startTest(self, test):
        self.calls.append('start')
        unittest.TestResult.startTest(self, test)

    def stopTest(self, test):
        self.calls.append('stop')
        unittest.TestResult.stopTest(self, test)

    def addSuccess(self, test):
        self.calls.append('success')
        unittest.TestResult.addSuccess(self, test)

    def addFailure(self, test, err):
        self.calls.append('failure')
        unittest.TestResult.addFailure(self, test, err)

    def addError(self, test, err):
        self.calls.append('error')
        unittest.TestResult.addError(self, test, err)

    def addSkip(self, test, reason):
        self.calls.append('skip')
        unittest.TestResult.addSkip(self, test, reason)

    def addExpectedFailure(self, test, err):
        self.calls.append('xfail')
        unittest.TestResult.addExpectedFailure(self, test, err)

    def addUnexpectedSuccess(self, test):
        self.calls.append('xpass')
        unittest.TestResult.addUnexpectedSuccess(self, test)


def run(test):
    result = Recorder()
    test.run(result)
    return result


# cases the tests load and run on purpose; they live here, out of the
# test_*.py modules, so that suite() does not collect them


class Sample(unittest.TestCase):
    def test_b(self):
        pass

    def test_a(self):
        pass

    def helper(self):
        pass

    test_not_callable = 3


class Mixed(unittest.TestCase):
    def test_ok(self):
        pass

    def test_fail(self):
        self.assertEqual(1, 2)

    def test_error(self):
        raise IndexError('boom')

    @unittest.skip('skipped on purpose')
    def test_skip(self):
        pass
