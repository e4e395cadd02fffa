"""High-level file operations: copying files and trees, removing trees,
moving, and making archives."""
import os
import sys
import stat
import fnmatch
from os.path import abspath

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2",
           "copytree", "move", "rmtree", "Error", "SpecialFileError",
           "ExecError", "make_archive", "get_archive_formats",
           "register_archive_format", "unregister_archive_format",
           "ignore_patterns"]


class Error(EnvironmentError):
    pass


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
    while 1:
        buf = fsrc.read(length)
        if not buf:
            break
        fdst.write(buf)


def _samefile(src, dst):
    if hasattr(os.path, 'samefile'):
        try:
            return os.path.samefile(src, dst)
        except OSError:
            return False
    return os.path.normcase(abspath(src)) == os.path.normcase(abspath(dst))


def copyfile(src, dst):
    """Copy the contents of src to dst (no metadata)."""
    if _samefile(src, dst):
        raise Error("`%s` and `%s` are the same file" % (src, dst))
    for fn in (src, dst):
        try:
            st = os.stat(fn)
        except OSError:
            continue
        if stat.S_ISFIFO(st.st_mode):
            raise SpecialFileError("`%s` is a named pipe" % fn)
    with open(src, 'rb') as fsrc:
        with open(dst, 'wb') as fdst:
            copyfileobj(fsrc, fdst)


def copymode(src, dst):
    """Give dst the permission bits of src."""
    if hasattr(os, 'chmod'):
        st = os.stat(src)
        os.chmod(dst, stat.S_IMODE(st.st_mode))


def copystat(src, dst):
    """Copy permission bits, access and modification times (and flags)
    from src to dst."""
    st = os.stat(src)
    mode = stat.S_IMODE(st.st_mode)
    if hasattr(os, 'utime'):
        os.utime(dst, (st.st_atime, st.st_mtime))
    if hasattr(os, 'chmod'):
        os.chmod(dst, mode)
    if hasattr(os, 'chflags') and hasattr(st, 'st_flags'):
        try:
            os.chflags(dst, st.st_flags)
        except OSError as why:
            import errno
            if not hasattr(errno, 'EOPNOTSUPP') or why.errno != errno.EOPNOTSUPP:
                raise


def copy(src, dst):
    """Copy data and mode bits; dst may be a directory."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst)
    copymode(src, dst)


def copy2(src, dst):
    """Copy data and all stat info (like cp -p); dst may be a directory."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst)
    copystat(src, dst)


def ignore_patterns(*patterns):
    """An `ignore` function for copytree: names matching any of the glob
    patterns are skipped."""
    def _ignore_patterns(path, names):
        ignored = []
        for pattern in patterns:
            ignored.extend(fnmatch.filter(names, pattern))
        return set(ignored)
    return _ignore_patterns


def copytree(src, dst, symlinks=False, ignore=None):
    """Copy the directory tree at src to dst, which must not exist.

    With symlinks, symbolic links are copied as links, else the files they
    point to are copied.  ignore(src, names) returns the names to skip in
    each directory.  Failures are collected and raised together as Error."""
    names = os.listdir(src)
    if ignore is not None:
        ignored = ignore(src, names)
    else:
        ignored = set()
    os.makedirs(dst)
    errors = []
    for name in names:
        if name in ignored:
            continue
        srcname = os.path.join(src, name)
        dstname = os.path.join(dst, name)
        try:
            if symlinks and os.path.islink(srcname):
                os.symlink(os.readlink(srcname), dstname)
            elif os.path.isdir(srcname):
                copytree(srcname, dstname, symlinks, ignore)
            else:
                copy2(srcname, dstname)
        except Error as err:
            errors.extend(err.args[0])
        except EnvironmentError as why:
            errors.append((srcname, dstname, str(why)))
    try:
        copystat(src, dst)
    except OSError as why:
        if WindowsError is None or not isinstance(why, WindowsError):
            errors.append((src, dst, str(why)))
    if errors:
        raise Error(errors)


def rmtree(path, ignore_errors=False, onerror=None):
    """Delete a whole directory tree (path must not be a symbolic link).

    Errors are ignored with ignore_errors, else passed to
    onerror(function, path, exc_info), else raised."""
    if ignore_errors:
        def onerror(*args):
            pass
    elif onerror is None:
        def onerror(*args):
            raise
    try:
        if os.path.islink(path):
            raise OSError("Cannot call rmtree on a symbolic link")
    except OSError:
        onerror(os.path.islink, path, sys.exc_info())
        return
    names = []
    try:
        names = os.listdir(path)
    except os.error:
        onerror(os.listdir, path, sys.exc_info())
    for name in names:
        fullname = os.path.join(path, name)
        try:
            mode = os.lstat(fullname).st_mode
        except os.error:
            mode = 0
        if stat.S_ISDIR(mode):
            rmtree(fullname, ignore_errors, onerror)
        else:
            try:
                os.remove(fullname)
            except os.error:
                onerror(os.remove, fullname, sys.exc_info())
    try:
        os.rmdir(path)
    except os.error:
        onerror(os.rmdir, path, sys.exc_info())


def _basename(path):
    # basename of a directory given with a trailing slash is its name
    return os.path.basename(path.rstrip(os.path.sep))


def _destinsrc(src, dst):
    src = abspath(src)
    dst = abspath(dst)
    if not src.endswith(os.path.sep):
        src += os.path.sep
    if not dst.endswith(os.path.sep):
        dst += os.path.sep
    return dst.startswith(src)


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
        if os.path.islink(src):
            linkto = os.readlink(src)
            os.symlink(linkto, real_dst)
            os.unlink(src)
        elif os.path.isdir(src):
            if _destinsrc(src, dst):
                raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
            copytree(src, real_dst, symlinks=True)
            rmtree(src)
        else:
            copy2(src, real_dst)
            os.unlink(src)


# ---- archives ----------------------------------------------------------------

def _get_gid(name):
    if name is None:
        return None
    try:
        from grp import getgrnam
        result = getgrnam(name)
    except (ImportError, KeyError):
        return None
    return result[2]


def _get_uid(name):
    if name is None:
        return None
    try:
        from pwd import getpwnam
        result = getpwnam(name)
    except (ImportError, KeyError):
        return None
    return result[2]


def _make_tarball(base_name, base_dir, compress="gzip", verbose=0, dry_run=0,
                  owner=None, group=None, logger=None):
    """Create base_name.tar[.gz|.bz2] holding base_dir; its file name."""
    extensions = {'gzip': '.gz', 'bzip2': '.bz2', None: ''}
    modes = {'gzip': 'gz', 'bzip2': 'bz2', None: ''}
    if compress is not None and compress not in extensions:
        raise ValueError("bad value for 'compress': must be None, 'gzip' or 'bzip2'")
    archive_name = base_name + '.tar' + extensions[compress]
    archive_dir = os.path.dirname(archive_name)
    if archive_dir and not os.path.exists(archive_dir):
        if logger is not None:
            logger.info("creating %s", archive_dir)
        if not dry_run:
            os.makedirs(archive_dir)
    import tarfile
    if logger is not None:
        logger.info('Creating tar archive')
    uid = _get_uid(owner)
    gid = _get_gid(group)

    def _set_uid_gid(tarinfo):
        if gid is not None:
            tarinfo.gid = gid
            tarinfo.gname = group
        if uid is not None:
            tarinfo.uid = uid
            tarinfo.uname = owner
        return tarinfo

    if not dry_run:
        tar = tarfile.open(archive_name, 'w|%s' % modes[compress])
        try:
            tar.add(base_dir, filter=_set_uid_gid)
        finally:
            tar.close()
    return archive_name


def _make_zipfile(base_name, base_dir, verbose=0, dry_run=0, logger=None):
    """Create base_name.zip holding base_dir (deflated); its file name."""
    zip_filename = base_name + ".zip"
    archive_dir = os.path.dirname(base_name)
    if archive_dir and not os.path.exists(archive_dir):
        if logger is not None:
            logger.info("creating %s", archive_dir)
        if not dry_run:
            os.makedirs(archive_dir)
    import zipfile
    if logger is not None:
        logger.info("creating '%s' and adding '%s' to it", zip_filename, base_dir)
    if not dry_run:
        zf = zipfile.ZipFile(zip_filename, "w", compression=zipfile.ZIP_DEFLATED)
        try:
            path = os.path.normpath(base_dir)
            if path != os.curdir:
                zf.write(path, path)
            for dirpath, dirnames, filenames in os.walk(base_dir):
                for name in sorted(dirnames):
                    path = os.path.normpath(os.path.join(dirpath, name))
                    zf.write(path, path)
                for name in filenames:
                    path = os.path.normpath(os.path.join(dirpath, name))
                    if os.path.isfile(path):
                        zf.write(path, path)
        finally:
            zf.close()
    return zip_filename


_ARCHIVE_FORMATS = {
    'gztar': (_make_tarball, [('compress', 'gzip')], "gzip'ed tar-file"),
    'bztar': (_make_tarball, [('compress', 'bzip2')], "bzip2'ed tar-file"),
    'tar': (_make_tarball, [('compress', None)], "uncompressed tar file"),
    'zip': (_make_zipfile, [], "ZIP file"),
}


def get_archive_formats():
    """[(name, description)] of the supported archive formats, sorted."""
    formats = [(name, info[2]) for name, info in _ARCHIVE_FORMATS.items()]
    formats.sort()
    return formats


def register_archive_format(name, function, extra_args=None, description=''):
    """Register function(base_name, base_dir, **kwargs) as archive format
    name; extra_args is a list of (name, value) keyword arguments."""
    if extra_args is None:
        extra_args = []
    if not callable(function):
        raise TypeError('The %s object is not callable' % function)
    if not isinstance(extra_args, (tuple, list)):
        raise TypeError('extra_args needs to be a sequence')
    for element in extra_args:
        if not isinstance(element, (tuple, list)) or len(element) != 2:
            raise TypeError('extra_args elements are : (arg_name, value)')
    _ARCHIVE_FORMATS[name] = (function, extra_args, description)


def unregister_archive_format(name):
    del _ARCHIVE_FORMATS[name]


def make_archive(base_name, format, root_dir=None, base_dir=None, verbose=0,
                 dry_run=0, owner=None, group=None, logger=None):
    """Create an archive of base_dir (default: the current directory),
    working from root_dir; format is one of get_archive_formats().
    Returns the archive's file name."""
    save_cwd = os.getcwd()
    if root_dir is not None:
        if logger is not None:
            logger.debug("changing into '%s'", root_dir)
        base_name = os.path.abspath(base_name)
        if not dry_run:
            os.chdir(root_dir)
    if base_dir is None:
        base_dir = os.curdir
    kwargs = {'dry_run': dry_run, 'logger': logger}
    try:
        format_info = _ARCHIVE_FORMATS[format]
    except KeyError:
        raise ValueError("unknown archive format '%s'" % format)
    func = format_info[0]
    for arg, val in format_info[1]:
        kwargs[arg] = val
    if format != 'zip':
        kwargs['owner'] = owner
        kwargs['group'] = group
    try:
        filename = func(base_name, base_dir, **kwargs)
    finally:
        if root_dir is not None:
            if logger is not None:
                logger.debug("changing back to '%s'", save_cwd)
            os.chdir(save_cwd)
    return filename
