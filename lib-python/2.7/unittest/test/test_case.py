"""TestCase: the life cycle of a test and the assert methods."""
import re
import unittest

from unittest.test.support import run


class LifeCycle(unittest.TestCase):

    def make(self, body, setup_fails=False):
        log = []

        class Sample(unittest.TestCase):
            def setUp(self):
                log.append('setUp')
                if setup_fails:
                    raise RuntimeError('no fixture')

            def tearDown(self):
                log.append('tearDown')

            def test_it(self):
                log.append('test')
                body(self)

        return Sample('test_it'), log

    def test_passing_test_runs_fixture_around_it(self):
        case, log = self.make(lambda self: None)
        result = run(case)
        self.assertEqual(log, ['setUp', 'test', 'tearDown'])
        self.assertEqual(result.calls, ['start', 'success', 'stop'])
        self.assertTrue(result.wasSuccessful())
        self.assertEqual(result.testsRun, 1)

    def test_failing_assert_is_a_failure(self):
        case, log = self.make(lambda self: self.fail('broken'))
        result = run(case)
        self.assertEqual(result.calls, ['start', 'failure', 'stop'])
        self.assertEqual(len(result.failures), 1)
        self.assertIs(result.failures[0][0], case)
        self.assertIn('AssertionError: broken', result.failures[0][1])
        self.assertFalse(result.wasSuccessful())

    def test_other_exception_is_an_error(self):
        def body(self):
            raise KeyError('k')
        case, log = self.make(body)
        result = run(case)
        self.assertEqual(result.calls, ['start', 'error', 'stop'])
        self.assertIn('KeyError', result.errors[0][1])
        self.assertEqual(log, ['setUp', 'test', 'tearDown'])

    def test_setup_error_skips_test_and_teardown(self):
        case, log = self.make(lambda self: None, setup_fails=True)
        result = run(case)
        self.assertEqual(log, ['setUp'])
        self.assertEqual(result.calls, ['start', 'error', 'stop'])

    def test_cleanups_run_last_in_first_out(self):
        log = []

        class Sample(unittest.TestCase):
            def setUp(self):
                self.addCleanup(log.append, 'first added')
                self.addCleanup(log.append, 'second added')

            def tearDown(self):
                log.append('tearDown')

            def test_it(self):
                pass

        run(Sample('test_it'))
        self.assertEqual(log, ['tearDown', 'second added', 'first added'])

    def test_cleanup_error_is_reported(self):
        class Sample(unittest.TestCase):
            def test_it(self):
                self.addCleanup(lambda: 1 // 0)

        result = run(Sample('test_it'))
        self.assertEqual(len(result.errors), 1)
        self.assertIn('ZeroDivisionError', result.errors[0][1])

    def test_default_method_name_is_runTest(self):
        class Sample(unittest.TestCase):
            def runTest(self):
                pass

        self.assertTrue(run(Sample()).wasSuccessful())

    def test_unknown_method_name(self):
        class Sample(unittest.TestCase):
            def test_it(self):
                pass

        self.assertRaises(ValueError, Sample, 'test_missing')

    def test_id_str_and_description(self):
        class Sample(unittest.TestCase):
            def test_it(self):
                """First line of the doc.

                More text."""

        case = Sample('test_it')
        self.assertTrue(case.id().endswith('.Sample.test_it'))
        self.assertIn('test_it', str(case))
        self.assertIn('Sample', repr(case))
        self.assertEqual(case.shortDescription(), 'First line of the doc.')

    def test_equality_and_hash(self):
        class Sample(unittest.TestCase):
            def test_a(self):
                pass

            def test_b(self):
                pass

        self.assertEqual(Sample('test_a'), Sample('test_a'))
        self.assertNotEqual(Sample('test_a'), Sample('test_b'))
        self.assertEqual(hash(Sample('test_a')), hash(Sample('test_a')))

    def test_calling_the_case_runs_it(self):
        case, log = self.make(lambda self: None)
        result = unittest.TestResult()
        case(result)
        self.assertEqual(result.testsRun, 1)
        self.assertEqual(log, ['setUp', 'test', 'tearDown'])

    def test_debug_propagates_exceptions(self):
        case, log = self.make(lambda self: self.fail('loud'))
        self.assertRaises(AssertionError, case.debug)


class Skipping(unittest.TestCase):

    def test_skip_test_method(self):
        class Sample(unittest.TestCase):
            def test_it(self):
                self.skipTest('not today')

        result = run(Sample('test_it'))
        self.assertEqual(result.calls, ['start', 'skip', 'stop'])
        self.assertEqual(result.skipped[0][1], 'not today')
        self.assertTrue(result.wasSuccessful())

    def test_skip_decorators(self):
        ran = []

        class Sample(unittest.TestCase):
            @unittest.skip('always')
            def test_a(self):
                ran.append('a')

            @unittest.skipIf(True, 'condition true')
            def test_b(self):
                ran.append('b')

            @unittest.skipUnless(False, 'condition false')
            def test_c(self):
                ran.append('c')

            @unittest.skipIf(False, 'never')
            def test_d(self):
                ran.append('d')

        result = run(unittest.TestLoader().loadTestsFromTestCase(Sample))
        self.assertEqual(ran, ['d'])
        self.assertEqual(sorted(r for t, r in result.skipped),
                         ['always', 'condition false', 'condition true'])

    def test_skipped_class_runs_no_fixture(self):
        log = []

        @unittest.skip('whole class')
        class Sample(unittest.TestCase):
            def setUp(self):
                log.append('setUp')

            def test_it(self):
                log.append('test')

        result = run(Sample('test_it'))
        self.assertEqual(log, [])
        self.assertEqual(len(result.skipped), 1)

    def test_expected_failure(self):
        class Sample(unittest.TestCase):
            @unittest.expectedFailure
            def test_fails(self):
                self.assertEqual(1, 2)

            @unittest.expectedFailure
            def test_passes(self):
                pass

        result = run(Sample('test_fails'))
        self.assertEqual(result.calls, ['start', 'xfail', 'stop'])
        self.assertEqual(len(result.expectedFailures), 1)
        result = run(Sample('test_passes'))
        self.assertEqual(result.calls, ['start', 'xpass', 'stop'])
        self.assertEqual(len(result.unexpectedSuccesses), 1)


class Asserts(unittest.TestCase):

    def check_fails(self, func, *args, **kwargs):
        with self.assertRaises(AssertionError) as cm:
            func(*args, **kwargs)
        return str(cm.exception)

    def test_equality_family(self):
        self.assertEqual(3, 3)
        self.assertNotEqual(3, 4)
        self.check_fails(self.assertEqual, 3, 4)
        self.check_fails(self.assertNotEqual, 3, 3)
        self.assertAlmostEqual(1.0, 1.00000001)
        self.check_fails(self.assertAlmostEqual, 1.0, 1.1)
        self.assertAlmostEqual(1.0, 1.05, delta=0.1)
        self.assertNotAlmostEqual(1.0, 1.1)
        self.assertAlmostEqual(1.0, 1.0049, places=2)

    def test_truth_identity_membership(self):
        self.assertTrue([0])
        self.assertFalse([])
        marker = object()
        self.assertIs(marker, marker)
        self.assertIsNot(marker, object())
        self.assertIsNone(None)
        self.assertIsNotNone(0)
        self.assertIn(2, [1, 2])
        self.assertNotIn(3, [1, 2])
        self.assertIsInstance(1, int)
        self.assertNotIsInstance(1, str)
        self.check_fails(self.assertIs, 1, marker)
        self.check_fails(self.assertIn, 3, [1, 2])
        self.check_fails(self.assertIsNone, 0)

    def test_ordering(self):
        self.assertGreater(2, 1)
        self.assertGreaterEqual(2, 2)
        self.assertLess(1, 2)
        self.assertLessEqual(2, 2)
        self.check_fails(self.assertGreater, 1, 2)
        self.check_fails(self.assertLessEqual, 3, 2)

    def test_container_comparisons_show_differences(self):
        message = self.check_fails(self.assertListEqual, [1, 2, 3], [1, 2, 4])
        self.assertIn('First differing element 2', message)
        message = self.check_fails(self.assertDictEqual, {'a': 1}, {'a': 2})
        self.assertIn("'a'", message)
        self.check_fails(self.assertTupleEqual, (1,), (2,))
        self.check_fails(self.assertSetEqual, set([1]), set([2]))
        self.assertItemsEqual([3, 1, 2, 1], [1, 1, 2, 3])
        self.check_fails(self.assertItemsEqual, [1, 1], [1])
        self.assertDictContainsSubset({'a': 1}, {'a': 1, 'b': 2})
        self.check_fails(self.assertDictContainsSubset, {'c': 1}, {'a': 1})

    def test_multiline_equal_gives_a_diff(self):
        message = self.check_fails(self.assertMultiLineEqual, 'a\nb\n', 'a\nc\n')
        self.assertIn('- b', message)
        self.assertIn('+ c', message)

    def test_regexp_asserts(self):
        self.assertRegexpMatches('spam and eggs', r'an+d')
        self.assertNotRegexpMatches('spam', r'eggs')
        self.check_fails(self.assertRegexpMatches, 'spam', r'^eggs')
        self.assertRaisesRegexp(ValueError, 'bad value', int, 'bad value')
        self.assertRaisesRegexp(ValueError, re.compile('invalid literal'), int, 'x')
        self.check_fails(self.assertRaisesRegexp, ValueError, 'nomatch', int, 'x')

    def test_assert_raises_forms(self):
        self.assertRaises(ZeroDivisionError, lambda: 1 // 0)
        with self.assertRaises(KeyError) as cm:
            {}['missing']
        self.assertEqual(cm.exception.args, ('missing',))
        self.check_fails(self.assertRaises, KeyError, lambda: None)
        # an exception of another type passes through unchanged
        self.assertRaises(TypeError, self.assertRaises, KeyError, int, [])

    def test_custom_message_and_long_message(self):
        # 2.7's default: the custom message replaces the standard one
        self.assertFalse(unittest.TestCase.longMessage)
        message = self.check_fails(self.assertEqual, 1, 2, 'only this')
        self.assertEqual(message, 'only this')

        class Long(unittest.TestCase):
            longMessage = True

            def runTest(self):
                pass

        with self.assertRaises(AssertionError) as cm:
            Long().assertEqual(1, 2, 'extra words')
        self.assertIn('extra words', str(cm.exception))
        self.assertIn('1 != 2', str(cm.exception))

    def test_type_specific_equality_function(self):
        class Box(object):
            def __init__(self, v):
                self.v = v

        calls = []

        def compare(first, second, msg=None):
            calls.append((first.v, second.v))
            if first.v != second.v:
                raise self.failureException('boxes differ')

        self.addTypeEqualityFunc(Box, compare)
        self.assertEqual(Box(1), Box(1))
        self.check_fails(self.assertEqual, Box(1), Box(2))
        self.assertEqual(calls, [(1, 1), (1, 2)])

    def test_deprecated_aliases_still_work(self):
        self.assertEquals(1, 1)
        self.failUnless(True)
        self.failIf(False)
        self.assert_(True)
        self.failUnlessRaises(ValueError, int, 'x')


if __name__ == '__main__':
    unittest.main()
