"""Python unit testing framework (the 2.7 unittest package): TestCase,
TestSuite, TestLoader, TextTestRunner, main, skip decorators.

    import unittest

    class IntegerArithmeticTestCase(unittest.TestCase):
        def test_add(self):
            self.assertEqual((1 + 2), 3)

    if __name__ == '__main__':
        unittest.main()
"""

__all__ = ['TestResult', 'TestCase', 'TestSuite', 'TextTestRunner', 'TestLoader', 'FunctionTestCase',
           'main', 'defaultTestLoader', 'SkipTest', 'skip', 'skipIf', 'skipUnless', 'expectedFailure',
           'TextTestResult', 'installHandler', 'registerResult', 'removeResult', 'removeHandler']

__all__.extend(['getTestCaseNames', 'makeSuite', 'findTestCases'])

__unittest = True

from .result import TestResult
from .case import (TestCase, FunctionTestCase, SkipTest, skip, skipIf, skipUnless, expectedFailure)
from .suite import BaseTestSuite, TestSuite
from .loader import (TestLoader, defaultTestLoader, makeSuite, getTestCaseNames, findTestCases)
from .main import TestProgram, main
from .runner import TextTestRunner, TextTestResult
from .signals import installHandler, registerResult, removeResult, removeHandler

_TextTestResult = TextTestResult
