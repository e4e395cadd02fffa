"""cPickle: the fast pickle module of CPython.  Here it is the pure-Python
pickle under the cPickle names (same pickles, same errors)."""
from pickle import (Pickler as _Pickler, Unpickler as _Unpickler, HIGHEST_PROTOCOL,
                    format_version, compatible_formats)
import pickle as _pickle
import sys as _sys
from types import (FunctionType as _FunctionType, InstanceType as _InstanceType, FileType as _FileType,
                   ClassType as _ClassType, BuiltinFunctionType as _BuiltinFunctionType)

__version__ = "1.71"


# cPickle's exceptions are its own classes, not pickle's (as in 2.7):
# pickle's, raised by the shared code, are re-raised as these.
class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


class UnpickleableError(PicklingError):
    pass


class BadPickleGet(UnpicklingError):
    pass


def _reraise_as(cls):
    e, tb = _sys.exc_info()[1:]
    raise cls, cls(*e.args), tb


from _cargs import c_int as _c_int


def _check_open(file):
    if isinstance(file, _FileType) and file.closed:
        raise ValueError("I/O operation on closed file")


class _CPickler(_Pickler):
    """pickle's Pickler with cPickle's differences: memo indices from 1,
    functions that cannot be found by name fall back to reduce (a
    TypeError), and every dump is flushed (cPickle writes through; files
    here are not closed by refcounting)."""

    _FIRST_MEMO_INDEX = 1
    _unshared = None    # the reduce arguments being written

    # 2.7's cPickle memoizes only objects that something else refers to as
    # well: never strings of one character, nor the argument tuple reduce()
    # has just made
    def memoize(self, obj):
        kind = type(obj)
        if (kind is str or kind is unicode) and len(obj) < 2:
            return
        if obj is self._unshared:
            return
        _Pickler.memoize(self, obj)

    def _save_call_args(self, args):
        outer, self._unshared = self._unshared, args
        try:
            self.save(args)
        finally:
            self._unshared = outer

    def save_global(self, obj, name=None):
        # cPickle's checks and messages (str of the object, "attribute lookup")
        if name is None:
            name = obj.__name__
        module = getattr(obj, "__module__", None)
        if module is None:
            module = _pickle.whichmodule(obj, name)
        try:
            __import__(module)
            mod = _sys.modules[module]
        except (ImportError, KeyError):
            raise PicklingError("Can't pickle %s: import of module %s failed" % (obj, module))
        try:
            found = getattr(mod, name)
        except AttributeError:
            raise PicklingError("Can't pickle %s: attribute lookup %s.%s failed" % (obj, module, name))
        if found is not obj:
            raise PicklingError("Can't pickle %s: it's not the same object as %s.%s" % (obj, module, name))
        _Pickler.save_global(self, obj, name)

    def save_float(self, obj):
        # cPickle's text protocol writes 17 significant digits ("%.17g")
        if self.bin:
            _Pickler.save_float(self, obj)
        else:
            self.write('F%.17g\n' % obj)

    def save_function(self, obj, name=None):
        # a function not found by name falls back to reduce, as in 2.7:
        # copy_reg refuses it below protocol 2; protocol 2 reduces it to
        # its class, which cannot be found by name either
        try:
            self.save_global(obj, name)
        except PicklingError:
            if self.proto < 2:
                raise TypeError("can't pickle function objects")
            raise PicklingError("Can't pickle <type 'function'>: attribute lookup "
                                "__builtin__.function failed")

    def dump(self, obj):
        try:
            _Pickler.dump(self, obj)
        except _pickle.PicklingError:
            _reraise_as(PicklingError)
        flush = getattr(self._file, 'flush', None)
        if flush is not None:
            flush()
        return self

    def __init__(self, file, protocol=0):
        if protocol is None:
            protocol = 0
        protocol = _c_int(protocol)
        if protocol > HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol %d asked for; the highest available protocol is %d"
                             % (protocol, HIGHEST_PROTOCOL))
        _check_open(file)
        if getattr(file, 'write', None) is None:
            raise TypeError("argument must have 'write' attribute")
        _Pickler.__init__(self, file, protocol)
        self._file = file

_CPickler.dispatch = dict(_Pickler.dispatch)
_CPickler.dispatch[_FunctionType] = _CPickler.save_function.im_func
_CPickler.dispatch[float] = _CPickler.save_float.im_func
for _kind in (_ClassType, _BuiltinFunctionType, type):
    _CPickler.dispatch[_kind] = _CPickler.save_global.im_func

# Fast mode (pickler.fast = 1) keeps no memo.  Like 2.7, lists, dicts and
# classic instances nested deeper than _FAST_LIMIT are tracked by id so a
# cycle through them is a ValueError instead of endless recursion.
_FAST_LIMIT = 50


def _fast_checked(writer):
    def save_checked(self, obj):
        if not self.fast:
            return writer(self, obj)
        depth = self._fast_depth = getattr(self, '_fast_depth', 0) + 1
        tracked = depth > _FAST_LIMIT
        if tracked:
            seen = self.__dict__.setdefault('_fast_seen', {})
            if id(obj) in seen:
                raise ValueError("fast mode: can't pickle cyclic objects including object type %s at %#x"
                                 % (type(obj).__name__, id(obj)))
            seen[id(obj)] = obj
        try:
            return writer(self, obj)
        finally:
            if tracked:
                del self._fast_seen[id(obj)]
            self._fast_depth = depth - 1
    return save_checked

for _kind in (list, dict, _InstanceType):
    _CPickler.dispatch[_kind] = _fast_checked(_CPickler.dispatch[_kind])
del _kind


class _ListWriter(object):
    """Where a Pickler made without a file collects its output."""

    def __init__(self):
        self.parts = []

    def write(self, data):
        self.parts.append(data)


class _MemoOp(str):
    """A PUT or GET as written into a _ListWriter, with its memo index."""


class _CListPickler(_CPickler):
    """cPickle.Pickler() or Pickler(protocol): the pickles are kept and
    getvalue() returns them; in the binary protocols without the PUTs that
    no GET refers to, as 2.7 does."""

    def __init__(self, protocol=0):
        _CPickler.__init__(self, _ListWriter(), protocol)

    def _tagged(self, data, index, is_put):
        op = _MemoOp(data)
        op.index = index
        op.is_put = is_put
        return op

    def put(self, i):
        return self._tagged(_CPickler.put(self, i), i, True)

    def get(self, i):
        return self._tagged(_CPickler.get(self, i), i, False)

    def getvalue(self, clear=1):
        parts = self._file.parts
        if self.bin:
            used = set(p.index for p in parts if isinstance(p, _MemoOp) and not p.is_put)
            parts = [p for p in parts
                     if not (isinstance(p, _MemoOp) and p.is_put and p.index not in used)]
        data = ''.join(parts)
        if clear:
            self._file.parts = []
        return data

    def dump(self, obj):
        try:
            _Pickler.dump(self, obj)
        except _pickle.PicklingError:
            _reraise_as(PicklingError)
        return self


def Pickler(*args, **kwargs):
    """Pickler(file, protocol=0) -- Create a pickler.

    Pickler() or Pickler(protocol) pickles into an internal list, read back
    with getvalue()."""
    if not kwargs and len(args) <= 1:
        # a single C int is a protocol; anything else is the file
        try:
            return _CListPickler(*[_c_int(a) for a in args])
        except (TypeError, OverflowError):
            pass
    return _make_file_pickler(*args, **kwargs)


def _make_file_pickler(file, protocol=0):
    if file is None:
        # accepted by 2.7 (the pickles stay inside, as without a file)
        return _CListPickler(_c_int(protocol))
    return _CPickler(file, protocol)


class _CUnpickler(_Unpickler):
    """pickle's Unpickler with cPickle's error for an unknown opcode."""

    def __init__(self, file):
        _check_open(file)
        if getattr(file, 'read', None) is None or getattr(file, 'readline', None) is None:
            raise TypeError("argument must have 'read' and 'readline' attributes")
        _Unpickler.__init__(self, file)

    def _line(self):
        # cPickle takes a line's last character for its newline, whatever
        # it is (a truncated pickle loses one); a line shorter than two is
        # truncated data
        text = self.readline()
        if len(text) < 2:
            raise UnpicklingError("pickle data was truncated")
        return text[:-1]

    # I and L lines are parsed by C functions that stop at a NUL (an I
    # line cut short is then read as a long)
    def load_int(self):
        text = self._line()
        nul = text.find('\0')
        if nul >= 0:
            try:
                self.append(long(text[:nul], 0))
            except ValueError:
                raise ValueError("could not convert string to int")
        elif text == '00':
            self.append(False)
        elif text == '01':
            self.append(True)
        else:
            try:
                self.append(int(text))
            except ValueError:
                self.append(long(text))

    def load_float(self):
        # the number must end right at a newline
        text = self.readline()
        if len(text) < 2:
            raise UnpicklingError("pickle data was truncated")
        if not text.endswith('\n') or '\0' in text:
            raise ValueError("could not convert string to float")
        self.append(float(text[:-1]))

    def load_long(self):
        text = self._line()
        nul = text.find('\0')
        self.append(long(text if nul < 0 else text[:nul], 0))

    def load(self):
        try:
            return self._load()
        except _pickle.UnpicklingError:
            _reraise_as(UnpicklingError)

    def _load(self):
        self._marks = []
        try:
            return _Unpickler.load(self)
        except KeyError as e:
            key = e.args[0] if e.args else ''
            if key == '\0':
                raise EOFError      # 2.7's cPickle takes a NUL opcode for the end
            if isinstance(key, str) and len(key) == 1 and key not in _Unpickler.dispatch:
                raise UnpicklingError("invalid load key, '%s'." % key)
            raise
        except IndexError:
            # an opcode found fewer items on the stack than it takes
            raise UnpicklingError("unpickling stack underflow")

    # Marks live apart from the stack, as in 2.7's cPickle: an opcode that
    # takes values never sees a mark (bad pickles then fail later, or at
    # the end of the data).
    def load_mark(self):
        self._marks.append(len(self.stack))

    def load_pop(self):
        # a mark that nothing was pushed after goes first
        if self._marks and self._marks[-1] == len(self.stack):
            del self._marks[-1]
        else:
            del self.stack[-1]

    def marker(self):
        if not self._marks:
            raise UnpicklingError("could not find MARK")
        return self._marks[-1]

    def _above_mark(self):
        k = self.marker()
        del self._marks[-1]
        items = self.stack[k:]
        del self.stack[k:]
        return items

    def _owner_and_items(self):
        k = self.marker()
        if k == 0:
            raise UnpicklingError("unpickling stack underflow")
        return self.stack[k - 1], self._above_mark()

    def load_dict(self):
        flat = self._above_mark()
        result = {}
        for i in xrange(0, len(flat) - 1, 2):
            result[flat[i]] = flat[i + 1]
        self.append(result)

    def load_setitems(self):
        owner, flat = self._owner_and_items()
        if len(flat) % 2:
            raise UnpicklingError("odd number of items for SETITEMS")
        for i in xrange(0, len(flat) - 1, 2):
            owner[flat[i]] = flat[i + 1]

    # a GET of an index never PUT is BadPickleGet
    def _memo_get(self, key):
        try:
            self.append(self.memo[key])
        except KeyError:
            raise BadPickleGet(key)

    def load_get(self):
        # 2.7 drops the line's last character, newline or not
        line = self.readline()
        if len(line) < 2:
            raise UnpicklingError("pickle data was truncated")
        self._memo_get(line[:-1])

    def load_stop(self):
        if not self.stack:
            raise UnpicklingError("bad pickle data")
        _Unpickler.load_stop(self)

    def load_binget(self):
        self._memo_get(str(ord(self._exactly(1))))

    def load_long_binget(self):
        self._memo_get(str(_pickle._read_i4(self._exactly(4))))

_CUnpickler.dispatch = dict(_Unpickler.dispatch)
_CUnpickler.dispatch[_pickle.GET] = _CUnpickler.load_get.im_func
_CUnpickler.dispatch[_pickle.BINGET] = _CUnpickler.load_binget.im_func
_CUnpickler.dispatch[_pickle.LONG_BINGET] = _CUnpickler.load_long_binget.im_func
for _op, _name in ((_pickle.MARK, 'load_mark'), (_pickle.DICT, 'load_dict'), (_pickle.STOP, 'load_stop'),
                   (_pickle.INT, 'load_int'), (_pickle.LONG, 'load_long'), (_pickle.FLOAT, 'load_float'),
                   (_pickle.SETITEMS, 'load_setitems'), (_pickle.POP, 'load_pop')):
    _CUnpickler.dispatch[_op] = _CUnpickler.__dict__[_name]
del _op, _name


def Unpickler(file):
    """Unpickler(file) -- Create an unpickler."""
    return _CUnpickler(file)


def dump(obj, file, protocol=0):
    _make_file_pickler(file, protocol).dump(obj)


def dumps(obj, protocol=0):
    protocol = _c_int(protocol)
    f = _pickle.StringIO()
    _CPickler(f, protocol).dump(obj)
    return f.getvalue()


def load(file):
    return _CUnpickler(file).load()


def loads(data):
    return _CUnpickler(_pickle.StringIO(data)).load()


# C functions in 2.7: stored in a class they stay plain functions
try:
    from __pypy__ import builtinify as _builtinify
except ImportError:
    _builtinify = lambda f: f
Pickler = _builtinify(Pickler)
Unpickler = _builtinify(Unpickler)
dump = _builtinify(dump)
dumps = _builtinify(dumps)
load = _builtinify(load)
loads = _builtinify(loads)
