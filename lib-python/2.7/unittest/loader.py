"""Collecting tests: from TestCase classes, modules, dotted names, and by
discovery in a directory tree."""

import os
import sys
import traceback
import types

from . import case, suite

__unittest = True


def fnmatch(name, pattern):
    # fnmatch (and with it re) is only needed for discovery; importing it
    # lazily keeps `import unittest` cheap.
    from fnmatch import fnmatch as real_fnmatch
    return real_fnmatch(name, pattern)


class _ModuleFileName(object):
    """Matches file names that discovery considers: an identifier
    followed by '.py' (the regular expression [_a-z]\\w*\\.py$,
    ignoring case), without compiling a regular expression."""

    pattern = r'[_a-z]\w*\.py$'

    _first = frozenset('_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')
    _rest = _first | frozenset('0123456789')

    def match(self, name):
        if name.endswith('\n'):
            name = name[:-1]        # '$' also matches before a final newline
        stem = name[:-3]
        if not stem or name[-3:].lower() != '.py':
            return False
        if stem[0] not in self._first:
            return False
        for char in stem:
            if char not in self._rest:
                return False
        return True


VALID_MODULE_NAME = _ModuleFileName()


def cmp_to_key(compare):
    """A sort key class ordering values by the cmp-style `compare`."""
    class Key(object):
        __slots__ = ('value',)

        def __init__(self, value):
            self.value = value

        def __lt__(self, other):
            return compare(self.value, other.value) < 0
    return Key


def _failing_suite(class_name, method_name, exception, suiteClass):
    """A suite of one synthetic test that raises `exception` when run.

    Used so that a module that cannot be imported, or a load_tests hook
    that blows up, shows up as an error in the run instead of aborting it.
    """
    def raise_it(self):
        raise exception
    test_class = type(class_name, (case.TestCase,), {method_name: raise_it})
    return suiteClass((test_class(method_name),))


def _make_failed_import_test(name, suiteClass):
    text = 'Failed to import test module: %s\n%s' % (name, traceback.format_exc())
    return _failing_suite('ModuleImportFailure', name, ImportError(text),
                          suiteClass)


def _make_failed_load_tests(name, exception, suiteClass):
    return _failing_suite('LoadTestsFailure', name, exception, suiteClass)


def _is_testcase_class(obj):
    return isinstance(obj, type) and issubclass(obj, case.TestCase)


def _import_leading(parts):
    """Import the longest importable prefix of the dotted name `parts`;
    returns the top-level package (as __import__ does)."""
    for end in range(len(parts), 0, -1):
        try:
            return __import__('.'.join(parts[:end]))
        except ImportError:
            if end == 1:
                raise


class TestLoader(object):
    """Builds test suites out of classes, modules and names."""
    testMethodPrefix = 'test'
    sortTestMethodsUsing = cmp
    suiteClass = suite.TestSuite
    _top_level_dir = None

    # -- from classes and modules ---------------------------------------

    def getTestCaseNames(self, testCaseClass):
        """The sorted names of testCaseClass's test methods."""
        prefix = self.testMethodPrefix
        found = [attr for attr in dir(testCaseClass)
                 if attr.startswith(prefix)
                 and hasattr(getattr(testCaseClass, attr), '__call__')]
        if self.sortTestMethodsUsing:
            found.sort(key=cmp_to_key(self.sortTestMethodsUsing))
        return found

    def loadTestsFromTestCase(self, testCaseClass):
        """A suite with one instance of testCaseClass per test method."""
        if issubclass(testCaseClass, suite.TestSuite):
            raise TypeError("Test cases should not be derived from TestSuite."
                            " Maybe you meant to derive from TestCase?")
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, 'runTest'):
            names = ['runTest']
        return self.suiteClass([testCaseClass(n) for n in names])

    def loadTestsFromModule(self, module, use_load_tests=True):
        """A suite of the tests of every TestCase class in `module`, or
        whatever the module's load_tests(loader, tests, None) returns."""
        found = self.suiteClass([self.loadTestsFromTestCase(obj)
                                 for obj in self._module_classes(module)])
        hook = getattr(module, 'load_tests', None)
        if not use_load_tests or hook is None:
            return found
        try:
            return hook(self, found, None)
        except Exception as exc:
            return _make_failed_load_tests(module.__name__, exc, self.suiteClass)

    @staticmethod
    def _module_classes(module):
        for attr in dir(module):
            obj = getattr(module, attr)
            if _is_testcase_class(obj):
                yield obj

    # -- from dotted names ----------------------------------------------

    def loadTestsFromName(self, name, module=None):
        """The tests named by a dotted name, relative to `module` if given.

        The name may lead to a module, a TestCase class, a test method,
        a TestSuite, or a callable returning a TestCase or TestSuite.
        """
        parts = name.split('.')
        if module is None:
            module = _import_leading(parts)
            parts = parts[1:]
        owner = None
        target = module
        for attr in parts:
            owner = target
            target = getattr(target, attr)
        return self._tests_from_object(target, owner, parts)

    def _tests_from_object(self, obj, owner, parts):
        if isinstance(obj, types.ModuleType):
            return self.loadTestsFromModule(obj)
        if _is_testcase_class(obj):
            return self.loadTestsFromTestCase(obj)
        if (isinstance(obj, types.UnboundMethodType)
                and _is_testcase_class(owner)):
            return self.suiteClass([owner(parts[-1])])
        if isinstance(obj, suite.TestSuite):
            return obj
        if not hasattr(obj, '__call__'):
            raise TypeError("don't know how to make test from: %s" % obj)
        made = obj()
        if isinstance(made, suite.TestSuite):
            return made
        if isinstance(made, case.TestCase):
            return self.suiteClass([made])
        raise TypeError("calling %s returned %s, not a test" % (obj, made))

    def loadTestsFromNames(self, names, module=None):
        """One suite holding the tests of each name in turn."""
        return self.suiteClass([self.loadTestsFromName(n, module)
                                for n in names])

    # -- discovery ------------------------------------------------------

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        """Find test modules under start_dir whose file names match
        `pattern` and load their tests.

        top_level_dir is the directory the module names are relative to
        (and which is put on sys.path); it defaults to start_dir, or to
        the value from a previous discover() call.  Packages are searched
        only if they have an __init__.py; a package whose name matches the
        pattern and which defines load_tests(loader, tests, pattern)
        decides itself what its tests are.  start_dir may also be a dotted
        module name.
        """
        implicit_top = False
        if top_level_dir is None:
            if self._top_level_dir is not None:
                top_level_dir = self._top_level_dir
            else:
                implicit_top = True
                top_level_dir = start_dir
        top_level_dir = os.path.abspath(top_level_dir)
        if top_level_dir not in sys.path:
            sys.path.insert(0, top_level_dir)
        self._top_level_dir = top_level_dir

        if os.path.isdir(os.path.abspath(start_dir)):
            start_dir = os.path.abspath(start_dir)
            importable = (start_dir == top_level_dir or
                          os.path.isfile(os.path.join(start_dir, '__init__.py')))
        else:
            start_dir, importable = self._start_from_module(
                start_dir, implicit_top, top_level_dir)
        if not importable:
            raise ImportError('Start directory is not importable: %r' % start_dir)
        return self.suiteClass(list(self._find_tests(start_dir, pattern)))

    def _start_from_module(self, dotted, implicit_top, top_level_dir):
        """discover() given a dotted module name: returns (directory of
        that module, whether it could be imported)."""
        try:
            __import__(dotted)
        except ImportError:
            return dotted, False
        directory = os.path.abspath(os.path.dirname(sys.modules[dotted].__file__))
        if implicit_top:
            package = dotted.split('.')[0]
            self._top_level_dir = self._get_directory_containing_module(package)
            sys.path.remove(top_level_dir)
        return directory, True

    def _get_directory_containing_module(self, module_name):
        path = os.path.abspath(sys.modules[module_name].__file__)
        parent = os.path.dirname(path)
        if os.path.basename(path).lower().startswith('__init__.py'):
            # A package: its container is one level further up.
            return os.path.dirname(parent)
        return parent

    def _get_name_from_path(self, path):
        stem = os.path.splitext(os.path.normpath(path))[0]
        relative = os.path.relpath(stem, self._top_level_dir)
        assert not os.path.isabs(relative), "Path must be within the project"
        assert not relative.startswith('..'), "Path must be within the project"
        return relative.replace(os.path.sep, '.')

    def _get_module_from_name(self, name):
        __import__(name)
        return sys.modules[name]

    def _match_path(self, path, full_path, pattern):
        # Only the file name is matched; subclasses may look at full_path.
        return fnmatch(path, pattern)

    def _find_tests(self, start_dir, pattern):
        """Yield the suites found in start_dir, recursing into packages."""
        for entry in os.listdir(start_dir):
            full_path = os.path.join(start_dir, entry)
            if os.path.isfile(full_path):
                found = self._tests_in_file(entry, full_path, pattern)
                if found is not None:
                    yield found
            elif os.path.isdir(full_path):
                for found in self._tests_in_package(entry, full_path, pattern):
                    yield found

    def _tests_in_file(self, entry, full_path, pattern):
        if not VALID_MODULE_NAME.match(entry):
            return None
        if not self._match_path(entry, full_path, pattern):
            return None
        name = self._get_name_from_path(full_path)
        try:
            module = self._get_module_from_name(name)
        except:
            return _make_failed_import_test(name, self.suiteClass)
        self._check_module_location(module, full_path)
        return self.loadTestsFromModule(module)

    @staticmethod
    def _check_module_location(module, full_path):
        # A same-named module elsewhere on sys.path (say, an installed
        # copy) may have been imported instead of the file we found.
        loaded = os.path.abspath(getattr(module, '__file__', full_path))
        loaded_stem = os.path.splitext(os.path.realpath(loaded))[0]
        found_stem = os.path.splitext(os.path.realpath(full_path))[0]
        if loaded_stem.lower() == found_stem.lower():
            return
        raise ImportError(
            "%r module incorrectly imported from %r. Expected %r. "
            "Is this module globally installed?"
            % (os.path.splitext(os.path.basename(full_path))[0],
               os.path.dirname(loaded_stem), os.path.dirname(full_path)))

    def _tests_in_package(self, entry, full_path, pattern):
        if not os.path.isfile(os.path.join(full_path, '__init__.py')):
            return
        hook = None
        own_tests = None
        if fnmatch(entry, pattern):
            package = self._get_module_from_name(self._get_name_from_path(full_path))
            hook = getattr(package, 'load_tests', None)
            own_tests = self.loadTestsFromModule(package, use_load_tests=False)
        if hook is not None:
            try:
                yield hook(self, own_tests, pattern)
            except Exception as exc:
                yield _make_failed_load_tests(package.__name__, exc,
                                              self.suiteClass)
            return
        if own_tests is not None:
            yield own_tests
        for found in self._find_tests(full_path, pattern):
            yield found


defaultTestLoader = TestLoader()


def _loader_for(prefix, sortUsing, suiteClass=None):
    made = TestLoader()
    made.testMethodPrefix = prefix
    made.sortTestMethodsUsing = sortUsing
    if suiteClass:
        made.suiteClass = suiteClass
    return made


# Old module-level helpers, kept for compatibility.

def getTestCaseNames(testCaseClass, prefix, sortUsing=cmp):
    return _loader_for(prefix, sortUsing).getTestCaseNames(testCaseClass)


def makeSuite(testCaseClass, prefix='test', sortUsing=cmp,
              suiteClass=suite.TestSuite):
    loader = _loader_for(prefix, sortUsing, suiteClass)
    return loader.loadTestsFromTestCase(testCaseClass)


def findTestCases(module, prefix='test', sortUsing=cmp,
                  suiteClass=suite.TestSuite):
    loader = _loader_for(prefix, sortUsing, suiteClass)
    return loader.loadTestsFromModule(module)
