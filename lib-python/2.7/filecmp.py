"""Compare files and directories.

cmp(f1, f2) compares two files, cmpfiles(a, b, names) a set of names in
two directories, and the dircmp class two directory trees (its results are
computed on first access to each attribute).
"""

import os
import stat
from itertools import ifilter, ifilterfalse, imap, izip

__all__ = ["cmp", "dircmp", "cmpfiles"]

BUFSIZE = 8 * 1024

# (f1, f2, signature1, signature2) -> bool: a file's content is only read
# again when its signature changed
_cache = {}


def _sig(st):
    return (stat.S_IFMT(st.st_mode), st.st_size, st.st_mtime)


def cmp(f1, f2, shallow=1):
    """True when the files F1 and F2 seem equal.

    With SHALLOW true, files whose type, size and modification time agree
    are equal without reading them; otherwise their contents decide.
    Anything but two regular files compares unequal.
    """
    s1, s2 = _sig(os.stat(f1)), _sig(os.stat(f2))
    if not (s1[0] == s2[0] == stat.S_IFREG):
        return False
    if shallow and s1 == s2:
        return True
    if s1[1] != s2[1]:      # sizes differ
        return False
    key = (f1, f2, s1, s2)
    same = _cache.get(key)
    if same is None:
        same = _same_contents(f1, f2)
        if len(_cache) > 100:
            _cache.clear()
        _cache[key] = same
    return same


def _same_contents(f1, f2):
    with open(f1, 'rb') as a:
        with open(f2, 'rb') as b:
            while True:
                chunk = a.read(BUFSIZE)
                if chunk != b.read(BUFSIZE):
                    return False
                if not chunk:
                    return True


def _compare_one(a, b, shallow):
    """0 for equal, 1 for different, 2 when either cannot be compared."""
    try:
        return 0 if cmp(a, b, shallow) else 1
    except (os.error, IOError):
        return 2


def cmpfiles(a, b, common, shallow=1):
    """Compare the files named in COMMON in directories A and B.

    Returns three lists of names: equal, different, and those that could
    not be compared (missing, unreadable, not regular files...).
    """
    result = ([], [], [])
    for name in common:
        verdict = _compare_one(os.path.join(a, name), os.path.join(b, name),
                               shallow)
        result[verdict].append(name)
    return result


def _filter(names, skip):
    return list(ifilterfalse(skip.__contains__, names))


class dircmp:
    """Compare the directories LEFT and RIGHT.

    dircmp(a, b, ignore=None, hide=None): IGNORE lists names to skip
    (default ['RCS', 'CVS', 'tags']), HIDE names to hide (default
    [os.curdir, os.pardir]).

    report(), report_partial_closure() and report_full_closure() print a
    comparison; the attributes left_list, right_list, common, left_only,
    right_only, common_dirs, common_files, common_funny, same_files,
    diff_files, funny_files and subdirs hold the results.
    """

    def __init__(self, a, b, ignore=None, hide=None):
        self.left = a
        self.right = b
        if hide is None:
            self.hide = [os.curdir, os.pardir]
        else:
            self.hide = hide
        if ignore is None:
            self.ignore = ['RCS', 'CVS', 'tags']
        else:
            self.ignore = ignore

    def phase0(self):
        """List both directories."""
        skip = self.hide + self.ignore
        self.left_list = _filter(os.listdir(self.left), skip)
        self.right_list = _filter(os.listdir(self.right), skip)
        self.left_list.sort()
        self.right_list.sort()

    def phase1(self):
        """Split the names into common and one-sided ones."""
        # names are matched with the platform's case rules
        left = dict(izip(imap(os.path.normcase, self.left_list), self.left_list))
        right = dict(izip(imap(os.path.normcase, self.right_list), self.right_list))
        self.common = map(left.__getitem__, ifilter(right.__contains__, left))
        self.left_only = map(left.__getitem__, ifilterfalse(right.__contains__, left))
        self.right_only = map(right.__getitem__, ifilterfalse(left.__contains__, right))

    def phase2(self):
        """Classify the common names: directories, files, or 'funny'."""
        self.common_dirs = []
        self.common_files = []
        self.common_funny = []
        for name in self.common:
            try:
                left_mode = os.stat(os.path.join(self.left, name)).st_mode
                right_mode = os.stat(os.path.join(self.right, name)).st_mode
            except os.error:
                self.common_funny.append(name)
                continue
            kind = stat.S_IFMT(left_mode)
            if kind != stat.S_IFMT(right_mode):
                self.common_funny.append(name)
            elif stat.S_ISDIR(kind):
                self.common_dirs.append(name)
            elif stat.S_ISREG(kind):
                self.common_files.append(name)
            else:
                self.common_funny.append(name)

    def phase3(self):
        """Compare the common files."""
        self.same_files, self.diff_files, self.funny_files = \
            cmpfiles(self.left, self.right, self.common_files)

    def phase4(self):
        """A dircmp for each common subdirectory."""
        self.subdirs = {}
        for name in self.common_dirs:
            self.subdirs[name] = dircmp(os.path.join(self.left, name),
                                        os.path.join(self.right, name),
                                        self.ignore, self.hide)

    def phase4_closure(self):
        self.phase4()
        for sub in self.subdirs.itervalues():
            sub.phase4_closure()

    def report(self):
        print 'diff', self.left, self.right
        for where, names in ((self.left, self.left_only),
                             (self.right, self.right_only)):
            if names:
                names.sort()
                print 'Only in', where, ':', names
        for title, attr in (('Identical files :', 'same_files'),
                            ('Differing files :', 'diff_files'),
                            ('Trouble with common files :', 'funny_files'),
                            ('Common subdirectories :', 'common_dirs'),
                            ('Common funny cases :', 'common_funny')):
            names = getattr(self, attr)
            if names:
                names.sort()
                print title, names

    def report_partial_closure(self):
        """This comparison and those of the immediate subdirectories."""
        self.report()
        for sub in self.subdirs.itervalues():
            print
            sub.report()

    def report_full_closure(self):
        """This comparison and those of all subdirectories, recursively."""
        self.report()
        for sub in self.subdirs.itervalues():
            print
            sub.report_full_closure()

    # which phase computes each lazy attribute
    methodmap = dict(subdirs=phase4,
                     same_files=phase3, diff_files=phase3, funny_files=phase3,
                     common_dirs=phase2, common_files=phase2, common_funny=phase2,
                     common=phase1, left_only=phase1, right_only=phase1,
                     left_list=phase0, right_list=phase0)

    def __getattr__(self, attr):
        # only called for attributes not computed yet
        phase = self.methodmap.get(attr)
        if phase is None:
            raise AttributeError(attr)
        phase(self)
        return getattr(self, attr)


def demo():
    import getopt, sys
    opts, dirs = getopt.getopt(sys.argv[1:], 'r')
    if len(dirs) != 2:
        raise getopt.GetoptError('need exactly two args', None)
    result = dircmp(*dirs)
    if ('-r', '') in opts:
        result.report_full_closure()
    else:
        result.report()


if __name__ == '__main__':
    demo()
