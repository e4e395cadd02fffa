"""Open a dbm-style database with whichever dbm module suits it.

    import anydbm
    d = anydbm.open(file, 'w')

opens an existing database with the module that created it (see
whichdb); a new one ('c' or 'n' flag) is created with the first module
available among dbhash, gdbm, dbm and dumbdbm.  `anydbm.error` is a
tuple of this module's error and those of the available modules.
"""


class error(Exception):
    """Raised by open() for a database it cannot open."""


_names = ['dbhash', 'gdbm', 'dbm', 'dumbdbm']


def _available():
    for name in _names:
        try:
            yield __import__(name)
        except ImportError:
            pass


_modules = list(_available())
if not _modules:
    raise ImportError("no dbm clone found; tried %s" % _names)
_defaultmod = _modules[0]
error = tuple([error] + [m.error for m in _modules])
del _modules


def open(file, flag='r', mode=0666):
    """Open or create the database FILE.

    FLAG: 'r' read-only (default), 'w' read-write, 'c' read-write,
    creating the database if needed, 'n' always a new empty database.
    MODE is the Unix permission of a created database (less the umask).
    """
    from whichdb import whichdb
    kind = whichdb(file)
    if kind is None:
        # no such database
        if 'c' not in flag and 'n' not in flag:
            raise error[0]("need 'c' or 'n' flag to open new db")
        mod = _defaultmod
    elif kind == "":
        raise error[0]("db type could not be determined")
    else:
        mod = __import__(kind)
    return mod.open(file, flag, mode)
