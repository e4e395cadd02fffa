"""TestResult bookkeeping, TextTestRunner's report and unittest.main's
command line."""
import StringIO
import sys
import unittest

from unittest.test import support
from unittest.test.support import run


def mixed_suite():
    return unittest.TestLoader().loadTestsFromTestCase(support.Mixed)


class Results(unittest.TestCase):

    def test_counts(self):
        result = run(mixed_suite())
        self.assertEqual(result.testsRun, 4)
        self.assertEqual(len(result.failures), 1)
        self.assertEqual(len(result.errors), 1)
        self.assertEqual(len(result.skipped), 1)
        self.assertFalse(result.wasSuccessful())
        self.assertFalse(result.shouldStop)

    def test_failfast_stops_after_first_problem(self):
        result = unittest.TestResult()
        result.failfast = True
        suite = unittest.TestSuite([support.Mixed('test_error'), support.Mixed('test_ok')])
        suite.run(result)
        self.assertEqual(result.testsRun, 1)
        self.assertTrue(result.shouldStop)

    def test_traceback_hides_unittest_frames(self):
        result = run(support.Mixed('test_fail'))
        text = result.failures[0][1]
        self.assertIn('test_fail', text)
        self.assertNotIn('case.py', text)

    def test_buffer_captures_output_of_failing_tests(self):
        class Noisy(unittest.TestCase):
            def test_quiet_pass(self):
                print 'hidden'

            def test_loud_fail(self):
                print 'shown'
                self.fail('x')

        stream = StringIO.StringIO()
        runner = unittest.TextTestRunner(stream=stream, buffer=True)
        # a failing test's output is also echoed to the stdout of the moment
        saved = sys.stdout
        sys.stdout = StringIO.StringIO()
        try:
            result = runner.run(unittest.TestLoader().loadTestsFromTestCase(Noisy))
        finally:
            sys.stdout = saved
        self.assertEqual(len(result.failures), 1)
        self.assertIn('shown', result.failures[0][1])
        self.assertNotIn('hidden', stream.getvalue())


class Runner(unittest.TestCase):

    def report(self, verbosity):
        stream = StringIO.StringIO()
        result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(mixed_suite())
        return result, stream.getvalue()

    def test_summary_lines(self):
        result, text = self.report(1)
        self.assertIsInstance(result, unittest.TextTestResult)
        self.assertIn('Ran 4 tests in', text)
        self.assertIn('FAILED (failures=1, errors=1, skipped=1)', text)
        self.assertIn('FAIL: test_fail', text)
        self.assertIn('ERROR: test_error', text)
        # one mark per test on the progress line
        first = text.splitlines()[0]
        self.assertEqual(sorted(first), sorted('.FEs'))

    def test_verbose_names_each_test(self):
        result, text = self.report(2)
        self.assertIn('test_ok (', text)
        self.assertIn('... ok', text)
        self.assertIn("... skipped 'skipped on purpose'", text)

    def test_success_summary(self):
        stream = StringIO.StringIO()
        unittest.TextTestRunner(stream=stream).run(support.Mixed('test_ok'))
        self.assertTrue(stream.getvalue().rstrip().endswith('OK'))
        self.assertIn('Ran 1 test in', stream.getvalue())


class Program(unittest.TestCase):

    def test_main_runs_named_tests_without_exiting(self):
        stream = StringIO.StringIO()
        runner = unittest.TextTestRunner(stream=stream)
        prog = unittest.main(module=support.__name__, argv=['prog', 'Mixed.test_ok'],
                             testRunner=runner, exit=False)
        self.assertTrue(prog.result.wasSuccessful())
        self.assertEqual(prog.result.testsRun, 1)

    def test_main_exit_status(self):
        stream = StringIO.StringIO()
        runner = unittest.TextTestRunner(stream=stream)
        with self.assertRaises(SystemExit) as cm:
            unittest.main(module=support.__name__, argv=['prog', 'Mixed.test_fail'],
                          testRunner=runner)
        self.assertEqual(cm.exception.code, True)


if __name__ == '__main__':
    unittest.main()
