# unittest: runner output at each verbosity, assertion messages, fixtures,
# cleanups, skips, loader errors, main() with exit=False
import sys
import unittest
import StringIO


class Sample(unittest.TestCase):
    def test_ok(self):
        """Docstring first line.

        More text."""
        self.assertEqual(1, 1)

    def test_fail(self):
        self.assertEqual(1, 2, 'one is not two')

    def test_error(self):
        {}['missing']

    @unittest.skipIf(True, 'always')
    def test_skip(self):
        pass

    @unittest.skipUnless(True, 'never')
    def test_not_skipped(self):
        self.skipTest('skipped inside')

    @unittest.expectedFailure
    def test_unexpected(self):
        pass


def run(suite, verbosity):
    out = StringIO.StringIO()
    result = unittest.TextTestRunner(stream=out, verbosity=verbosity).run(suite)
    text = out.getvalue().replace(__file__, 'F')
    print '\n'.join([l for l in text.splitlines() if not l.startswith('Ran ')])
    return result

loader = unittest.TestLoader()
for v in (0, 1, 2):
    r = run(loader.loadTestsFromTestCase(Sample), v)
print r
t = Sample('test_ok')
msgs = []
for call in [lambda: t.assertEqual([1, 2, 3], [1, 2]), lambda: t.assertEqual((1,), (2,)),
             lambda: t.assertEqual(set([1]), set([2])), lambda: t.assertNotEqual(1, 1),
             lambda: t.assertAlmostEqual(1.0, 1.1), lambda: t.assertAlmostEqual(1.0, 1.5, delta=0.1),
             lambda: t.assertAlmostEqual(1, 2, places=1, delta=1), lambda: t.assertIn(4, [1]),
             lambda: t.assertIs(1, None), lambda: t.assertIsNot(None, None), lambda: t.assertIsNone(0),
             lambda: t.assertIsInstance(1, str), lambda: t.assertNotIsInstance(1, int),
             lambda: t.assertGreaterEqual(1, 2), lambda: t.assertLess(2, 1), lambda: t.assertItemsEqual([1, 1, 2], [1, 2, 2]),
             lambda: t.assertItemsEqual([[1]], [[2]]), lambda: t.assertDictContainsSubset({'a': 1, 'b': 2}, {'a': 3}),
             lambda: t.assertRaises(ValueError, lambda: None), lambda: t.assertFalse(1),
             lambda: t.assertSequenceEqual([1], (1,)), lambda: t.assertListEqual([1], (1,)), lambda: t.fail(),
             lambda: t.assertRaises(KeyError, int, 'x')]:
    try:
        call()
        print 'no error'
    except AssertionError as e:
        print 'AssertionError:', str(e).splitlines()[0]
    except Exception as e:
        print type(e).__name__, e
with t.assertRaises(KeyError) as cm:
    {}[1]
print type(cm.exception).__name__, repr(t), str(t), t.id(), t.shortDescription(), t == Sample('test_ok'), t != Sample('test_fail')
try:
    Sample('nope')
except ValueError as e:
    print 'ValueError', str(e).replace(__name__, 'M')


class WithCleanup(unittest.TestCase):
    log = []

    def setUp(self):
        self.addCleanup(self.log.append, 'cleanup1')
        self.addCleanup(self.log.append, 'cleanup2')

    def tearDown(self):
        self.log.append('tearDown')

    def test_it(self):
        self.log.append('test')
WithCleanup('test_it').run()
print WithCleanup.log


@unittest.skip('whole class')
class Skipped(unittest.TestCase):
    def test_a(self):
        pass
res = unittest.TestResult()
unittest.TestSuite([loader.loadTestsFromTestCase(Skipped)]).run(res)
print res.skipped[0][1], res.testsRun, res


class BadClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError('class setup failed')

    def test_never(self):
        pass
res = unittest.TestResult()
loader.loadTestsFromTestCase(BadClass).run(res)
print [str(e[0]) for e in res.errors], res.testsRun
ft = unittest.FunctionTestCase(lambda: None, description='a function test')
res = unittest.TestResult()
ft.run(res)
print ft.shortDescription(), res.testsRun, res.wasSuccessful(), ft.countTestCases()
suite = unittest.TestSuite()
try:
    suite.addTest(Sample)
except TypeError as e:
    print 'TypeError', e
try:
    suite.addTests('abc')
except TypeError as e:
    print 'TypeError', e
suite.addTests([Sample('test_ok'), unittest.TestSuite([Sample('test_fail')])])
print suite.countTestCases(), len(list(suite))
print [t._testMethodName for t in loader.loadTestsFromName('__main__.Sample')]
print [t._testMethodName for t in loader.loadTestsFromName('Sample.test_ok', sys.modules['__main__'])]
print unittest.getTestCaseNames(Sample, 'test_n'), unittest.makeSuite(Sample, 'test_o').countTestCases()
prog = unittest.main(module='__main__', argv=['prog', 'Sample.test_ok'], exit=False,
                     testRunner=unittest.TextTestRunner(stream=StringIO.StringIO()))
print prog.result.testsRun, prog.result.wasSuccessful()
