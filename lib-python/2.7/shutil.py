"""High-level file operations: copying files and trees, removing trees,
moving, and making archives."""
import os
import sys
import stat
import fnmatch
from os.path import abspath

__all__ = [
    # copying
    "copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2",
    "copytree", "ignore_patterns",
    # moving and removing
    "move", "rmtree",
    # errors
    "Error", "SpecialFileError", "ExecError",
    # archives
    "make_archive", "get_archive_formats", "register_archive_format",
    "unregister_archive_format",
]


class Error(EnvironmentError):
    """Raised by this module; copytree's carries a list of failures."""


class SpecialFileError(EnvironmentError):
    """An operation that is not allowed on a special file (a named pipe)."""


class ExecError(EnvironmentError):
    """A command could not be run."""


try:
    WindowsError
except NameError:
    WindowsError = None


def copyfileobj(fsrc, fdst, length=16 * 1024):
    """Copy everything left in file-like fsrc to fdst, length bytes at a time."""
    chunk = fsrc.read(length)
    while chunk:
        fdst.write(chunk)
        chunk = fsrc.read(length)


def _samefile(src, dst):
    """Whether src and dst name the same file (by path where samefile is
    unavailable; False if either cannot be stat'ed)."""
    if not hasattr(os.path, 'samefile'):
        norm = lambda p: os.path.normcase(abspath(p))
        return norm(src) == norm(dst)
    try:
        return os.path.samefile(src, dst)
    except OSError:
        return False


def _refuse_fifo(path):
    """SpecialFileError if path exists and is a named pipe (reading one
    would block)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return
    if stat.S_ISFIFO(mode):
        raise SpecialFileError("`%s` is a named pipe" % path)


def copyfile(src, dst):
    """Copy the contents of src to dst (no metadata)."""
    if _samefile(src, dst):
        raise Error("`%s` and `%s` are the same file" % (src, dst))
    _refuse_fifo(src)
    _refuse_fifo(dst)
    with open(src, 'rb') as source:
        with open(dst, 'wb') as target:
            copyfileobj(source, target)


def copymode(src, dst):
    """Give dst the permission bits of src."""
    if not hasattr(os, 'chmod'):
        return
    os.chmod(dst, stat.S_IMODE(os.stat(src).st_mode))


def copystat(src, dst):
    """Copy permission bits, access and modification times (and flags)
    from src to dst."""
    info = os.stat(src)
    if hasattr(os, 'utime'):
        os.utime(dst, (info.st_atime, info.st_mtime))
    if hasattr(os, 'chmod'):
        os.chmod(dst, stat.S_IMODE(info.st_mode))
    if not (hasattr(os, 'chflags') and hasattr(info, 'st_flags')):
        return
    try:
        os.chflags(dst, info.st_flags)
    except OSError as why:
        # some file systems cannot store flags; that is not an error
        import errno
        if why.errno != getattr(errno, 'EOPNOTSUPP', object()):
            raise


def _into_dir(src, dst):
    """dst itself, or dst/basename(src) when dst is a directory."""
    if os.path.isdir(dst):
        return os.path.join(dst, os.path.basename(src))
    return dst


def copy(src, dst):
    """Copy data and mode bits; dst may be a directory."""
    target = _into_dir(src, dst)
    copyfile(src, target)
    copymode(src, target)


def copy2(src, dst):
    """Copy data and all stat info (like cp -p); dst may be a directory."""
    target = _into_dir(src, dst)
    copyfile(src, target)
    copystat(src, target)


def ignore_patterns(*patterns):
    """An `ignore` function for copytree: names matching any of the glob
    patterns are skipped."""
    def _ignore_patterns(path, names):
        skipped = set()
        for pattern in patterns:
            skipped.update(fnmatch.filter(names, pattern))
        return skipped
    return _ignore_patterns


def _copy_entry(srcname, dstname, symlinks, ignore):
    """Copy one directory entry for copytree."""
    if symlinks and os.path.islink(srcname):
        os.symlink(os.readlink(srcname), dstname)
    elif os.path.isdir(srcname):
        copytree(srcname, dstname, symlinks, ignore)
    else:
        copy2(srcname, dstname)


def copytree(src, dst, symlinks=False, ignore=None):
    """Copy the directory tree at src to dst, which must not exist.

    With symlinks, symbolic links are copied as links, else the files they
    point to are copied.  ignore(src, names) returns the names to skip in
    each directory.  Failures are collected and raised together as Error."""
    names = os.listdir(src)
    skipped = ignore(src, names) if ignore is not None else set()
    os.makedirs(dst)
    failures = []
    for name in [n for n in names if n not in skipped]:
        pair = (os.path.join(src, name), os.path.join(dst, name))
        try:
            _copy_entry(pair[0], pair[1], symlinks, ignore)
        except Error as err:
            failures += err.args[0]          # a subtree's own failures
        except EnvironmentError as why:
            failures.append(pair + (str(why),))
    try:
        copystat(src, dst)
    except OSError as why:
        # Windows cannot set times on directories; ignore that case only
        if WindowsError is None or not isinstance(why, WindowsError):
            failures.append((src, dst, str(why)))
    if failures:
        raise Error(failures)


def _ignore_error(*args):
    pass


def _reraise(*args):
    raise


def _attempt(onerror, func, path):
    """func(path), reporting a failure as onerror(func, path, exc_info)."""
    try:
        return func(path)
    except os.error:
        onerror(func, path, sys.exc_info())


def rmtree(path, ignore_errors=False, onerror=None):
    """Delete a whole directory tree (path must not be a symbolic link).

    Errors are ignored with ignore_errors, else passed to
    onerror(function, path, exc_info), else raised."""
    if ignore_errors:
        onerror = _ignore_error
    elif onerror is None:
        onerror = _reraise
    try:
        if os.path.islink(path):
            raise OSError("Cannot call rmtree on a symbolic link")
    except OSError:
        onerror(os.path.islink, path, sys.exc_info())
        return
    for name in _attempt(onerror, os.listdir, path) or []:
        child = os.path.join(path, name)
        try:
            is_dir = stat.S_ISDIR(os.lstat(child).st_mode)
        except os.error:
            is_dir = False
        if is_dir:
            rmtree(child, ignore_errors, onerror)
        else:
            _attempt(onerror, os.remove, child)
    _attempt(onerror, os.rmdir, path)


def _basename(path):
    # basename of a directory given with a trailing slash is its name
    return os.path.basename(path.rstrip(os.path.sep))


def _destinsrc(src, dst):
    """Whether dst lies inside the directory src (or is src)."""
    def as_dir(p):
        p = abspath(p)
        return p if p.endswith(os.path.sep) else p + os.path.sep
    return as_dir(dst).startswith(as_dir(src))


def _move_by_copying(src, real_dst, dst):
    """move() when os.rename cannot do it (e.g. across file systems)."""
    if os.path.islink(src):
        os.symlink(os.readlink(src), real_dst)
        os.unlink(src)
        return
    if not os.path.isdir(src):
        copy2(src, real_dst)
        os.unlink(src)
        return
    if _destinsrc(src, dst):
        raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
    copytree(src, real_dst, symlinks=True)
    rmtree(src)


def move(src, dst):
    """Move a file or directory to dst (into it if it is a directory):
    os.rename when possible, else copy then delete."""
    real_dst = dst
    if os.path.isdir(dst):
        if _samefile(src, dst):
            # a case-only rename on a case-insensitive file system
            os.rename(src, dst)
            return
        real_dst = os.path.join(dst, _basename(src))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    try:
        os.rename(src, real_dst)
    except OSError:
        _move_by_copying(src, real_dst, dst)


# ---- archives ----------------------------------------------------------------

def _lookup_id(module, getter, name):
    """Field 2 (the numeric id) of a pwd/grp entry, or None."""
    if name is None:
        return None
    try:
        entry = getattr(__import__(module), getter)(name)
    except (ImportError, KeyError):
        return None
    return entry[2]


def _get_gid(name):
    return _lookup_id('grp', 'getgrnam', name)


def _get_uid(name):
    return _lookup_id('pwd', 'getpwnam', name)


def _ensure_parent(archive_dir, dry_run, logger):
    """Create the directory an archive goes into, unless it exists."""
    if not archive_dir or os.path.exists(archive_dir):
        return
    if logger is not None:
        logger.info("creating %s", archive_dir)
    if not dry_run:
        os.makedirs(archive_dir)


# compress argument -> (file name extension, tarfile mode suffix)
_TAR_COMPRESSION = {'gzip': ('.gz', 'gz'), 'bzip2': ('.bz2', 'bz2'), None: ('', '')}


def _make_tarball(base_name, base_dir, compress="gzip", verbose=0, dry_run=0,
                  owner=None, group=None, logger=None):
    """Create base_name.tar[.gz|.bz2] holding base_dir; its file name."""
    if compress not in _TAR_COMPRESSION:
        raise ValueError("bad value for 'compress': must be None, 'gzip' or 'bzip2'")
    extension, mode_suffix = _TAR_COMPRESSION[compress]
    archive_name = base_name + '.tar' + extension
    _ensure_parent(os.path.dirname(archive_name), dry_run, logger)
    import tarfile
    if logger is not None:
        logger.info('Creating tar archive')
    uid, gid = _get_uid(owner), _get_gid(group)

    def _set_uid_gid(tarinfo):
        # override the recorded owner and group when they were asked for
        if gid is not None:
            tarinfo.gid, tarinfo.gname = gid, group
        if uid is not None:
            tarinfo.uid, tarinfo.uname = uid, owner
        return tarinfo

    if dry_run:
        return archive_name
    archive = tarfile.open(archive_name, 'w|' + mode_suffix)
    try:
        archive.add(base_dir, filter=_set_uid_gid)
    finally:
        archive.close()
    return archive_name


def _zip_members(base_dir):
    """The normalised paths a zip of base_dir holds, in writing order."""
    top = os.path.normpath(base_dir)
    if top != os.curdir:
        yield top
    for dirpath, dirnames, filenames in os.walk(base_dir):
        for name in sorted(dirnames):
            yield os.path.normpath(os.path.join(dirpath, name))
        for name in filenames:
            member = os.path.normpath(os.path.join(dirpath, name))
            if os.path.isfile(member):
                yield member


def _make_zipfile(base_name, base_dir, verbose=0, dry_run=0, logger=None):
    """Create base_name.zip holding base_dir (deflated); its file name."""
    zip_filename = base_name + ".zip"
    _ensure_parent(os.path.dirname(base_name), dry_run, logger)
    import zipfile
    if logger is not None:
        logger.info("creating '%s' and adding '%s' to it", zip_filename, base_dir)
    if dry_run:
        return zip_filename
    archive = zipfile.ZipFile(zip_filename, "w", compression=zipfile.ZIP_DEFLATED)
    try:
        for member in _zip_members(base_dir):
            archive.write(member, member)
    finally:
        archive.close()
    return zip_filename


# name -> (function, [(keyword, value)], description)
_ARCHIVE_FORMATS = {
    'gztar': (_make_tarball, [('compress', 'gzip')], "gzip'ed tar-file"),
    'bztar': (_make_tarball, [('compress', 'bzip2')], "bzip2'ed tar-file"),
    'tar': (_make_tarball, [('compress', None)], "uncompressed tar file"),
    'zip': (_make_zipfile, [], "ZIP file"),
}


def get_archive_formats():
    """[(name, description)] of the supported archive formats, sorted."""
    return sorted([(name, entry[2]) for name, entry in _ARCHIVE_FORMATS.items()])


def register_archive_format(name, function, extra_args=None, description=''):
    """Register function(base_name, base_dir, **kwargs) as archive format
    name; extra_args is a list of (name, value) keyword arguments."""
    extra_args = [] if extra_args is None else extra_args
    if not callable(function):
        raise TypeError('The %s object is not callable' % function)
    if not isinstance(extra_args, (tuple, list)):
        raise TypeError('extra_args needs to be a sequence')
    for pair in extra_args:
        if not (isinstance(pair, (tuple, list)) and len(pair) == 2):
            raise TypeError('extra_args elements are : (arg_name, value)')
    _ARCHIVE_FORMATS[name] = (function, extra_args, description)


def unregister_archive_format(name):
    del _ARCHIVE_FORMATS[name]


def make_archive(base_name, format, root_dir=None, base_dir=None, verbose=0,
                 dry_run=0, owner=None, group=None, logger=None):
    """Create an archive of base_dir (default: the current directory),
    working from root_dir; format is one of get_archive_formats().
    Returns the archive's file name."""
    previous_cwd = os.getcwd()
    if root_dir is not None:
        if logger is not None:
            logger.debug("changing into '%s'", root_dir)
        # the archive name stays relative to where we were called from
        base_name = os.path.abspath(base_name)
        if not dry_run:
            os.chdir(root_dir)
    if base_dir is None:
        base_dir = os.curdir
    options = {'dry_run': dry_run, 'logger': logger}
    if format not in _ARCHIVE_FORMATS:
        raise ValueError("unknown archive format '%s'" % format)
    maker, extra, _ = _ARCHIVE_FORMATS[format]
    options.update(dict(extra))
    if format != 'zip':
        options.update(owner=owner, group=group)
    try:
        return maker(base_name, base_dir, **options)
    finally:
        if root_dir is not None:
            if logger is not None:
                logger.debug("changing back to '%s'", previous_cwd)
            os.chdir(previous_cwd)
