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

import _ctypes
from _ctypes import (
    Array, Structure, Union, _Pointer, _SimpleCData, ArgumentError, POINTER, pointer,
    _pointer_type_cache, addressof, alignment, byref, resize, sizeof, get_errno, set_errno,
    set_conversion_mode, RTLD_GLOBAL, RTLD_LOCAL)

_CFuncPtr = _ctypes.CFuncPtr
_cast = _ctypes.cast
_dlopen = _ctypes.dlopen
_FLAG_CDECL = _ctypes.FUNCFLAG_CDECL
_FLAG_PYTHONAPI = _ctypes.FUNCFLAG_PYTHONAPI
_FLAG_ERRNO = _ctypes.FUNCFLAG_USE_ERRNO
_FLAG_LASTERROR = _ctypes.FUNCFLAG_USE_LASTERROR

DEFAULT_MODE = RTLD_LOCAL

if _ctypes.__version__ != __version__:
    raise Exception("Version number mismatch", __version__, _ctypes.__version__)


# ---- the simple types -------------------------------------------------------
# Each names a C type by a one-letter code (as the struct module does);
# where two C types have the same size here, both names are one class.

def _simple(name, code, **extra):
    namespace = {"_type_": code}
    namespace.update(extra)
    return type(_SimpleCData)(name, (_SimpleCData,), namespace)


def _py_object_repr(self):
    try:
        return _SimpleCData.__repr__(self)
    except ValueError:
        return "%s(<NULL>)" % type(self).__name__


def _c_char_p_repr(self):
    # the address, not the text: it may not point to a string at all
    return "%s(%s)" % (type(self).__name__, _cast(self, c_void_p).value)


py_object = _simple("py_object", "O", __repr__=_py_object_repr)
c_short, c_ushort = _simple("c_short", "h"), _simple("c_ushort", "H")
c_int, c_uint = _simple("c_int", "i"), _simple("c_uint", "I")
c_long, c_ulong = _simple("c_long", "l"), _simple("c_ulong", "L")
c_float, c_double = _simple("c_float", "f"), _simple("c_double", "d")
c_longdouble = _simple("c_longdouble", "g")
c_byte, c_ubyte = _simple("c_byte", "b"), _simple("c_ubyte", "B")
c_char = _simple("c_char", "c")
c_char_p = _simple("c_char_p", "z", __repr__=_c_char_p_repr)
c_void_p = _simple("c_void_p", "P")
c_bool = _simple("c_bool", "?")
c_wchar, c_wchar_p = _simple("c_wchar", "u"), _simple("c_wchar_p", "Z")

# LP64 Linux: long long is as wide as long, size_t as unsigned long
c_longlong, c_ulonglong = c_long, c_ulong
c_voidp = c_void_p
c_size_t, c_ssize_t = c_ulong, c_long
c_int8, c_uint8, c_int16, c_uint16 = c_byte, c_ubyte, c_short, c_ushort
c_int32, c_uint32, c_int64, c_uint64 = c_int, c_uint, c_long, c_ulong

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
    flags = _FLAG_CDECL
    flags |= _FLAG_ERRNO if kw.pop("use_errno", False) else 0
    flags |= _FLAG_LASTERROR if kw.pop("use_last_error", False) else 0
    if kw:
        raise ValueError("unexpected keyword argument(s) %s" % kw.keys())
    return _functype(restype, argtypes, flags)


def PYFUNCTYPE(restype, *argtypes):
    return _functype(restype, argtypes, _FLAG_CDECL | _FLAG_PYTHONAPI)


# ---- shared libraries ---------------------------------------------------------

class CDLL(object):
    """A loaded shared library; its functions are attributes (or items)
    returning int by default."""
    _func_flags_ = _FLAG_CDECL
    _func_restype_ = c_int

    def __init__(self, name, mode=DEFAULT_MODE, handle=None,
                 use_errno=False, use_last_error=False):
        self._name = name
        self._FuncPtr = type(_CFuncPtr)("_FuncPtr", (_CFuncPtr,), {
            "_flags_": (self._func_flags_ | (_FLAG_ERRNO if use_errno else 0)
                        | (_FLAG_LASTERROR if use_last_error else 0)),
            "_restype_": self._func_restype_})
        self._handle = _dlopen(name, mode) if handle is None else handle

    def __repr__(self):
        mask = 2 * _sys.maxint + 1
        return "<%s '%s', handle %x at %x>" % (type(self).__name__, self._name,
                                              self._handle & mask, id(self) & mask)

    def __getattr__(self, name):
        if name[:2] == "__" and name[-2:] == "__":
            raise AttributeError(name)
        # looked up once, then an ordinary attribute
        function = self[name]
        self.__dict__[name] = function
        return function

    def __getitem__(self, key):
        function = self._FuncPtr((key, self))
        if isinstance(key, basestring):
            function.__name__ = key
        return function


class PyDLL(CDLL):
    """CDLL for functions of the Python C API.  This interpreter has no C
    API, so no such function is found."""
    _func_flags_ = _FLAG_CDECL | _FLAG_PYTHONAPI


class LibraryLoader(object):
    """Attribute access loads a library by name (cdll.libm) with the given
    CDLL class, once; LoadLibrary(name) loads it again."""

    def __init__(self, dlltype):
        self._dlltype = dlltype

    def LoadLibrary(self, name):
        return self._dlltype(name)

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        library = self.LoadLibrary(name)
        self.__dict__[name] = library
        return library

    __getitem__ = __getattr__


cdll, pydll = LibraryLoader(CDLL), LibraryLoader(PyDLL)
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
    if isinstance(ptr, str):
        # the characters of a str, as C sees them (NUL-terminated)
        data = ptr + "\0"
        return data[:data.index("\0")] if size < 0 else data[:size]
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
