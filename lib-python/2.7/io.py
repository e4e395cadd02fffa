"""The io module: the stream classes of the _io module plus the abstract
base classes IOBase, RawIOBase, BufferedIOBase and TextIOBase, under which
the concrete classes are registered."""

import _io
from _io import (DEFAULT_BUFFER_SIZE, BlockingIOError, UnsupportedOperation, open, FileIO, BytesIO,
                 StringIO, BufferedReader, BufferedWriter, BufferedRWPair, BufferedRandom,
                 IncrementalNewlineDecoder, TextIOWrapper)

__all__ = ["BlockingIOError", "open", "IOBase", "RawIOBase", "FileIO", "BytesIO", "StringIO",
           "BufferedIOBase", "BufferedReader", "BufferedWriter", "BufferedRWPair", "BufferedRandom",
           "TextIOBase", "TextIOWrapper", "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END"]

__author__ = ("Guido van Rossum <guido@python.org>, Mike Verdone <mike.verdone@gmail.com>, "
              "Mark Russell <mark.russell@zen.co.uk>, Antoine Pitrou <solipsis@pitrou.net>, "
              "Amaury Forgeot d'Arc <amauryfa@gmail.com>, Benjamin Peterson <benjamin@python.org>")

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

# open() as a method (a plain function would bind as one anyway)
OpenWrapper = _io.open

try:
    import abc
except ImportError:
    abc = None

if abc is not None:
    class IOBase(_io._IOBase):
        __metaclass__ = abc.ABCMeta
        __doc__ = _io._IOBase.__doc__

    class RawIOBase(_io._RawIOBase, IOBase):
        __doc__ = _io._RawIOBase.__doc__

    class BufferedIOBase(_io._BufferedIOBase, IOBase):
        __doc__ = _io._BufferedIOBase.__doc__

    class TextIOBase(_io._TextIOBase, IOBase):
        __doc__ = _io._TextIOBase.__doc__

    RawIOBase.register(FileIO)
    for _klass in (BytesIO, BufferedReader, BufferedWriter, BufferedRandom, BufferedRWPair):
        BufferedIOBase.register(_klass)
    for _klass in (StringIO, TextIOWrapper):
        TextIOBase.register(_klass)
    del _klass
else:
    # without abc the concrete classes' own bases stand in for the ABCs
    IOBase = _io._IOBase
    RawIOBase = _io._RawIOBase
    BufferedIOBase = _io._BufferedIOBase
    TextIOBase = _io._TextIOBase
