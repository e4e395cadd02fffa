"""TestSuite: holding tests, counting them, running them in order, and the
class and module fixtures it drives."""
import sys
import types
import unittest

from unittest.test.support import run


def _cases(log):
    class First(unittest.TestCase):
        def test_1(self):
            log.append('First.test_1')

        def test_2(self):
            log.append('First.test_2')

    class Second(unittest.TestCase):
        def test_3(self):
            log.append('Second.test_3')

    return First, Second


class Suites(unittest.TestCase):

    def test_empty_suite(self):
        suite = unittest.TestSuite()
        self.assertEqual(suite.countTestCases(), 0)
        result = run(suite)
        self.assertEqual(result.testsRun, 0)
        self.assertEqual(list(suite), [])

    def test_add_and_iterate(self):
        log = []
        First, Second = _cases(log)
        inner = unittest.TestSuite([First('test_2')])
        suite = unittest.TestSuite()
        suite.addTest(First('test_1'))
        suite.addTest(inner)
        suite.addTests([Second('test_3')])
        self.assertEqual(suite.countTestCases(), 3)
        self.assertEqual(len(list(suite)), 3)
        result = run(suite)
        self.assertEqual(log, ['First.test_1', 'First.test_2', 'Second.test_3'])
        self.assertEqual(result.testsRun, 3)

    def test_bad_additions(self):
        suite = unittest.TestSuite()
        self.assertRaises(TypeError, suite.addTest, 5)
        self.assertRaises(TypeError, suite.addTest, unittest.TestCase)
        self.assertRaises(TypeError, suite.addTests, 'not tests')

    def test_equality(self):
        log = []
        First, Second = _cases(log)
        self.assertEqual(unittest.TestSuite([First('test_1')]),
                         unittest.TestSuite([First('test_1')]))
        self.assertNotEqual(unittest.TestSuite([First('test_1')]),
                            unittest.TestSuite([First('test_2')]))

    def test_stop_request_ends_the_run(self):
        log = []
        First, Second = _cases(log)
        result = unittest.TestResult()
        result.stop()
        unittest.TestSuite([First('test_1'), Second('test_3')]).run(result)
        self.assertEqual(log, [])

    def test_function_test_case(self):
        log = []
        case = unittest.FunctionTestCase(lambda: log.append('body'),
                                         setUp=lambda: log.append('up'),
                                         tearDown=lambda: log.append('down'),
                                         description='a function')
        result = run(case)
        self.assertEqual(log, ['up', 'body', 'down'])
        self.assertTrue(result.wasSuccessful())
        self.assertEqual(case.shortDescription(), 'a function')
        self.assertEqual(case.countTestCases(), 1)


class Fixtures(unittest.TestCase):

    def test_class_fixtures_run_once_per_class(self):
        log = []

        class Sample(unittest.TestCase):
            @classmethod
            def setUpClass(cls):
                log.append('setUpClass')

            @classmethod
            def tearDownClass(cls):
                log.append('tearDownClass')

            def test_a(self):
                log.append('a')

            def test_b(self):
                log.append('b')

        run(unittest.TestLoader().loadTestsFromTestCase(Sample))
        self.assertEqual(log, ['setUpClass', 'a', 'b', 'tearDownClass'])

    def test_failing_setUpClass_skips_the_class(self):
        log = []

        class Sample(unittest.TestCase):
            @classmethod
            def setUpClass(cls):
                raise ValueError('no class fixture')

            def test_a(self):
                log.append('a')

        result = run(unittest.TestLoader().loadTestsFromTestCase(Sample))
        self.assertEqual(log, [])
        self.assertEqual(len(result.errors), 1)
        self.assertIn('setUpClass', str(result.errors[0][0]))

    def test_module_fixtures(self):
        log = []
        module = types.ModuleType('ut_fixture_module')
        module.setUpModule = lambda: log.append('setUpModule')
        module.tearDownModule = lambda: log.append('tearDownModule')

        class Sample(unittest.TestCase):
            def test_a(self):
                log.append('a')

        Sample.__module__ = module.__name__
        module.Sample = Sample
        sys.modules[module.__name__] = module
        try:
            run(unittest.TestLoader().loadTestsFromModule(module))
        finally:
            del sys.modules[module.__name__]
        self.assertEqual(log, ['setUpModule', 'a', 'tearDownModule'])


if __name__ == '__main__':
    unittest.main()
