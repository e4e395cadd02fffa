"""Guess which dbm module created a database file."""

import struct
import sys
import os

try:
    import dbm
except ImportError:
    dbm = None

__all__ = ["whichdb"]

_GDBM_MAGICS = (0x13579ace, 0x13579acd, 0x13579acf)
_BSD_HASH_MAGICS = (0x00061561, 0x61150600)


def _readable(path):
    try:
        _builtin_open(path, "rb").close()
        return True
    except IOError:
        return False


_builtin_open = open


def whichdb(filename):
    """Name of the module able to open the database FILENAME.

    None when the file cannot be opened (it may not exist), the empty
    string when its format is not recognised, otherwise "dbm", "gdbm",
    "dbhash" or "dumbdbm".
    """
    # ndbm keeps two files, .pag and .dir
    if _readable(filename + os.extsep + "pag") and \
            _readable(filename + os.extsep + "dir"):
        return "dbm"
    # dbm linked against Berkeley DB names its single file .db
    if dbm is not None and getattr(dbm, 'library', None) == "Berkeley DB":
        try:
            dbm.open(filename).close()
        except (IOError, dbm.error):
            pass
        else:
            return "dbm"

    # dumbdbm: an index of Python literals in .dir, data in .dat
    try:
        _builtin_open(filename + os.extsep + "dat", "rb").close()
        dirname = filename + os.extsep + "dir"
        if os.path.getsize(dirname) == 0:
            return "dumbdbm"
        with _builtin_open(dirname, "rb") as f:
            if f.read(1) in ("'", '"'):
                return "dumbdbm"
    except (OSError, IOError):
        pass

    # otherwise the file itself tells by its magic number
    try:
        f = _builtin_open(filename, "rb")
    except IOError:
        return None
    with f:
        head = f.read(16)
    if len(head) != 16:
        return ""
    magic = struct.unpack("=l", head[:4])[0]
    if magic in _GDBM_MAGICS:
        return "gdbm"
    if magic in _BSD_HASH_MAGICS:
        return "dbhash"
    # Berkeley DB 1.85+ hash and btree files have it at offset 12
    magic = struct.unpack("=l", head[12:16])[0]
    if magic in _BSD_HASH_MAGICS:
        return "dbhash"
    return ""


if __name__ == "__main__":
    for name in sys.argv[1:]:
        print whichdb(name) or "UNKNOWN", name
