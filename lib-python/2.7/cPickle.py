"""cPickle: the fast pickle module of CPython.  Here it is the pure-Python
pickle under the cPickle names (same pickles, same errors)."""
from pickle import (Pickler as _Pickler, Unpickler as _Unpickler, PickleError, PicklingError,
                    UnpicklingError, HIGHEST_PROTOCOL, format_version, compatible_formats)
import pickle as _pickle
from types import FunctionType as _FunctionType

__version__ = "1.71"


class BadPickleGet(UnpicklingError):
    pass


class _CPickler(_Pickler):
    """pickle's Pickler with cPickle's differences: functions that cannot be
    found by name fall back to reduce (a TypeError), and every dump is
    flushed (cPickle writes through; files here are not closed by refcounting)."""

    def save_global(self, obj, name=None):
        try:
            _Pickler.save_global(self, obj, name)
        except PicklingError:
            if type(obj) is _FunctionType:
                raise TypeError("can't pickle function objects")
            raise

    def dump(self, obj):
        _Pickler.dump(self, obj)
        flush = getattr(self._file, 'flush', None)
        if flush is not None:
            flush()
        return self

    def __init__(self, file, protocol=0):
        _Pickler.__init__(self, file, protocol)
        self._file = file

_CPickler.dispatch = dict(_Pickler.dispatch)
_CPickler.dispatch[_FunctionType] = _CPickler.save_global.im_func


def Pickler(file, protocol=0):
    """A pickler writing to file (cPickle.Pickler is a factory function)."""
    return _CPickler(file, protocol)


class _CUnpickler(_Unpickler):
    """pickle's Unpickler with cPickle's error for an unknown opcode."""

    def load(self):
        try:
            return _Unpickler.load(self)
        except KeyError as e:
            key = e.args[0] if e.args else ''
            if isinstance(key, str) and len(key) == 1 and key not in _Unpickler.dispatch:
                raise UnpicklingError("invalid load key, '%s'." % key)
            raise


def Unpickler(file):
    return _CUnpickler(file)


def dump(obj, file, protocol=0):
    _CPickler(file, protocol).dump(obj)


def dumps(obj, protocol=0):
    f = _pickle.StringIO()
    _CPickler(f, protocol).dump(obj)
    return f.getvalue()


def load(file):
    return _CUnpickler(file).load()


def loads(data):
    return _CUnpickler(_pickle.StringIO(data)).load()
