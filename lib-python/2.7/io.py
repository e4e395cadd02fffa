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

def _make_abcs():
    """IOBase, RawIOBase, BufferedIOBase, TextIOBase: abstract classes over
    _io's base classes, with the concrete _io classes registered under
    them (so isinstance(BytesIO(), BufferedIOBase) holds).  Without abc the
    _io bases themselves stand in."""
    natives = [('IOBase', _io._IOBase, None, ()),
               ('RawIOBase', _io._RawIOBase, 'IOBase', (FileIO,)),
               ('BufferedIOBase', _io._BufferedIOBase, 'IOBase',
                (BytesIO, BufferedReader, BufferedWriter, BufferedRandom, BufferedRWPair)),
               ('TextIOBase', _io._TextIOBase, 'IOBase', (StringIO, TextIOWrapper))]
    try:
        import abc
    except ImportError:
        return dict([(name, native) for name, native, parent, members in natives])
    made = {}
    for name, native, parent, members in natives:
        bases = (native,) + (parent and (made[parent],) or ())
        cls = abc.ABCMeta(name, bases, {'__doc__': native.__doc__, '__module__': __name__})
        for member in members:
            cls.register(member)
        made[name] = cls
    return made

globals().update(_make_abcs())
