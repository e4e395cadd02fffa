"""Timestamp checks: is a target out of date with respect to its sources?"""
import os
from stat import ST_MTIME

from distutils.errors import DistutilsFileError

__revision__ = "$Id$"


def _mtime(path):
    return os.stat(path)[ST_MTIME]


def newer(source, target):
    """Does source exist and is it newer than target (or target missing)?
    DistutilsFileError if source does not exist."""
    if not os.path.exists(source):
        raise DistutilsFileError("file '%s' does not exist" % os.path.abspath(source))
    if not os.path.exists(target):
        return True
    return _mtime(source) > _mtime(target)


def newer_pairwise(sources, targets):
    """The (sources, targets) pairs, as two lists, where the source is newer."""
    if len(sources) != len(targets):
        raise ValueError("'sources' and 'targets' must be same length")
    pairs = [(s, t) for s, t in zip(sources, targets) if newer(s, t)]
    return [s for s, _ in pairs], [t for _, t in pairs]


def newer_group(sources, target, missing='error'):
    """Is target missing or older than any of sources?  missing says what a
    missing source means: 'error' (let os.stat fail), 'ignore' (skip it) or
    'newer' (out of date)."""
    if not os.path.exists(target):
        return True
    target_time = _mtime(target)
    for source in sources:
        if not os.path.exists(source):
            if missing == 'ignore':
                continue
            if missing == 'newer':
                return True
        if _mtime(source) > target_time:
            return True
    return False
