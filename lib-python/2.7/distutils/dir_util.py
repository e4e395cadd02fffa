"""Creating, copying and removing directory trees, with distutils'
logging and dry-run conventions."""
import os
import errno

from distutils.errors import DistutilsFileError, DistutilsInternalError
from distutils import log

__revision__ = "$Id$"

# directories created so far (mkpath does not log or create them again)
_path_created = {}


def mkpath(name, mode=0777, verbose=1, dry_run=0):
    """Create directory name and any missing parents; returns the list of
    directories actually created."""
    if not isinstance(name, basestring):
        raise DistutilsInternalError("mkpath: 'name' must be a string (got %r)" % (name,))
    name = os.path.normpath(name)
    if os.path.isdir(name) or name == '':
        return []
    if _path_created.get(os.path.abspath(name)):
        return []
    missing = []
    head = name
    while head and not os.path.isdir(head):
        head, tail = os.path.split(head)
        missing.insert(0, tail)
    created = []
    for part in missing:
        head = os.path.join(head, part)
        absolute = os.path.abspath(head)
        if _path_created.get(absolute):
            continue
        if verbose >= 1:
            log.info("creating %s", head)
        if not dry_run:
            try:
                os.mkdir(head, mode)
            except OSError as exc:
                if not (exc.errno == errno.EEXIST and os.path.isdir(head)):
                    raise DistutilsFileError("could not create '%s': %s" % (head, exc.args[-1]))
            created.append(head)
        _path_created[absolute] = 1
    return created


def create_tree(base_dir, files, mode=0777, verbose=1, dry_run=0):
    """Create the directories that the files (relative to base_dir) need."""
    needed = sorted(set(os.path.join(base_dir, os.path.dirname(f)) for f in files))
    for directory in needed:
        mkpath(directory, mode, verbose=verbose, dry_run=dry_run)


def copy_tree(src, dst, preserve_mode=1, preserve_times=1, preserve_symlinks=0, update=0,
              verbose=1, dry_run=0):
    """Copy the tree src to dst; returns the list of files copied (or that
    would be)."""
    from distutils.file_util import copy_file
    if not dry_run and not os.path.isdir(src):
        raise DistutilsFileError("cannot copy tree '%s': not a directory" % src)
    try:
        names = os.listdir(src)
    except os.error as e:
        if not dry_run:
            raise DistutilsFileError("error listing files in '%s': %s" % (src, e.strerror))
        names = []
    if not dry_run:
        mkpath(dst, verbose=verbose)
    outputs = []
    for name in names:
        src_name = os.path.join(src, name)
        dst_name = os.path.join(dst, name)
        if name.startswith('.nfs'):
            continue        # NFS rename leftovers
        if preserve_symlinks and os.path.islink(src_name):
            target = os.readlink(src_name)
            if verbose >= 1:
                log.info("linking %s -> %s", dst_name, target)
            if not dry_run:
                os.symlink(target, dst_name)
            outputs.append(dst_name)
        elif os.path.isdir(src_name):
            outputs.extend(copy_tree(src_name, dst_name, preserve_mode, preserve_times,
                                     preserve_symlinks, update, verbose=verbose, dry_run=dry_run))
        else:
            copy_file(src_name, dst_name, preserve_mode, preserve_times, update,
                      verbose=verbose, dry_run=dry_run)
            outputs.append(dst_name)
    return outputs


def _build_cmdtuple(path, cmdtuples):
    """The removals of a tree, children first, as (function, path) pairs."""
    for name in os.listdir(path):
        full = os.path.join(path, name)
        if os.path.isdir(full) and not os.path.islink(full):
            _build_cmdtuple(full, cmdtuples)
        else:
            cmdtuples.append((os.remove, full))
    cmdtuples.append((os.rmdir, path))


def remove_tree(directory, verbose=1, dry_run=0):
    """Remove directory and everything below it (errors are logged)."""
    if verbose >= 1:
        log.info("removing '%s' (and everything under it)", directory)
    if dry_run:
        return
    steps = []
    _build_cmdtuple(directory, steps)
    for remove, path in steps:
        try:
            remove(path)
            _path_created.pop(os.path.abspath(path), None)
        except (IOError, OSError) as exc:
            log.warn("error removing %s: %s", directory, exc)


def ensure_relative(path):
    """path without its drive and leading separator."""
    drive, path = os.path.splitdrive(path)
    if path[:1] == os.sep:
        path = drive + path[1:]
    return path
