"""ctypes: call functions in shared libraries and build C data in Python.

The types and the calling machinery are the built-in _ctypes module (over
libffi); this package names the standard types, wraps shared libraries in
CDLL objects and adds the helper functions of the 2.7 API.

Not available here: calling Python callbacks from C (a CFUNCTYPE object made
from a Python function is NULL on the C side), passing or returning
structures by value, and the Python C API through pythonapi/PyDLL."""
import os as _os
import sys as _sys

__version__ = "1.1.0"

from _ctypes import Union, Structure, Array
from _ctypes import _Pointer
from _ctypes import CFuncPtr as _CFuncPtr
from _ctypes import __version__ as _ctypes_version
from _ctypes import RTLD_LOCAL, RTLD_GLOBAL
from _ctypes import ArgumentError
from _ctypes import FUNCFLAG_CDECL as _FUNCFLAG_CDECL
from _ctypes import FUNCFLAG_PYTHONAPI as _FUNCFLAG_PYTHONAPI
from _ctypes import FUNCFLAG_USE_ERRNO as _FUNCFLAG_USE_ERRNO
from _ctypes import FUNCFLAG_USE_LASTERROR as _FUNCFLAG_USE_LASTERROR
from _ctypes import _SimpleCData
from _ctypes import POINTER, pointer, _pointer_type_cache
from _ctypes import sizeof, byref, addressof, alignment, resize
from _ctypes import get_errno, set_errno
from _ctypes import set_conversion_mode
from _ctypes import cast as _cast
from _ctypes import dlopen as _dlopen
import _ctypes

DEFAULT_MODE = RTLD_LOCAL

if __version__ != _ctypes_version:
    raise Exception("Version number mismatch", __version__, _ctypes_version)


# ---- the simple types -------------------------------------------------------
# Each names a C type by its struct-module-like code.  Where two C types
# have the same size on this platform, the second name is the first class.

class py_object(_SimpleCData):
    _type_ = "O"

    def __repr__(self):
        try:
            return super(py_object, self).__repr__()
        except ValueError:
            return "%s(<NULL>)" % type(self).__name__


class c_short(_SimpleCData):
    _type_ = "h"


class c_ushort(_SimpleCData):
    _type_ = "H"


class c_long(_SimpleCData):
    _type_ = "l"


class c_ulong(_SimpleCData):
    _type_ = "L"


class c_int(_SimpleCData):
    _type_ = "i"


class c_uint(_SimpleCData):
    _type_ = "I"


class c_float(_SimpleCData):
    _type_ = "f"


class c_double(_SimpleCData):
    _type_ = "d"


class c_longdouble(_SimpleCData):
    _type_ = "g"


# long long is as wide as long on LP64 Linux
c_longlong = c_long
c_ulonglong = c_ulong


class c_ubyte(_SimpleCData):
    _type_ = "B"


class c_byte(_SimpleCData):
    _type_ = "b"


class c_char(_SimpleCData):
    _type_ = "c"


class c_char_p(_SimpleCData):
    _type_ = "z"

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.value)


class c_void_p(_SimpleCData):
    _type_ = "P"

c_voidp = c_void_p


class c_bool(_SimpleCData):
    _type_ = "?"


class c_wchar_p(_SimpleCData):
    _type_ = "Z"


class c_wchar(_SimpleCData):
    _type_ = "u"


c_size_t = c_ulong
c_ssize_t = c_long
c_int8 = c_byte
c_uint8 = c_ubyte
c_int16 = c_short
c_uint16 = c_ushort
c_int32 = c_int
c_uint32 = c_uint
c_int64 = c_long
c_uint64 = c_ulong

# byte order variants (ctypes._endian uses them)
from ctypes._endian import BigEndianStructure, LittleEndianStructure


# ---- buffers and types made from other types ------------------------------------

def create_string_buffer(init, size=None):
    """A mutable c_char array: from a str (size defaults to len + 1 for the
    NUL) or an int giving the size."""
    if isinstance(init, (str, unicode)):
        if size is None:
            size = len(init) + 1
        buf = (c_char * size)()
        buf.value = init
        return buf
    if isinstance(init, (int, long)):
        return (c_char * init)()
    raise TypeError(init)


def c_buffer(init, size=None):
    return create_string_buffer(init, size)


def create_unicode_buffer(init, size=None):
    """A mutable c_wchar array, like create_string_buffer."""
    if isinstance(init, (str, unicode)):
        if size is None:
            size = len(init) + 1
        buf = (c_wchar * size)()
        buf.value = init
        return buf
    if isinstance(init, (int, long)):
        return (c_wchar * init)()
    raise TypeError(init)


def SetPointerType(pointer, cls):
    """Complete a pointer type made from a name: POINTER('node')."""
    if _pointer_type_cache.get(cls, None) is not None:
        raise RuntimeError("This type already exists in the cache")
    pointer.set_type(cls)
    _pointer_type_cache[cls] = pointer


def ARRAY(typ, length):
    return typ * length


def _reset_cache():
    _pointer_type_cache.clear()
    _c_functype_cache.clear()
    _pointer_type_cache[None] = c_void_p


# ---- function prototypes ------------------------------------------------------

_c_functype_cache = {}


def _functype(restype, argtypes, flags):
    key = (restype, argtypes, flags)
    cls = _c_functype_cache.get(key)
    if cls is None:
        namespace = {"_argtypes_": argtypes, "_restype_": restype, "_flags_": flags}
        cls = type(_CFuncPtr)("CFunctionType", (_CFuncPtr,), namespace)
        _c_functype_cache[key] = cls
    return cls


def CFUNCTYPE(restype, *argtypes, **kw):
    """A function prototype for the C calling convention.  Its instances are
    made from an address, a (name, library) pair or a Python callable."""
    flags = _FUNCFLAG_CDECL
    if kw.pop("use_errno", False):
        flags |= _FUNCFLAG_USE_ERRNO
    if kw.pop("use_last_error", False):
        flags |= _FUNCFLAG_USE_LASTERROR
    if kw:
        raise ValueError("unexpected keyword argument(s) %s" % kw.keys())
    return _functype(restype, argtypes, flags)


def PYFUNCTYPE(restype, *argtypes):
    return _functype(restype, argtypes, _FUNCFLAG_CDECL | _FUNCFLAG_PYTHONAPI)


# ---- shared libraries ---------------------------------------------------------

class CDLL(object):
    """A loaded shared library; its functions are attributes (or items)
    returning int by default."""
    _func_flags_ = _FUNCFLAG_CDECL
    _func_restype_ = c_int

    def __init__(self, name, mode=DEFAULT_MODE, handle=None,
                 use_errno=False, use_last_error=False):
        self._name = name
        flags = self._func_flags_
        if use_errno:
            flags |= _FUNCFLAG_USE_ERRNO
        if use_last_error:
            flags |= _FUNCFLAG_USE_LASTERROR

        class _FuncPtr(_CFuncPtr):
            _flags_ = flags
            _restype_ = self._func_restype_
        self._FuncPtr = _FuncPtr

        if handle is None:
            handle = _dlopen(self._name, mode)
        self._handle = handle

    def __repr__(self):
        return "<%s '%s', handle %x at %x>" % (self.__class__.__name__, self._name,
                                              self._handle & (_sys.maxint * 2 + 1),
                                              id(self) & (_sys.maxint * 2 + 1))

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        func = self.__getitem__(name)
        setattr(self, name, func)
        return func

    def __getitem__(self, name_or_ordinal):
        func = self._FuncPtr((name_or_ordinal, self))
        if not isinstance(name_or_ordinal, (int, long)):
            func.__name__ = name_or_ordinal
        return func


class PyDLL(CDLL):
    """Like CDLL, for functions of the Python C API (not available in this
    interpreter: its functions cannot be found)."""
    _func_flags_ = _FUNCFLAG_CDECL | _FUNCFLAG_PYTHONAPI


class LibraryLoader(object):
    """cdll.libc.so.6-style access: attributes and LoadLibrary() load a
    library by name with the dll class given."""

    def __init__(self, dlltype):
        self._dlltype = dlltype

    def __getattr__(self, name):
        if name[0] == "_":
            raise AttributeError(name)
        dll = self._dlltype(name)
        setattr(self, name, dll)
        return dll

    def __getitem__(self, name):
        return getattr(self, name)

    def LoadLibrary(self, name):
        return self._dlltype(name)


cdll = LibraryLoader(CDLL)
pydll = LibraryLoader(PyDLL)
pythonapi = PyDLL(None)


# ---- memory helpers --------------------------------------------------------------
# Real C functions, so that their addresses exist (_memmove_addr...), with
# the prototypes ctypes documents.

_libc_self = CDLL(None)
_memmove_addr = _ctypes.dlsym(_libc_self._handle, "memmove")
_memset_addr = _ctypes.dlsym(_libc_self._handle, "memset")

memmove = CFUNCTYPE(c_void_p, c_void_p, c_void_p, c_size_t)(_memmove_addr)
memset = CFUNCTYPE(c_void_p, c_void_p, c_int, c_size_t)(_memset_addr)


def cast(obj, typ):
    return _cast(obj, typ)


def string_at(ptr, size=-1):
    """The bytes at address ptr: size of them, or up to the NUL."""
    addr = _ctypes._address_of_any(ptr)
    if not addr:
        raise ValueError("NULL pointer access")
    return _ctypes._read(addr, size)


def wstring_at(ptr, size=-1):
    """The wchar_t string at address ptr: size characters, or up to the NUL."""
    addr = _ctypes._address_of_any(ptr)
    if not addr:
        raise ValueError("NULL pointer access")
    if size < 0:
        size = _ctypes._wcslen(addr)
    return (c_wchar * size).from_address(addr)[:]


def DllCanUnloadNow():
    return 0


def DllGetClassObject(rclsid, riid, ppv):
    return -2147221231


_reset_cache()
