"""FileList: the list of files of a source distribution, built from a
directory walk and the include/exclude/graft/prune lines of a manifest
template (MANIFEST.in)."""
import os
import re
import fnmatch

from distutils.util import convert_path
from distutils.errors import DistutilsTemplateError, DistutilsInternalError
from distutils import log

__revision__ = "$Id$"


class FileList:

    def __init__(self, warn=None, debug_print=None):
        # warn and debug_print are accepted for compatibility and ignored
        self.allfiles = None
        self.files = []

    def set_allfiles(self, allfiles):
        self.allfiles = allfiles

    def findall(self, dir=os.curdir):
        self.allfiles = findall(dir)

    def debug_print(self, msg):
        from distutils.debug import DEBUG
        if DEBUG:
            print msg

    def append(self, item):
        self.files.append(item)

    def extend(self, items):
        self.files.extend(items)

    def sort(self):
        # by directory, then name, so that files of a directory stay together
        keyed = sorted(os.path.split(f) for f in self.files)
        self.files = [os.path.join(*pair) for pair in keyed]

    def remove_duplicates(self):
        """Drop repeats of the previous entry (the list is meant to be
        sorted first)."""
        kept = self.files[:1]
        for name in self.files[1:]:
            if name != kept[-1]:
                kept.append(name)
        self.files = kept

    # -- manifest template lines ------------------------------------

    def _parse_template_line(self, line):
        """(action, patterns, dir, dir_pattern) of one template line."""
        words = line.split()
        action = words[0]
        patterns = dir = dir_pattern = None
        if action in ('include', 'exclude', 'global-include', 'global-exclude'):
            if len(words) < 2:
                raise DistutilsTemplateError(
                    "'%s' expects <pattern1> <pattern2> ..." % action)
            patterns = [convert_path(w) for w in words[1:]]
        elif action in ('recursive-include', 'recursive-exclude'):
            if len(words) < 3:
                raise DistutilsTemplateError(
                    "'%s' expects <dir> <pattern1> <pattern2> ..." % action)
            dir = convert_path(words[1])
            patterns = [convert_path(w) for w in words[2:]]
        elif action in ('graft', 'prune'):
            if len(words) != 2:
                raise DistutilsTemplateError(
                    "'%s' expects a single <dir_pattern>" % action)
            dir_pattern = convert_path(words[1])
        else:
            raise DistutilsTemplateError("unknown action '%s'" % action)
        return action, patterns, dir, dir_pattern

    def process_template_line(self, line):
        action, patterns, dir, dir_pattern = self._parse_template_line(line)
        if action in ('include', 'global-include', 'recursive-include'):
            self.debug_print("%s %s" % (action, ' '.join(patterns)))
            for pattern in patterns:
                if action == 'include':
                    found = self.include_pattern(pattern, anchor=1)
                    where = "warning: no files found matching '%s'" % pattern
                elif action == 'global-include':
                    found = self.include_pattern(pattern, anchor=0)
                    where = ("warning: no files found matching '%s' "
                             "anywhere in distribution" % pattern)
                else:
                    found = self.include_pattern(pattern, prefix=dir)
                    where = ("warning: no files found matching '%s' "
                             "under directory '%s'" % (pattern, dir))
                if not found:
                    log.warn(where)
        elif action in ('exclude', 'global-exclude', 'recursive-exclude'):
            self.debug_print("%s %s" % (action, ' '.join(patterns)))
            for pattern in patterns:
                if action == 'exclude':
                    found = self.exclude_pattern(pattern, anchor=1)
                    where = ("warning: no previously-included files "
                             "found matching '%s'" % pattern)
                elif action == 'global-exclude':
                    found = self.exclude_pattern(pattern, anchor=0)
                    where = ("warning: no previously-included files matching "
                             "'%s' found anywhere in distribution" % pattern)
                else:
                    found = self.exclude_pattern(pattern, prefix=dir)
                    where = ("warning: no previously-included files matching "
                             "'%s' found under directory '%s'" % (pattern, dir))
                if not found:
                    log.warn(where)
        elif action == 'graft':
            self.debug_print("graft " + dir_pattern)
            if not self.include_pattern(None, prefix=dir_pattern):
                log.warn("warning: no directories found matching '%s'", dir_pattern)
        elif action == 'prune':
            self.debug_print("prune " + dir_pattern)
            if not self.exclude_pattern(None, prefix=dir_pattern):
                log.warn("no previously-included directories found matching '%s'",
                         dir_pattern)
        else:
            raise DistutilsInternalError("this cannot happen: invalid action '%s'" % action)

    def include_pattern(self, pattern, anchor=1, prefix=None, is_regex=0):
        """Add the files of allfiles matching pattern (see translate_pattern);
        true when any matched."""
        pattern_re = translate_pattern(pattern, anchor, prefix, is_regex)
        self.debug_print("include_pattern: applying regex r'%s'" % pattern_re.pattern)
        if self.allfiles is None:
            self.findall()
        found = 0
        for name in self.allfiles:
            if pattern_re.search(name):
                self.debug_print(" adding " + name)
                self.files.append(name)
                found = 1
        return found

    def exclude_pattern(self, pattern, anchor=1, prefix=None, is_regex=0):
        """Drop the listed files matching pattern; true when any did."""
        pattern_re = translate_pattern(pattern, anchor, prefix, is_regex)
        self.debug_print("exclude_pattern: applying regex r'%s'" % pattern_re.pattern)
        kept = []
        found = 0
        for name in self.files:
            if pattern_re.search(name):
                self.debug_print(" removing " + name)
                found = 1
            else:
                kept.append(name)
        self.files = kept
        return found


def findall(dir=os.curdir):
    """Every regular file below dir (following no directory symlinks);
    relative to dir when dir is the current directory."""
    import stat
    found = []
    pending = [dir]
    while pending:
        here = pending.pop()
        for name in os.listdir(here):
            if here != os.curdir:
                path = os.path.join(here, name)
            else:
                path = name
            mode = os.stat(path)[stat.ST_MODE]
            if stat.S_ISREG(mode):
                found.append(path)
            elif stat.S_ISDIR(mode) and not os.path.islink(path):
                pending.append(path)
    return found


# the separator as it appears in a regex
_SEP = r'\\\\' if os.sep == '\\' else os.sep

# what fnmatch.translate puts after the pattern proper
_TRANSLATE_TAIL = fnmatch.translate('')


def glob_to_re(pattern):
    """fnmatch's regex for pattern, except that wildcards do not match
    the path separator."""
    regex = fnmatch.translate(pattern)
    not_sep = '[^%s]' % _SEP
    # an unescaped '.' is a wildcard; an escaped one is a literal dot
    return re.sub(r'((?<!\\)(?:\\\\)*)\.', lambda m: m.group(1) + not_sep, regex)


def translate_pattern(pattern, anchor=1, prefix=None, is_regex=0):
    """A compiled regex for a manifest pattern.  anchor: the pattern must
    match from the start of the path; prefix: a directory the path must
    lie under (then anything may come between it and the pattern)."""
    if is_regex:
        if isinstance(pattern, str):
            return re.compile(pattern)
        return pattern
    body = glob_to_re(pattern) if pattern else ''
    if prefix is not None:
        prefix_body = glob_to_re(prefix)[:-len(_TRANSLATE_TAIL)]
        return re.compile('^' + prefix_body + _SEP + '.*' + body)
    if anchor:
        return re.compile('^' + body)
    return re.compile(body)
