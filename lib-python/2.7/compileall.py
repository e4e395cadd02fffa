"""Byte-compile every Python source file of a directory tree (or of
sys.path), skipping files whose byte-code is up to date.

Run as a script: python -m compileall [-l] [-f] [-q] [-d destdir]
[-x regexp] [-i list] [directory|file ...]
"""
import imp
import os
import struct
import sys

import py_compile

__all__ = ["compile_dir", "compile_file", "compile_path"]


def _entries(dir):
    """The sorted names in dir ([] with a message if it cannot be read)."""
    try:
        return sorted(os.listdir(dir))
    except os.error:
        print "Can't list", dir
        return []


def compile_dir(dir, maxlevels=10, ddir=None, force=0, rx=None, quiet=0):
    """Compile the .py files of dir and, maxlevels deep, of its
    subdirectories (symbolic links to directories are not followed).
    ddir is the directory recorded in the byte-code instead of dir; force
    recompiles up-to-date files; files whose path matches the regular
    expression rx are skipped; quiet prints only errors.
    Returns 1 when everything compiled, else 0."""
    if not quiet:
        print 'Listing', dir, '...'
    ok = 1
    for entry in _entries(dir):
        path = os.path.join(dir, entry)
        if not os.path.isdir(path):
            ok = compile_file(path, ddir, force, rx, quiet) and ok
            continue
        if maxlevels <= 0 or entry in (os.curdir, os.pardir) or os.path.islink(path):
            continue
        sub_ddir = None if ddir is None else os.path.join(ddir, entry)
        ok = compile_dir(path, maxlevels - 1, sub_ddir, force, rx, quiet) and ok
    return 1 if ok else 0


def _up_to_date(fullname):
    """Does the byte-code file of fullname carry its magic and mtime?"""
    try:
        mtime = int(os.stat(fullname).st_mtime)
        expect = struct.pack('<4sl', imp.get_magic(), mtime)
        with open(fullname + ('c' if __debug__ else 'o'), 'rb') as f:
            return f.read(8) == expect
    except IOError:
        return False


def compile_file(fullname, ddir=None, force=0, rx=None, quiet=0):
    """Compile one file if it is a .py file (see compile_dir for the
    arguments).  Returns 1 on success or when there was nothing to do."""
    name = os.path.basename(fullname)
    dfile = os.path.join(ddir, name) if ddir is not None else None
    if rx is not None and rx.search(fullname):
        return 1
    if not os.path.isfile(fullname) or name[-3:] != '.py':
        return 1
    if not force and _up_to_date(fullname):
        return 1
    if not quiet:
        print 'Compiling', fullname, '...'
    try:
        ok = py_compile.compile(fullname, None, dfile, True)
    except py_compile.PyCompileError as err:
        if quiet:
            print 'Compiling', fullname, '...'
        print err.msg
        return 0
    except IOError as e:
        print 'Sorry', e
        return 0
    if ok == 0:
        return 0
    return 1


def compile_path(skip_curdir=1, maxlevels=0, force=0, quiet=0):
    """Compile the directories of sys.path (the current directory is
    skipped when skip_curdir is true).  Returns 1 when all compiled."""
    success = 1
    for dir in sys.path:
        if (not dir or dir == os.curdir) and skip_curdir:
            print 'Skipping current directory'
        else:
            success = success and compile_dir(dir, maxlevels, None, force, quiet=quiet)
    return success


def expand_args(args, flist):
    """args plus the names listed one per line in the file flist ('-' is
    standard input)."""
    expanded = args[:]
    if flist:
        try:
            if flist == '-':
                lines = sys.stdin.readlines()
            else:
                with open(flist) as f:
                    lines = f.readlines()
        except IOError:
            print "Error reading file list %s" % flist
            raise
        expanded.extend(line.strip() for line in lines)
    return expanded


USAGE = """usage: python compileall.py [-l] [-f] [-q] [-d destdir] [-x regexp] [-i list] [directory|file ...]

arguments: zero or more file and directory names to compile; if no arguments given,
           defaults to the equivalent of -l sys.path

options:
-l: don't recurse into subdirectories
-f: force rebuild even if timestamps are up-to-date
-q: output only error messages
-d destdir: directory to prepend to file paths for use in compile-time tracebacks and in
            runtime tracebacks in cases where the source file is unavailable
-x regexp: skip files matching the regular expression regexp; the regexp is searched for
           in the full path of each file considered for compilation
-i file: add all the files and directories listed in file to the list considered for
         compilation; if "-", names are read from stdin
"""


def _options(argv):
    """The parsed command line: (settings dict, arguments)."""
    import getopt
    try:
        opts, args = getopt.getopt(argv, 'lfqd:x:i:')
    except getopt.error as msg:
        print msg
        print USAGE
        sys.exit(2)
    settings = {'maxlevels': 10, 'ddir': None, 'force': 0, 'quiet': 0, 'rx': None, 'flist': None}
    for flag, value in opts:
        if flag == '-l':
            settings['maxlevels'] = 0
        elif flag == '-f':
            settings['force'] = 1
        elif flag == '-q':
            settings['quiet'] = 1
        elif flag == '-d':
            settings['ddir'] = value
        elif flag == '-x':
            import re
            settings['rx'] = re.compile(value)
        elif flag == '-i':
            settings['flist'] = value
    return settings, args


def main():
    """The command line: returns 1 on success, 0 on failure."""
    opt, args = _options(sys.argv[1:])
    ddir = opt['ddir']
    if ddir and (len(args) != 1 or not os.path.isdir(args[0])):
        print "-d destdir require exactly one directory argument"
        sys.exit(2)
    try:
        if not (args or opt['flist']):
            return compile_path()
        if opt['flist']:
            try:
                args = expand_args(args, opt['flist'])
            except IOError:
                return 0
        ok = 1
        for arg in args:
            if os.path.isdir(arg):
                done = compile_dir(arg, opt['maxlevels'], ddir, opt['force'], opt['rx'], opt['quiet'])
            else:
                done = compile_file(arg, ddir, opt['force'], opt['rx'], opt['quiet'])
            if not done:
                ok = 0
        return ok
    except KeyboardInterrupt:
        print "\n[interrupted]"
        return 0


if __name__ == '__main__':
    sys.exit(int(not main()))
