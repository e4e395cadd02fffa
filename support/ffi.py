"""Calling C functions: ``external()`` declares one.

    c_write = external("write", ["int", "char*", "Signed"], "ssize_t", header="<unistd.h>")
    n = c_write(1, "hi\\n", 3)

Declare externals at module level (build time).  Translated, each call becomes
a direct C call: the translator reads the attributes of the returned object --
``c_name``, ``argtypes``, ``restype``, ``header`` (text after ``#include``,
e.g. ``"<unistd.h>"``; empty: the translator declares a prototype itself) and
``lib`` (linked with ``-l<lib>``; "c" needs nothing).  Untranslated, the call
goes through ctypes with the same C types.

C type spellings and their subset types:
  integers  "Signed" "Unsigned" "int" "unsigned int" "long" "unsigned long"
            "size_t" "ssize_t" "off_t" "int64_t" "uint64_t" "int32_t"
            "uint32_t" "uint8_t"                              -> int
  "void*"   an address as int (0 is NULL; raw memory from support/rawmem.py)
  "double"                                                    -> float
  "char*"   argument: a str (passed latin-1 encoded, NUL-terminated, must not
            be written to -- use a raw buffer for output); result: Optional[str]
  "void"    result only                                       -> None
Unsigned results come back as bit patterns (see support/rarith.py).

For precise static types, the result type follows from the literal restype;
arguments are checked on the host at call time.  Wrap an external in a small
annotated function when its callers want typed parameters.
"""
import ctypes
import ctypes.util
from typing import Callable, Generic, Literal, Optional, TypeVar, cast, overload

from pypy27.support.markers import not_rpython, primitive
from pypy27.support.rarith import intmask

R = TypeVar("R", covariant=True)

IntType = Literal["Signed", "Unsigned", "int", "unsigned int", "long", "unsigned long",
                  "size_t", "ssize_t", "off_t", "int64_t", "uint64_t", "int32_t",
                  "uint32_t", "uint8_t", "void*"]

_INT_CTYPES: dict[str, object] = {
    "Signed": ctypes.c_int64, "Unsigned": ctypes.c_uint64,
    "int": ctypes.c_int, "unsigned int": ctypes.c_uint,
    "long": ctypes.c_long, "unsigned long": ctypes.c_ulong,
    "size_t": ctypes.c_size_t, "ssize_t": ctypes.c_ssize_t, "off_t": ctypes.c_int64,
    "int64_t": ctypes.c_int64, "uint64_t": ctypes.c_uint64,
    "int32_t": ctypes.c_int32, "uint32_t": ctypes.c_uint32, "uint8_t": ctypes.c_uint8,
    "void*": ctypes.c_void_p,
}
_ARG_TYPES = set(_INT_CTYPES) | {"double", "char*"}
_RES_TYPES = _ARG_TYPES | {"void"}


class FFIError(Exception):
    """An external declared or called wrongly (host-side check)."""


_libs: dict[str, ctypes.CDLL] = {}


@not_rpython
def _load_lib(lib: str) -> ctypes.CDLL:
    if lib not in _libs:
        if lib == "c":
            # the running process already has libc: look symbols up globally
            _libs[lib] = ctypes.CDLL(None, use_errno=True)
        else:
            path = ctypes.util.find_library(lib)
            if path is None:
                raise FFIError("external: C library %r not found" % lib)
            _libs[lib] = ctypes.CDLL(path, use_errno=True)
    return _libs[lib]


def _ctype(t: str) -> object:
    if t == "double":
        return ctypes.c_double
    if t == "char*":
        return ctypes.c_char_p
    if t == "void":
        return None
    return _INT_CTYPES[t]


class ExternalFunction(Generic[R]):
    """A declared C function; call it like a Python function."""

    def __init__(self, name: str, argtypes: list[str], restype: str, header: str, lib: str) -> None:
        for t in argtypes:
            if t not in _ARG_TYPES:
                raise FFIError("external %s: unknown argument type %r" % (name, t))
        if restype not in _RES_TYPES:
            raise FFIError("external %s: unknown result type %r" % (name, restype))
        self.c_name = name
        self.argtypes = list(argtypes)
        self.restype = restype
        self.header = header
        self.lib = lib
        self._cfunc: Optional[Callable[..., object]] = None

    def _bind(self) -> Callable[..., object]:
        # bound lazily: declaring an external must not need the library
        if self._cfunc is None:
            f = getattr(_load_lib(self.lib), self.c_name)
            f.argtypes = [_ctype(t) for t in self.argtypes]
            f.restype = _ctype(self.restype)
            self._cfunc = f
        return self._cfunc

    def _convert_arg(self, i: int, t: str, a: object) -> object:
        if t == "char*":
            if not isinstance(a, str):
                raise FFIError("%s() argument %d: char* needs a str, got %r" % (self.c_name, i, a))
            return a.encode("latin-1")
        if t == "double":
            if not isinstance(a, (int, float)) or isinstance(a, bool):
                raise FFIError("%s() argument %d: double needs a float, got %r" % (self.c_name, i, a))
            return float(a)
        if not isinstance(a, int):
            raise FFIError("%s() argument %d: %s needs an int, got %r" % (self.c_name, i, t, a))
        if t == "void*" and a == 0:
            return None
        return a

    def __call__(self, *args: object) -> R:
        if len(args) != len(self.argtypes):
            raise FFIError("%s() takes %d arguments, got %d"
                           % (self.c_name, len(self.argtypes), len(args)))
        cargs = [self._convert_arg(i, t, a) for i, (t, a) in enumerate(zip(self.argtypes, args))]
        res = self._bind()(*cargs)
        return cast(R, self._convert_result(res))

    def _convert_result(self, res: object) -> object:
        t = self.restype
        if t == "void":
            return None
        if t == "char*":
            return None if res is None else res.decode("latin-1")  # type: ignore[attr-defined]
        if t == "double":
            return res
        if t == "void*":
            return 0 if res is None else res
        assert isinstance(res, int)
        return intmask(res)     # unsigned results as bit patterns


setattr(ExternalFunction, "_primitive_", True)


@overload
def external(name: str, argtypes: list[str], restype: IntType,
             header: str = "", lib: str = "c") -> ExternalFunction[int]: ...
@overload
def external(name: str, argtypes: list[str], restype: Literal["double"],
             header: str = "", lib: str = "c") -> ExternalFunction[float]: ...
@overload
def external(name: str, argtypes: list[str], restype: Literal["char*"],
             header: str = "", lib: str = "c") -> ExternalFunction[Optional[str]]: ...
@overload
def external(name: str, argtypes: list[str], restype: Literal["void"],
             header: str = "", lib: str = "c") -> ExternalFunction[None]: ...


@not_rpython
def external(name: str, argtypes: list[str], restype: str,
             header: str = "", lib: str = "c") -> ExternalFunction[object]:
    """Declare the C function ``name`` (see the module docstring)."""
    return ExternalFunction(name, argtypes, restype, header, lib)


@primitive
def get_errno() -> int:
    """errno as left by the last external call."""
    return ctypes.get_errno()


@primitive
def set_errno(value: int) -> None:
    """Set errno (e.g. to 0 before a call whose failure is only visible in errno)."""
    ctypes.set_errno(value)
