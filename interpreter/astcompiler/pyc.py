"""The .pyc image: our magic number, the source's mtime, the marshalled code.

Layout (as 2.7's): 4 bytes of magic (a 16-bit number little-endian, then
``\\r\\n``), the source file's modification time as 4 bytes little-endian
(seconds, truncated to 32 bits), then ``marshal.dumps_code(code)``.

Our magic number is 62502 (bytes ``26 f4 0d 0a``), deliberately not
CPython 2.7's 62211 (nor any CPython 2.x or 3.x value, nor PyPy's), so a
.pyc written by us is never loaded by CPython and the other way round:
our bytecode contains our extra opcodes (LOOKUP_METHOD, CALL_METHOD;
62501 was the magic before they were emitted).  ``CPYTHON27_MAGIC`` is provided to recognise 2.7's files.
"""
from pypy27.interpreter.astcompiler.marshal import MarshalError, dumps_code, loads_code
from pypy27.interpreter.astcompiler.pycode import CodeObj

MAGIC = 62502
CPYTHON27_MAGIC = 62211


def magic_bytes(magic: int) -> str:
    return chr(magic & 0xFF) + chr((magic >> 8) & 0xFF) + "\r\n"


def _u32(x: int) -> str:
    return (chr(x & 0xFF) + chr((x >> 8) & 0xFF) + chr((x >> 16) & 0xFF)
            + chr((x >> 24) & 0xFF))


def dumps_pyc(code: CodeObj, mtime: int) -> str:
    """The bytes of a .pyc file for code compiled from a source whose
    modification time is mtime."""
    return magic_bytes(MAGIC) + _u32(mtime) + dumps_code(code)


def read_mtime(data: str) -> int:
    """The mtime field of a .pyc image (MarshalError if not ours)."""
    check_magic(data)
    return (ord(data[4]) | (ord(data[5]) << 8) | (ord(data[6]) << 16)
            | (ord(data[7]) << 24))


def check_magic(data: str) -> None:
    if len(data) < 8:
        raise MarshalError("bad .pyc: too short")
    if data[:4] != magic_bytes(MAGIC):
        raise MarshalError("bad magic number in .pyc file")


def loads_pyc(data: str) -> CodeObj:
    """The code object of a .pyc image written by dumps_pyc."""
    check_magic(data)
    return loads_code(data[8:])
