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


def _is_abstract(obj):
    return getattr(obj, "__isabstractmethod__", False)


def _abstract_names(cls, namespace, bases):
    """The abstract methods of a new class: those its body declares, and the
    inherited ones it leaves without a concrete definition."""
    names = set([name for name, value in namespace.items() if _is_abstract(value)])
    for base in bases:
        for name in getattr(base, "__abstractmethods__", ()):
            if _is_abstract(getattr(cls, name, None)):
                names.add(name)
    return frozenset(names)


def _real_or_virtual_subclass(cls, subclass):
    """Whether subclass derives from cls, from a class registered with it, or
    from one of its subclasses (which may have registrations of their own)."""
    if cls in getattr(subclass, '__mro__', ()):
        return True
    for candidate in list(cls._abc_registry) + cls.__subclasses__():
        if issubclass(subclass, candidate):
            return True
    return False


class ABCMeta(type):
    """Metaclass of abstract base classes: tracks abstract methods and lets
    unrelated classes be registered as virtual subclasses.

    Each ABC caches the classes found to be its subclasses, and those found
    not to be; the latter go stale when anything is registered anywhere,
    which _abc_invalidation_counter tracks."""

    _abc_invalidation_counter = 0

    def __new__(mcls, name, bases, namespace):
        cls = super(ABCMeta, mcls).__new__(mcls, name, bases, namespace)
        cls.__abstractmethods__ = _abstract_names(cls, namespace, bases)
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
            return                      # nothing to add
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.add(subclass)
        ABCMeta._abc_invalidation_counter += 1

    def _dump_registry(cls, file=None):
        """Debug helper: print the ABC's registry and caches."""
        lines = ["Class: %s.%s" % (cls.__module__, cls.__name__),
                 "Inv.counter: %s" % ABCMeta._abc_invalidation_counter]
        lines.extend(["%s: %r" % (name, getattr(cls, name))
                      for name in sorted(cls.__dict__) if name.startswith("_abc_")])
        for line in lines:
            print >> file, line

    def __instancecheck__(cls, instance):
        claimed = getattr(instance, '__class__', None)
        if claimed is not None and claimed in cls._abc_cache:
            return True
        actual = type(instance)
        if actual is types.InstanceType:
            actual = claimed            # an old-style instance: its class is what counts
        if claimed is not None and claimed is not actual:
            # __class__ differs from the type (a proxy, say): either will do
            return cls.__subclasscheck__(claimed) or cls.__subclasscheck__(actual)
        if (cls._abc_negative_cache_version == ABCMeta._abc_invalidation_counter and
                actual in cls._abc_negative_cache):
            return False
        return cls.__subclasscheck__(actual)

    def __subclasscheck__(cls, subclass):
        if subclass in cls._abc_cache:
            return True
        if cls._abc_negative_cache_version != ABCMeta._abc_invalidation_counter:
            cls._abc_negative_cache = WeakSet()
            cls._abc_negative_cache_version = ABCMeta._abc_invalidation_counter
        elif subclass in cls._abc_negative_cache:
            return False
        verdict = cls.__subclasshook__(subclass)
        if verdict is NotImplemented:
            verdict = _real_or_virtual_subclass(cls, subclass)
        if verdict:
            cls._abc_cache.add(subclass)
        else:
            cls._abc_negative_cache.add(subclass)
        return verdict
