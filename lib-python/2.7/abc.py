"""Abstract Base Classes (PEP 3119): ABCMeta, abstractmethod, abstractproperty."""
import types

from _weakrefset import WeakSet


def abstractmethod(funcobj):
    """Mark a method abstract: a class with abstract methods left cannot be
    instantiated (its metaclass must be ABCMeta or derived from it)."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractproperty(property):
    """A property that is abstract in the same sense as abstractmethod."""
    __isabstractmethod__ = True


class _Old:
    pass

_InstanceType = type(_Old())


class ABCMeta(type):
    """Metaclass of abstract base classes: tracks abstract methods and lets
    unrelated classes be registered as virtual subclasses."""

    # bumped by every register(): negative caches older than it are stale
    _abc_invalidation_counter = 0

    def __new__(mcls, name, bases, namespace):
        cls = super(ABCMeta, mcls).__new__(mcls, name, bases, namespace)
        abstracts = set()
        for attr, value in namespace.items():
            if getattr(value, "__isabstractmethod__", False):
                abstracts.add(attr)
        for base in bases:
            for attr in getattr(base, "__abstractmethods__", set()):
                if getattr(getattr(cls, attr, None), "__isabstractmethod__", False):
                    abstracts.add(attr)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_registry = WeakSet()
        cls._abc_cache = WeakSet()
        cls._abc_negative_cache = WeakSet()
        cls._abc_negative_cache_version = ABCMeta._abc_invalidation_counter
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of this ABC."""
        if not isinstance(subclass, (type, types.ClassType)):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.add(subclass)
        ABCMeta._abc_invalidation_counter += 1

    def _dump_registry(cls, file=None):
        """Debug helper: print the ABC's registry and caches."""
        print >> file, "Class: %s.%s" % (cls.__module__, cls.__name__)
        print >> file, "Inv.counter: %s" % ABCMeta._abc_invalidation_counter
        for name in sorted(cls.__dict__.keys()):
            if name.startswith("_abc_"):
                value = getattr(cls, name)
                print >> file, "%s: %r" % (name, value)

    def __instancecheck__(cls, instance):
        subclass = getattr(instance, '__class__', None)
        if subclass is not None and subclass in cls._abc_cache:
            return True
        subtype = type(instance)
        if subtype is _InstanceType:
            subtype = subclass
        if subtype is subclass or subclass is None:
            if (cls._abc_negative_cache_version == ABCMeta._abc_invalidation_counter and
                    subtype in cls._abc_negative_cache):
                return False
            return cls.__subclasscheck__(subtype)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        if subclass in cls._abc_cache:
            return True
        if cls._abc_negative_cache_version < ABCMeta._abc_invalidation_counter:
            cls._abc_negative_cache = WeakSet()
            cls._abc_negative_cache_version = ABCMeta._abc_invalidation_counter
        elif subclass in cls._abc_negative_cache:
            return False
        verdict = cls.__subclasshook__(subclass)
        if verdict is not NotImplemented:
            if verdict:
                cls._abc_cache.add(subclass)
            else:
                cls._abc_negative_cache.add(subclass)
            return verdict
        if cls in getattr(subclass, '__mro__', ()):
            cls._abc_cache.add(subclass)
            return True
        for registered in cls._abc_registry:
            if issubclass(subclass, registered):
                cls._abc_cache.add(subclass)
                return True
        for sub in cls.__subclasses__():
            if issubclass(subclass, sub):
                cls._abc_cache.add(subclass)
                return True
        cls._abc_negative_cache.add(subclass)
        return False
