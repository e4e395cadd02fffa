"""TestLoader: finding test methods, by class, module and dotted name, and
discovery in a folder."""
import os
import shutil
import sys
import tempfile
import types
import unittest

from unittest.test import support


class Loading(unittest.TestCase):

    def names(self, suite):
        out = []
        for test in suite:
            if isinstance(test, unittest.TestSuite):
                out.extend(self.names(test))
            else:
                out.append(test._testMethodName)
        return out

    def test_names_are_sorted_and_callable_only(self):
        loader = unittest.TestLoader()
        self.assertEqual(loader.getTestCaseNames(support.Sample), ['test_a', 'test_b'])

    def test_custom_prefix_and_sort(self):
        loader = unittest.TestLoader()
        loader.testMethodPrefix = 'help'
        self.assertEqual(loader.getTestCaseNames(support.Sample), ['helper'])
        loader = unittest.TestLoader()
        loader.sortTestMethodsUsing = lambda x, y: cmp(y, x)
        self.assertEqual(loader.getTestCaseNames(support.Sample), ['test_b', 'test_a'])
        loader.sortTestMethodsUsing = None
        self.assertEqual(sorted(loader.getTestCaseNames(support.Sample)), ['test_a', 'test_b'])

    def test_from_test_case(self):
        suite = unittest.TestLoader().loadTestsFromTestCase(support.Sample)
        self.assertIsInstance(suite, unittest.TestSuite)
        self.assertEqual(self.names(suite), ['test_a', 'test_b'])
        self.assertEqual(suite.countTestCases(), 2)

    def test_case_without_tests_uses_runTest(self):
        class Lone(unittest.TestCase):
            def runTest(self):
                pass

        suite = unittest.TestLoader().loadTestsFromTestCase(Lone)
        self.assertEqual(self.names(suite), ['runTest'])

    def test_suite_subclass_is_refused(self):
        class NotACase(unittest.TestSuite):
            pass

        self.assertRaises(TypeError, unittest.TestLoader().loadTestsFromTestCase, NotACase)

    def test_from_module(self):
        module = types.ModuleType('fake_tests')
        module.Sample = support.Sample
        module.not_a_case = object()
        suite = unittest.TestLoader().loadTestsFromModule(module)
        self.assertEqual(self.names(suite), ['test_a', 'test_b'])

    def test_module_load_tests_hook(self):
        module = types.ModuleType('fake_tests')
        module.Sample = support.Sample
        seen = []

        def load_tests(loader, tests, pattern):
            seen.append((tests.countTestCases(), pattern))
            return unittest.TestSuite([support.Sample('test_b')])

        module.load_tests = load_tests
        suite = unittest.TestLoader().loadTestsFromModule(module)
        self.assertEqual(seen, [(2, None)])
        self.assertEqual(self.names(suite), ['test_b'])

    def test_from_name(self):
        loader = unittest.TestLoader()
        name = support.__name__ + '.Sample'
        self.assertEqual(self.names(loader.loadTestsFromName(name)), ['test_a', 'test_b'])
        self.assertEqual(self.names(loader.loadTestsFromName(name + '.test_b')), ['test_b'])
        self.assertEqual(self.names(loader.loadTestsFromName("test_a", support.Sample)), ['test_a'])
        suite = loader.loadTestsFromNames(['Sample.test_a', 'Sample'], support)
        self.assertEqual(self.names(suite), ['test_a', 'test_a', 'test_b'])

    def test_bad_names(self):
        loader = unittest.TestLoader()
        self.assertRaises(ImportError, loader.loadTestsFromName, 'no_such_module_for_unittest')
        self.assertRaises(AttributeError, loader.loadTestsFromName, support.__name__ + '.Missing')
        self.assertRaises(ValueError, loader.loadTestsFromName, '')

    def test_name_of_callable_returning_tests(self):
        module = types.ModuleType('fake_tests')
        module.make = lambda: unittest.TestSuite([support.Sample('test_a')])
        module.not_a_test = lambda: 42
        loader = unittest.TestLoader()
        self.assertEqual(self.names(loader.loadTestsFromName('make', module)), ['test_a'])
        self.assertRaises(TypeError, loader.loadTestsFromName, 'not_a_test', module)

    def test_suite_class(self):
        class MySuite(unittest.TestSuite):
            pass

        loader = unittest.TestLoader()
        loader.suiteClass = MySuite
        self.assertIsInstance(loader.loadTestsFromTestCase(support.Sample), MySuite)


class Discovery(unittest.TestCase):

    def setUp(self):
        self.top = tempfile.mkdtemp()
        self.addCleanup(shutil.rmtree, self.top)
        pkg = os.path.join(self.top, 'disc_pkg_ut')
        os.mkdir(pkg)
        self.write(os.path.join(pkg, '__init__.py'), '')
        self.write(os.path.join(pkg, 'test_one.py'),
                   'import unittest\n'
                   'class One(unittest.TestCase):\n'
                   '    def test_x(self): pass\n'
                   '    def test_y(self): pass\n')
        self.write(os.path.join(pkg, 'check_two.py'),
                   'import unittest\n'
                   'class Two(unittest.TestCase):\n'
                   '    def test_z(self): pass\n')
        self.write(os.path.join(self.top, 'test_top.py'),
                   'import unittest\n'
                   'class Top(unittest.TestCase):\n'
                   '    def test_t(self): pass\n')
        self.saved_path = sys.path[:]
        self.addCleanup(self.restore)

    def restore(self):
        sys.path[:] = self.saved_path
        for name in list(sys.modules):
            if name.startswith('disc_pkg_ut') or name == 'test_top':
                del sys.modules[name]

    def write(self, path, text):
        with open(path, 'w') as f:
            f.write(text)

    def test_default_pattern(self):
        suite = unittest.TestLoader().discover(self.top)
        self.assertEqual(suite.countTestCases(), 3)

    def test_other_pattern(self):
        suite = unittest.TestLoader().discover(self.top, pattern='check*.py')
        self.assertEqual(suite.countTestCases(), 1)

    def test_start_inside_top_level(self):
        start = os.path.join(self.top, 'disc_pkg_ut')
        suite = unittest.TestLoader().discover(start, top_level_dir=self.top)
        self.assertEqual(suite.countTestCases(), 2)

    def test_missing_start_directory(self):
        self.assertRaises(ImportError, unittest.TestLoader().discover,
                          os.path.join(self.top, 'nowhere'))


if __name__ == '__main__':
    unittest.main()
