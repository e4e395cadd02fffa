"""The command line shared by imghdr and sndhdr: print the type their what()
finds for each file named, entering directories at the top level or, with
-r, recursively."""
import glob
import os
import sys


def make_cli(what):
    """(test, testall) for a module whose what(filename) names a file's type."""

    def report(filename):
        sys.stdout.write(filename + ': ')
        sys.stdout.flush()
        try:
            result = what(filename)
        except IOError:
            result = '*** not found ***'
        print result

    def testall(list, recursive, toplevel):
        """Print the type of each file of LIST; directories are entered at
        the top level, or at any level when RECURSIVE."""
        for filename in list:
            if not os.path.isdir(filename):
                report(filename)
            elif recursive or toplevel:
                print filename + '/:', 'recursing down:'
                testall(glob.glob(os.path.join(filename, '*')), recursive, 0)
            else:
                print filename + '/:', '*** directory (use -r) ***'

    def test():
        """Print the type of each file named on the command line (-r:
        recursively into directories)."""
        args = sys.argv[1:]
        recursive = bool(args) and args[0] == '-r'
        if recursive:
            del args[0]
        try:
            testall(args or ['.'], recursive, 1)
        except KeyboardInterrupt:
            sys.stderr.write('\n[Interrupted]\n')
            sys.exit(1)

    return test, testall
