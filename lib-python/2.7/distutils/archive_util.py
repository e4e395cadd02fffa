"""Creating the archives of built and source distributions: tar files
(optionally gzip/bzip2/compress-ed) and zip files."""
import os
import sys

from distutils.errors import DistutilsExecError
from distutils.spawn import spawn
from distutils.dir_util import mkpath
from distutils import log

__revision__ = "$Id$"

def _optional(module, name):
    """module.name, or None where the module does not exist."""
    try:
        return getattr(__import__(module), name)
    except ImportError:
        return None


getpwnam = _optional('pwd', 'getpwnam')
getgrnam = _optional('grp', 'getgrnam')


def _lookup_id(table, name, field):
    """The numeric id of a user or group name, None when unknown."""
    if table is None or name is None:
        return None
    try:
        entry = table(name)
    except KeyError:
        return None
    return entry[field]


_TAR_SUFFIX = {'gzip': '.gz', 'bzip2': '.bz2', 'compress': '.Z', None: ''}
_TARFILE_MODE = {'gzip': 'gz', 'bzip2': 'bz2', 'compress': '', None: ''}


def make_tarball(base_name, base_dir, compress="gzip", verbose=0, dry_run=0,
                 owner=None, group=None):
    """Archive the tree base_dir as base_name.tar (+ .gz, .bz2 or .Z);
    returns the archive's name.  owner/group name the files' owner."""
    if compress not in _TAR_SUFFIX:
        raise ValueError(
            "bad value for 'compress': must be None, 'gzip', 'bzip2' or 'compress'")
    archive_name = base_name + '.tar'
    if compress != 'compress':
        archive_name += _TAR_SUFFIX[compress]
    mkpath(os.path.dirname(archive_name), dry_run=dry_run)

    import tarfile
    log.info('Creating tar archive')
    uid = _lookup_id(getpwnam, owner, 2)
    gid = _lookup_id(getgrnam, group, 2)

    def set_owner(info):
        if gid is not None:
            info.gid = gid
            info.gname = group
        if uid is not None:
            info.uid = uid
            info.uname = owner
        return info

    if not dry_run:
        tar = tarfile.open(archive_name, 'w|%s' % _TARFILE_MODE[compress])
        try:
            tar.add(base_dir, filter=set_owner)
        finally:
            tar.close()

    if compress == 'compress':
        # the old Unix compress program, which replaces the file by a .Z
        compressed = archive_name + _TAR_SUFFIX[compress]
        if sys.platform == 'win32':
            cmd = [compress, archive_name, compressed]
        else:
            cmd = [compress, '-f', archive_name]
        spawn(cmd, dry_run=dry_run)
        return compressed
    return archive_name


def make_zipfile(base_name, base_dir, verbose=0, dry_run=0):
    """Archive the tree base_dir as base_name.zip (deflated), with the
    zipfile module or else the zip program; returns the archive's name."""
    zip_filename = base_name + ".zip"
    mkpath(os.path.dirname(zip_filename), dry_run=dry_run)
    try:
        import zipfile
    except ImportError:
        zipfile = None
    if zipfile is None:
        zipoptions = "-rq" if verbose else "-r"
        try:
            spawn(["zip", zipoptions, zip_filename, base_dir], dry_run=dry_run)
        except DistutilsExecError:
            raise DistutilsExecError(("unable to create zip file '%s': "
                                      "could neither import the 'zipfile' module nor "
                                      "find a standalone zip utility") % zip_filename)
        return zip_filename

    log.info("creating '%s' and adding '%s' to it", zip_filename, base_dir)
    if not dry_run:
        zf = zipfile.ZipFile(zip_filename, "w", compression=zipfile.ZIP_DEFLATED)
        try:
            if base_dir != os.curdir:
                path = os.path.normpath(os.path.join(base_dir, ''))
                zf.write(path, path)
                log.info("adding '%s'", path)
            for dirpath, dirnames, filenames in os.walk(base_dir):
                for name in dirnames:
                    path = os.path.normpath(os.path.join(dirpath, name, ''))
                    zf.write(path, path)
                    log.info("adding '%s'", path)
                for name in filenames:
                    path = os.path.normpath(os.path.join(dirpath, name))
                    if os.path.isfile(path):
                        zf.write(path, path)
                        log.info("adding '%s'", path)
        finally:
            zf.close()
    return zip_filename


ARCHIVE_FORMATS = {
    'gztar': (make_tarball, [('compress', 'gzip')], "gzip'ed tar-file"),
    'bztar': (make_tarball, [('compress', 'bzip2')], "bzip2'ed tar-file"),
    'ztar': (make_tarball, [('compress', 'compress')], "compressed tar file"),
    'tar': (make_tarball, [('compress', None)], "uncompressed tar file"),
    'zip': (make_zipfile, [], "ZIP file"),
}


def check_archive_formats(formats):
    """The first name in formats that is not a known format, or None."""
    unknown = [name for name in formats if name not in ARCHIVE_FORMATS]
    return unknown[0] if unknown else None


def make_archive(base_name, format, root_dir=None, base_dir=None, verbose=0,
                 dry_run=0, owner=None, group=None):
    """Archive base_dir (relative to root_dir, default the current
    directory) as base_name plus the format's extension; returns the
    archive's name."""
    if format not in ARCHIVE_FORMATS:
        raise ValueError("unknown archive format '%s'" % format)
    func, settings, _ = ARCHIVE_FORMATS[format]
    kwargs = dict(settings)
    kwargs['dry_run'] = dry_run
    if func is make_tarball:
        kwargs.update(owner=owner, group=group)
    if base_dir is None:
        base_dir = os.curdir
    if root_dir is None:
        return func(base_name, base_dir, **kwargs)

    here = os.getcwd()
    log.debug("changing into '%s'", root_dir)
    base_name = os.path.abspath(base_name)
    if not dry_run:
        os.chdir(root_dir)
    try:
        return func(base_name, base_dir, **kwargs)
    finally:
        log.debug("changing back to '%s'", here)
        os.chdir(here)
