"""The command-line front end: unittest.main (TestProgram).

    python -m unittest [options] [tests]
    python -m unittest discover [options]
    python mytests.py [options] [tests]      (calling unittest.main())
"""

import os
import sys
import types

from . import loader, runner
from .signals import installHandler

__unittest = True


def _option_row(flags, text):
    # Option help lines put their text in column 19.
    return "  %-17s%s\n" % (flags, text)


# Lines for the optional flags; each is left out of the help message when
# the corresponding TestProgram argument was given as False.
FAILFAST = _option_row("-f, --failfast", "Stop on first failure")
CATCHBREAK = _option_row("-c, --catch", "Catch control-C and display results")
BUFFEROUTPUT = _option_row("-b, --buffer", "Buffer stdout and stderr during test runs")

_OPTIONAL = "%(failfast)s%(catchbreak)s%(buffer)s"

_COMMON_OPTIONS = (_option_row("-h, --help", "Show this message") +
                   _option_row("-v, --verbose", "Verbose output") +
                   _option_row("-q, --quiet", "Minimal output") +
                   _OPTIONAL)


def _example(width, args, text):
    return "  %%(progName)s %-*s - %s\n" % (width, args, text)


# Help text when run as `python -m unittest`; a %-template over
# progName and the three optional flag lines.
USAGE_AS_MAIN = "".join([
    "Usage: %(progName)s [options] [tests]\n",
    "\n",
    "Options:\n",
    _COMMON_OPTIONS,
    "\n",
    "Examples:\n",
    _example(25, "test_module", "run tests from test_module"),
    _example(25, "module.TestClass", "run tests from module.TestClass"),
    _example(25, "module.Class.test_method", "run specified test method"),
    "\n",
    "[tests] can be a list of any number of test modules, classes and test\n",
    "methods.\n",
    "\n",
    "Alternative Usage: %(progName)s discover [options]\n",
    "\n",
    "Options:\n",
    _option_row("-v, --verbose", "Verbose output"),
    _OPTIONAL,
    _option_row("-s directory", "Directory to start discovery ('.' default)"),
    _option_row("-p pattern", "Pattern to match test files ('test*.py' default)"),
    _option_row("-t directory", "Top level directory of project (default to"),
    _option_row("", "start directory)"),
    "\n",
    "For test discovery all test modules must be importable from the top\n",
    "level directory of the project.\n",
])

# Help text when a test module calls unittest.main() itself.
USAGE_FROM_MODULE = "".join([
    "Usage: %(progName)s [options] [test] [...]\n",
    "\n",
    "Options:\n",
    _COMMON_OPTIONS,
    "\n",
    "Examples:\n",
    _example(29, "", "run default set of tests"),
    _example(29, "MyTestSuite", "run suite 'MyTestSuite'"),
    _example(29, "MyTestCase.testSomething", "run MyTestCase.testSomething"),
    _example(29, "MyTestCase", "run all 'test*' test methods"),
    " " * 47 + "in MyTestCase\n",
])

# getopt spelling of the options understood outside `discover`.
_SHORT_OPTS = 'hHvqfcb'
_LONG_OPTS = ['help', 'verbose', 'quiet', 'failfast', 'catch', 'buffer']


def _resolve_module(module):
    """A module object for `module`, which may be a dotted name."""
    if not isinstance(module, basestring):
        return module
    found = __import__(module)
    for attr in module.split('.')[1:]:
        found = getattr(found, attr)
    return found


class TestProgram(object):
    """Parses a command line, loads the tests it names and runs them.

    With exit=True (the default) it ends the process with status 0 on
    success and 1 otherwise; with exit=False the outcome is left in
    self.result.
    """
    USAGE = USAGE_FROM_MODULE

    # Class-level defaults, so that usageExit() works on a partly built
    # instance.
    failfast = catchbreak = buffer = progName = None

    def __init__(self, module='__main__', defaultTest=None, argv=None,
                 testRunner=None, testLoader=loader.defaultTestLoader,
                 exit=True, verbosity=1, failfast=None, catchbreak=None,
                 buffer=None):
        self.module = _resolve_module(module)
        if argv is None:
            argv = sys.argv
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.exit = exit
        self.verbosity = verbosity
        # None means "not decided by the caller": the command line may
        # switch these on.  False also hides them from the help text.
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.buffer = buffer
        self.progName = os.path.basename(argv[0])
        self.parseArgs(argv)
        self.runTests()

    def usageExit(self, msg=None):
        if msg:
            print msg
        fill = {'progName': self.progName,
                'failfast': '', 'catchbreak': '', 'buffer': ''}
        for key, line in (('failfast', FAILFAST),
                          ('catchbreak', CATCHBREAK),
                          ('buffer', BUFFEROUTPUT)):
            if getattr(self, key) != False:
                fill[key] = line
        print self.USAGE % fill
        sys.exit(2)

    def parseArgs(self, argv):
        if len(argv) > 1 and argv[1].lower() == 'discover':
            self._do_discovery(argv[2:])
            return

        import getopt
        try:
            options, args = getopt.getopt(argv[1:], _SHORT_OPTS, _LONG_OPTS)
            for opt, _ in options:
                self._apply_option(opt)
            if args:
                self.testNames = args
            elif self.defaultTest is None:
                # Load everything from self.module.
                self.testNames = None
            else:
                self.testNames = (self.defaultTest,)
            self.createTests()
        except getopt.error as msg:
            self.usageExit(msg)

    def _apply_option(self, opt):
        if opt in ('-h', '-H', '--help'):
            self.usageExit()
        elif opt in ('-q', '--quiet'):
            self.verbosity = 0
        elif opt in ('-v', '--verbose'):
            self.verbosity = 2
        else:
            # The switches only count when the caller left them undecided.
            switch = {'-f': 'failfast', '--failfast': 'failfast',
                      '-c': 'catchbreak', '--catch': 'catchbreak',
                      '-b': 'buffer', '--buffer': 'buffer'}.get(opt)
            if switch is not None and getattr(self, switch) is None:
                setattr(self, switch, True)

    def createTests(self):
        if self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames,
                                                           self.module)

    def _discovery_parser(self):
        import optparse
        parser = optparse.OptionParser()
        parser.prog = self.progName

        def flag(short, long_, dest, text):
            parser.add_option(short, long_, dest=dest, default=False,
                              help=text, action='store_true')

        flag('-v', '--verbose', 'verbose', 'Verbose output')
        if self.failfast != False:
            flag('-f', '--failfast', 'failfast', 'Stop on first fail or error')
        if self.catchbreak != False:
            flag('-c', '--catch', 'catchbreak',
                 'Catch Ctrl-C and display results so far')
        if self.buffer != False:
            flag('-b', '--buffer', 'buffer',
                 'Buffer stdout and stderr during tests')
        parser.add_option('-s', '--start-directory', dest='start', default='.',
                          help="Directory to start discovery ('.' default)")
        parser.add_option('-p', '--pattern', dest='pattern', default='test*.py',
                          help="Pattern to match tests ('test*.py' default)")
        parser.add_option('-t', '--top-level-directory', dest='top',
                          default=None,
                          help='Top level directory of project (defaults to '
                               'start directory)')
        return parser

    def _do_discovery(self, argv, Loader=None):
        self.progName = '%s discover' % self.progName
        options, args = self._discovery_parser().parse_args(argv)
        if len(args) > 3:
            self.usageExit()
        # Up to three positional arguments stand for -s, -p and -t.
        for dest, value in zip(('start', 'pattern', 'top'), args):
            setattr(options, dest, value)
        for dest in ('failfast', 'catchbreak', 'buffer'):
            if getattr(self, dest) is None:
                setattr(self, dest, getattr(options, dest))
        if options.verbose:
            self.verbosity = 2
        if Loader is None:
            chosen = self.testLoader
        else:
            chosen = Loader()
        self.test = chosen.discover(options.start, options.pattern, options.top)

    def runTests(self):
        if self.catchbreak:
            installHandler()
        if self.testRunner is None:
            self.testRunner = runner.TextTestRunner
        test_runner = self.testRunner
        if isinstance(test_runner, (type, types.ClassType)):
            try:
                test_runner = test_runner(verbosity=self.verbosity,
                                          failfast=self.failfast,
                                          buffer=self.buffer)
            except TypeError:
                # An older runner class without these arguments.
                test_runner = test_runner()
        self.result = test_runner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
