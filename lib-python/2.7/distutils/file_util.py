"""Copying, moving and writing single files, with distutils' logging and
dry-run conventions."""
import os

from distutils.errors import DistutilsFileError
from distutils import log

__revision__ = "$Id$"

_copy_action = {None: 'copying', 'hard': 'hard linking', 'sym': 'symbolically linking'}


def _copy_file_contents(src, dst, buffer_size=16 * 1024):
    """Copy the bytes of src over dst (DistutilsFileError on failure)."""
    try:
        fsrc = open(src, 'rb')
    except os.error as e:
        raise DistutilsFileError("could not open '%s': %s" % (src, e.strerror))
    try:
        if os.path.exists(dst):
            try:
                os.unlink(dst)
            except os.error as e:
                raise DistutilsFileError("could not delete '%s': %s" % (dst, e.strerror))
        try:
            fdst = open(dst, 'wb')
        except os.error as e:
            raise DistutilsFileError("could not create '%s': %s" % (dst, e.strerror))
        try:
            while True:
                try:
                    chunk = fsrc.read(buffer_size)
                except os.error as e:
                    raise DistutilsFileError("could not read from '%s': %s" % (src, e.strerror))
                if not chunk:
                    break
                try:
                    fdst.write(chunk)
                except os.error as e:
                    raise DistutilsFileError("could not write to '%s': %s" % (dst, e.strerror))
        finally:
            fdst.close()
    finally:
        fsrc.close()


def copy_file(src, dst, preserve_mode=1, preserve_times=1, update=0, link=None, verbose=1,
              dry_run=0):
    """Copy src to dst (a file, or a directory to copy into); link is
    None, 'hard' or 'sym'.  Returns (destination, copied?)."""
    from distutils.dep_util import newer
    from stat import ST_ATIME, ST_MTIME, ST_MODE, S_IMODE
    if not os.path.isfile(src):
        raise DistutilsFileError("can't copy '%s': doesn't exist or not a regular file" % src)
    if os.path.isdir(dst):
        target = os.path.join(dst, os.path.basename(src))
    else:
        target = dst
        dst = os.path.dirname(dst)
    if update and not newer(src, target):
        if verbose >= 1:
            log.debug("not copying %s (output up-to-date)", src)
        return target, 0
    try:
        action = _copy_action[link]
    except KeyError:
        raise ValueError("invalid value '%s' for 'link' argument" % link)
    if verbose >= 1:
        if os.path.basename(target) == os.path.basename(src):
            log.info("%s %s -> %s", action, src, dst)
        else:
            log.info("%s %s -> %s", action, src, target)
    if dry_run:
        return target, 1
    if link == 'hard':
        if not (os.path.exists(target) and os.path.samefile(src, target)):
            try:
                os.link(src, target)
                return target, 1
            except OSError:
                pass        # fall back to copying
    elif link == 'sym':
        if not (os.path.exists(target) and os.path.samefile(src, target)):
            os.symlink(src, target)
            return target, 1
    _copy_file_contents(src, target)
    if preserve_mode or preserve_times:
        st = os.stat(src)
        if preserve_times:
            os.utime(target, (st[ST_ATIME], st[ST_MTIME]))
        if preserve_mode:
            os.chmod(target, S_IMODE(st[ST_MODE]))
    return target, 1


def move_file(src, dst, verbose=1, dry_run=0):
    """Move src to dst (into it if a directory); returns the new name."""
    from os.path import exists, isfile, isdir, basename, dirname
    import errno
    if verbose >= 1:
        log.info("moving %s -> %s", src, dst)
    if dry_run:
        return dst
    if not isfile(src):
        raise DistutilsFileError("can't move '%s': not a regular file" % src)
    if isdir(dst):
        dst = os.path.join(dst, basename(src))
    elif exists(dst):
        raise DistutilsFileError("can't move '%s': destination '%s' already exists" % (src, dst))
    if not isdir(dirname(dst)):
        raise DistutilsFileError("can't move '%s': destination '%s' not a valid path" % (src, dst))
    try:
        os.rename(src, dst)
        return dst
    except os.error as e:
        if e.args[0] != errno.EXDEV:
            raise DistutilsFileError("couldn't move '%s' to '%s': %s" % (src, dst, e.args[-1]))
    # another file system: copy, then remove the original
    copy_file(src, dst, verbose=verbose)
    try:
        os.unlink(src)
    except os.error as e:
        try:
            os.unlink(dst)
        except os.error:
            pass
        raise DistutilsFileError("couldn't move '%s' to '%s' by copy/delete: "
                                 "delete '%s' failed: %s" % (src, dst, src, e.args[-1]))
    return dst


def write_file(filename, contents):
    """Write the lines of contents to filename, each with a newline."""
    with open(filename, "w") as f:
        for line in contents:
            f.write(line + "\n")
