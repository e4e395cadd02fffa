"""The few names of CPython's _multiprocessing extension that callers probe
for.  Our multiprocessing package is pure Python and does not need this;
it exists so that code doing `import _multiprocessing` finds the Connection
type and flags."""

import os

flags = {'HAVE_FD_TRANSFER': 0, 'HAVE_SEM_OPEN': 0, 'HAVE_SEM_TIMEDWAIT': 0}


def _connection_type():
    from multiprocessing.connection import Connection as _Base

    class Connection(_Base):
        """A connection over an existing file descriptor."""

        def __init__(self, handle, readable=True, writable=True):
            if not isinstance(handle, (int, long)) or handle < 0:
                raise IOError('invalid handle %r' % (handle,))
            _Base.__init__(self, handle, readable, writable)

    return Connection


Connection = _connection_type()
