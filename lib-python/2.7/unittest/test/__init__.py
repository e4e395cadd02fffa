"""Tests of the unittest package itself.

suite() gathers the TestCase classes of every test_*.py module next to this
file; test.test_unittest runs it."""
import os
import unittest

_HERE = os.path.dirname(os.path.abspath(__file__))


def _module_names():
    names = []
    for entry in sorted(os.listdir(_HERE)):
        if entry.startswith('test_') and entry.endswith('.py'):
            names.append(__name__ + '.' + entry[:-3])
    return names


def suite():
    loader = unittest.defaultTestLoader
    everything = unittest.TestSuite()
    for name in _module_names():
        module = __import__(name, fromlist=['*'])
        everything.addTest(loader.loadTestsFromModule(module))
    return everything


def load_tests(loader, tests, pattern):
    return suite()


if __name__ == '__main__':
    unittest.main(defaultTest='suite')
