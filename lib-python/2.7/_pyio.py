"""The io stack written in Python: the same classes as the io module
(FileIO, BytesIO, StringIO, the buffered classes, TextIOWrapper,
IncrementalNewlineDecoder, open) as separate, pure-Python classes.

The built-in _io module's classes are themselves 2.7 source frozen into
the interpreter; that source is kept in _io._app_source, and this module
runs it again into its own namespace, over the same few operating-system
calls (_io._os_*).  So _pyio's classes are distinct from io's (they can be
subclassed, patched and tested separately) while behaving the same.
"""
import _io

__all__ = ["BlockingIOError", "open", "IOBase", "RawIOBase", "FileIO",
           "BytesIO", "StringIO", "BufferedIOBase", "BufferedReader",
           "BufferedWriter", "BufferedRWPair", "BufferedRandom",
           "TextIOBase", "TextIOWrapper", "UnsupportedOperation",
           "SEEK_SET", "SEEK_CUR", "SEEK_END"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


def _load():
    namespace = globals()
    # the system calls the classes are written over
    for name in dir(_io):
        if name.startswith('_os_') or name.startswith('_O_'):
            namespace[name] = getattr(_io, name)
    exec compile(_io._app_source, '<_pyio>', 'exec') in namespace

_load()
del _load


def _make_abcs():
    """IOBase, RawIOBase, BufferedIOBase, TextIOBase as abstract classes
    over this module's bases, with its concrete classes registered."""
    import abc
    layout = [('IOBase', _IOBase, None, ()),
              ('RawIOBase', _RawIOBase, 'IOBase', (FileIO,)),
              ('BufferedIOBase', _BufferedIOBase, 'IOBase',
               (BytesIO, BufferedReader, BufferedWriter, BufferedRandom,
                BufferedRWPair)),
              ('TextIOBase', _TextIOBase, 'IOBase', (StringIO, TextIOWrapper))]
    made = {}
    for name, native, parent, members in layout:
        bases = (native,)
        if parent:
            bases += (made[parent],)
        cls = abc.ABCMeta(name, bases, {'__doc__': native.__doc__,
                                        '__module__': __name__})
        for member in members:
            cls.register(member)
        made[name] = cls
    return made

globals().update(_make_abcs())
del _make_abcs


class OpenWrapper(object):
    """open() as a class attribute that does not bind like a method."""

    def __new__(cls, *args, **kwargs):
        return open(*args, **kwargs)


def _flush_writers():
    _flush_at_exit()

import atexit
atexit.register(_flush_writers)
del atexit
