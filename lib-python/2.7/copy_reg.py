"""Registry of pickling functions for extension types, and the helpers that
objects' default __reduce_ex__ relies on (used by pickle and copy)."""
from types import ClassType as _ClassType

__all__ = ["pickle", "constructor", "add_extension", "remove_extension", "clear_extension_cache"]

# type -> function returning the reduce tuple of its instances
dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Register pickle_function as the reducer of instances of ob_type."""
    if type(ob_type) is _ClassType:
        raise TypeError("copy_reg is not intended for use with classes")
    if not hasattr(pickle_function, '__call__'):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not hasattr(object, '__call__'):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)

pickle(complex, pickle_complex, complex)


# ---- protocols 0 and 1 -------------------------------------------------------------------

def _reconstructor(cls, base, state):
    """Rebuild an instance of cls whose nearest built-in base is `base`."""
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj

_HEAPTYPE = 1 << 9


def _is_heap_type(cls):
    """Was cls made by a class statement (not a built-in type)?"""
    flags = getattr(cls, '__flags__', None)
    if flags is not None:
        return bool(flags & _HEAPTYPE)
    return getattr(cls, '__module__', None) not in ('__builtin__', 'exceptions')


def _reduce_ex(self, proto):
    """The reduce tuple of a new-style instance for protocols 0 and 1."""
    assert proto < 2
    for base in self.__class__.__mro__:
        if not _is_heap_type(base):
            break
    else:
        base = object
    if base is object:
        state = None
    else:
        if base is self.__class__:
            raise TypeError("can't pickle %s objects" % base.__name__)
        state = base(self)
    args = (self.__class__, base, state)
    try:
        getstate = self.__getstate__
    except AttributeError:
        if getattr(self, "__slots__", None):
            raise TypeError("a class that defines __slots__ without "
                            "defining __getstate__ cannot be pickled")
        try:
            dict = self.__dict__
        except AttributeError:
            dict = None
    else:
        dict = getstate()
    if dict:
        return _reconstructor, args, dict
    return _reconstructor, args


# ---- protocol 2 -------------------------------------------------------------------------------

def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def _slotnames(cls):
    """The names of the __slots__ of cls and its bases (cached on cls), with
    private names mangled; __dict__ and __weakref__ left out."""
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    if hasattr(cls, "__slots__"):
        for c in cls.__mro__:
            if "__slots__" in c.__dict__:
                slots = c.__dict__['__slots__']
                if isinstance(slots, basestring):
                    slots = (slots,)
                for name in slots:
                    if name in ("__dict__", "__weakref__"):
                        continue
                    elif name.startswith('__') and not name.endswith('__'):
                        names.append('_%s%s' % (c.__name__.lstrip('_'), name))
                    else:
                        names.append(name)
    try:
        cls.__slotnames__ = names
    except:
        pass
    return names


def _object_reduce_ex(obj, proto):
    """What object.__reduce_ex__(proto) returns for a new-style instance:
    copy_reg._reduce_ex for protocols 0 and 1, __newobj__ with the state,
    list items and dict items for protocol 2."""
    if proto < 2:
        return _reduce_ex(obj, proto)
    cls = type(obj)
    getnewargs = getattr(obj, '__getnewargs__', None)
    args = getnewargs() if getnewargs is not None else ()
    getstate = getattr(obj, '__getstate__', None)
    if getstate is not None:
        state = getstate()
    else:
        state = getattr(obj, '__dict__', None)
        if state is not None and not state:
            state = None
        names = _slotnames(cls)
        if names:
            slots = {}
            for name in names:
                try:
                    slots[name] = getattr(obj, name)
                except AttributeError:
                    pass
            if slots:
                state = (state, slots)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = obj.iteritems() if isinstance(obj, dict) else None
    return (__newobj__, (cls,) + tuple(args), state, listitems, dictitems)


def _native_reduce_ex():
    """Does this interpreter's object.__reduce_ex__ implement the protocol
    (else reduce_object computes it here)?"""
    class _Probe(object):
        pass
    try:
        object.__reduce_ex__(_Probe(), 2)
    except TypeError:
        return False
    return True

_NATIVE_REDUCE_EX = _native_reduce_ex()


def reduce_object(obj, proto):
    """obj.__reduce_ex__(proto).  Where obj relies on object's default and
    the interpreter does not implement it, the default is computed here: an
    overridden __reduce__ wins, else _object_reduce_ex."""
    cls = type(obj)
    if _NATIVE_REDUCE_EX or getattr(cls, '__reduce_ex__', None) is not object.__reduce_ex__:
        return obj.__reduce_ex__(proto)
    if getattr(cls, '__reduce__', None) is not object.__reduce__:
        return obj.__reduce__()
    return _object_reduce_ex(obj, proto)


# ---- the extension registry (protocol 2's EXT opcodes) -------------------------------------

_extension_registry = {}                # key -> code
_inverted_registry = {}                 # code -> key
_extension_cache = {}                   # code -> object


def add_extension(module, name, code):
    """Register an extension code."""
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if (_extension_registry.get(key) == code and
            _inverted_registry.get(code) == key):
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s" %
                         (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" %
                         (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Unregister an extension code.  For testing only."""
    key = (module, name)
    if (_extension_registry.get(key) != code or
            _inverted_registry.get(code) != key):
        raise ValueError("key %s is not registered with code %s" % (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    if code in _extension_cache:
        del _extension_cache[code]


def clear_extension_cache():
    _extension_cache.clear()
