"""A slow but simple dbm clone written in Python.

A database `name` is kept in three files: name.dat holds the values, each
starting on a 512-byte boundary; name.dir lists "key, (offset, size)" as
one Python literal pair per line; name.bak is the previous name.dir.  The
index lives in memory and is written back by sync() and close().
Keys and values must be byte strings.
"""

import os as _os
import __builtin__
import UserDict
from ast import literal_eval as _literal_eval

_open = __builtin__.open

_BLOCKSIZE = 512

error = IOError


class _Database(UserDict.DictMixin):

    # helpers that __del__ (through close) may still need while the
    # interpreter shuts down and module globals are going away
    _os = _os
    _open = _open

    def __init__(self, filebasename, mode):
        self._mode = mode
        self._dirfile = filebasename + _os.extsep + 'dir'
        self._datfile = filebasename + _os.extsep + 'dat'
        self._bakfile = filebasename + _os.extsep + 'bak'
        self._index = None
        # make sure the data file exists (opening it 'w' would truncate)
        try:
            f = _open(self._datfile, 'r')
        except IOError:
            f = _open(self._datfile, 'w')
            self._chmod(self._datfile)
        f.close()
        self._update()

    def _update(self):
        """Read the index from the .dir file (an absent file is empty)."""
        self._index = {}
        try:
            f = _open(self._dirfile)
        except IOError:
            return
        with f:
            for line in f:
                line = line.rstrip()
                if line:
                    key, where = _literal_eval(line)
                    self._index[key] = where

    def _commit(self):
        """Write the index back, keeping the previous one as .bak."""
        if self._index is None:
            return      # closed already
        osmod = self._os
        for step, args in ((osmod.unlink, (self._bakfile,)),
                           (osmod.rename, (self._dirfile, self._bakfile))):
            try:
                step(*args)
            except osmod.error:
                pass
        with self._open(self._dirfile, 'w') as f:
            self._chmod(self._dirfile)
            for key, where in self._index.iteritems():
                f.write("%r, %r\n" % (key, where))

    sync = _commit

    def __getitem__(self, key):
        pos, size = self._index[key]    # KeyError for a missing key
        with _open(self._datfile, 'rb') as f:
            f.seek(pos)
            return f.read(size)

    def _addval(self, val):
        """Append VAL to the data file at a block boundary; return its
        (offset, size)."""
        with _open(self._datfile, 'rb+') as f:
            f.seek(0, 2)
            end = int(f.tell())
            start = -(-end // _BLOCKSIZE) * _BLOCKSIZE
            f.write('\0' * (start - end))
            f.write(val)
        return (start, len(val))

    def _setval(self, pos, val):
        """Overwrite the data file at POS with VAL."""
        with _open(self._datfile, 'rb+') as f:
            f.seek(pos)
            f.write(val)
        return (pos, len(val))

    def _addkey(self, key, where):
        # new keys go to the .dir file at once, so that a crash before
        # the next commit loses only updates of existing keys
        self._index[key] = where
        with _open(self._dirfile, 'a') as f:
            self._chmod(self._dirfile)
            f.write("%r, %r\n" % (key, where))

    def __setitem__(self, key, val):
        if not (type(key) is str and type(val) is str):
            raise TypeError("keys and values must be strings")
        if key not in self._index:
            self._addkey(key, self._addval(val))
            return
        pos, size = self._index[key]
        old_blocks = -(-size // _BLOCKSIZE)
        new_blocks = -(-len(val) // _BLOCKSIZE)
        if new_blocks <= old_blocks:
            # it fits where the old value was
            self._index[key] = self._setval(pos, val)
        else:
            # the old space is lost until the database is rebuilt
            self._index[key] = self._addval(val)

    def __delitem__(self, key):
        # the value's space in the .dat file is not reclaimed
        del self._index[key]
        self._commit()

    def __len__(self):
        return len(self._index)

    def __contains__(self, key):
        return key in self._index
    has_key = __contains__

    def keys(self):
        return self._index.keys()

    def __iter__(self):
        return iter(self._index)
    iterkeys = __iter__

    def close(self):
        try:
            self.sync()
        finally:
            self._index = None
            self._datfile = self._dirfile = self._bakfile = None

    def __del__(self):
        # without reference counting this may run long after the last use:
        # a database whose files were removed since must not come back
        if self._index is not None and not self._os.path.exists(self._datfile):
            self._index = None
        self.close()

    def _chmod(self, path):
        if hasattr(self._os, 'chmod'):
            self._os.chmod(path, self._mode)


def open(file, flag=None, mode=0666):
    """Open the dumbdbm database FILE (created when missing).

    FLAG is accepted for compatibility with the other dbm modules and
    ignored: the database is always opened for update.  MODE is the
    permission of newly created files, less the process umask.
    """
    try:
        umask = _os.umask(0)
        _os.umask(umask)
    except AttributeError:
        pass
    else:
        mode = mode & (~umask)
    return _Database(file, mode)
