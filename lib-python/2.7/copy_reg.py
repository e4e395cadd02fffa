"""copy_reg: how pickle and copy turn objects into "reduce" tuples.

Holds the per-type table of reduction functions, the extension-code
registry used by pickle protocol 2, and the helpers that the default
object.__reduce_ex__ refers to in the tuples it produces."""

from types import ClassType as _ClassType

__all__ = ["pickle", "constructor", "add_extension", "remove_extension",
           "clear_extension_cache"]

# Maps a type to a callable that, given an instance, returns its reduce tuple.
dispatch_table = {}


def _require_callable(obj, message):
    if not hasattr(obj, '__call__'):
        raise TypeError(message)


def constructor(object):
    """Accept object as a constructor for unpickling (it must be callable)."""
    _require_callable(object, "constructors must be callable")


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Make pickle_function the reducer used for instances of ob_type;
    constructor_ob, when given, is validated as a constructor."""
    if type(ob_type) is _ClassType:
        raise TypeError("copy_reg is not intended for use with classes")
    _require_callable(pickle_function, "reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def pickle_complex(c):
    return complex, (c.real, c.imag)

pickle(complex, pickle_complex, complex)


# Protocols 0 and 1 ---------------------------------------------------------
#
# An instance is saved as (cls, base, state) where base is the first class in
# the MRO that was not written in Python; state is base(instance), or None
# when that base is plain object.

def _reconstructor(cls, base, state):
    """Unpickling side of _reduce_ex: allocate a cls via base."""
    if base is object:
        return object.__new__(cls)
    result = base.__new__(cls, state)
    if base.__init__ != object.__init__:
        base.__init__(result, state)
    return result

# Py_TPFLAGS_HEAPTYPE: set on classes created by a class statement.
_HEAPTYPE = 1 << 9


def _is_heap_type(cls):
    """True for classes defined in Python, False for built-in types."""
    flags = getattr(cls, '__flags__', None)
    if flags is None:
        return getattr(cls, '__module__', None) not in ('__builtin__',
                                                        'exceptions')
    return (flags & _HEAPTYPE) != 0


def _first_builtin_base(cls):
    for klass in cls.__mro__:
        if not _is_heap_type(klass):
            return klass
    return object


def _legacy_state(obj):
    """The third item of a protocol 0/1 reduce tuple (may be empty/None)."""
    getstate = getattr(obj, '__getstate__', None)
    if getstate is not None:
        return getstate()
    if getattr(obj, "__slots__", None):
        raise TypeError("a class that defines __slots__ without "
                        "defining __getstate__ cannot be pickled")
    return getattr(obj, '__dict__', None)


def _reduce_ex(self, proto):
    """Reduce tuple of a new-style instance for pickle protocols 0 and 1."""
    assert proto < 2
    cls = self.__class__
    base = _first_builtin_base(cls)
    if base is object:
        base_state = None
    elif base is cls:
        raise TypeError("can't pickle %s objects" % base.__name__)
    else:
        base_state = base(self)
    extra = _legacy_state(self)
    args = (cls, base, base_state)
    if not extra:
        return _reconstructor, args
    return _reconstructor, args, extra


# Protocol 2 ----------------------------------------------------------------

def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def _mangled(owner, name):
    """Apply private-name mangling to a slot name declared in owner."""
    stripped = owner.__name__.lstrip('_')
    # a class named only with underscores mangles nothing (as the compiler)
    if stripped and name.startswith('__') and not name.endswith('__'):
        return '_' + stripped + name
    return name


def _slotnames(cls):
    """List every slot name of cls and its bases (mangled where private,
    skipping __dict__ and __weakref__); the answer is cached on cls as
    __slotnames__."""
    cached = cls.__dict__.get("__slotnames__")
    if cached is not None:
        return cached
    found = []
    if hasattr(cls, "__slots__"):
        for klass in cls.__mro__:
            declared = klass.__dict__.get("__slots__", None)
            if "__slots__" not in klass.__dict__:
                continue
            if isinstance(declared, basestring):
                declared = (declared,)
            found.extend([_mangled(klass, slot) for slot in declared
                          if slot not in ("__dict__", "__weakref__")])
    try:
        cls.__slotnames__ = found
    except:
        pass  # e.g. a built-in type: just don't cache
    return found


def _protocol2_state(obj):
    getstate = getattr(obj, '__getstate__', None)
    if getstate is not None:
        return getstate()
    state = getattr(obj, '__dict__', None) or None
    slot_values = {}
    for name in _slotnames(type(obj)):
        try:
            slot_values[name] = getattr(obj, name)
        except AttributeError:
            pass  # an unset slot is simply not saved
    if slot_values:
        return (state, slot_values)
    return state


def _object_reduce_ex(obj, proto):
    """Compute object.__reduce_ex__(proto) for a new-style instance in pure
    Python: _reduce_ex below protocol 2, otherwise a __newobj__ tuple with
    the state and, for lists and dicts, their items."""
    if proto < 2:
        return _reduce_ex(obj, proto)
    getnewargs = getattr(obj, '__getnewargs__', None)
    if getnewargs is None:
        newargs = ()
    else:
        newargs = tuple(getnewargs())
    state = _protocol2_state(obj)
    items = pairs = None
    if isinstance(obj, list):
        items = iter(obj)
    if isinstance(obj, dict):
        pairs = obj.iteritems()
    return (__newobj__, (type(obj),) + newargs, state, items, pairs)


def _probe_native_reduce_ex():
    # Older builds of our interpreter lacked object.__reduce_ex__ support;
    # find out once whether it works so reduce_object can fill the gap.
    class Probe(object):
        pass
    try:
        object.__reduce_ex__(Probe(), 2)
        return True
    except Exception:
        return False

_NATIVE_REDUCE_EX = _probe_native_reduce_ex()


def reduce_object(obj, proto):
    """Return obj.__reduce_ex__(proto), computing object's default here
    when the interpreter does not provide it (a __reduce__ override still
    takes precedence, as it would natively)."""
    cls = type(obj)
    uses_default = getattr(cls, '__reduce_ex__', None) is object.__reduce_ex__
    if _NATIVE_REDUCE_EX or not uses_default:
        return obj.__reduce_ex__(proto)
    if getattr(cls, '__reduce__', None) is object.__reduce__:
        return _object_reduce_ex(obj, proto)
    return obj.__reduce__()


# Extension codes (protocol 2 EXT1/EXT2/EXT4) -------------------------------

_extension_registry = {}    # (module, name) -> code
_inverted_registry = {}     # code -> (module, name)
_extension_cache = {}       # code -> the object it was resolved to


def add_extension(module, name, code):
    """Assign the integer code to the global module.name."""
    code = int(code)
    if code < 1 or code > 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    old_code = _extension_registry.get(key)
    old_key = _inverted_registry.get(code)
    if old_code == code and old_key == key:
        return  # identical registration: nothing to do
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s"
                         % (key, old_code))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s"
                         % (code, old_key))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Undo add_extension(module, name, code) (meant for tests)."""
    key = (module, name)
    registered = (_extension_registry.get(key) == code and
                  _inverted_registry.get(code) == key)
    if not registered:
        raise ValueError("key %s is not registered with code %s"
                         % (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()
