"""Thread-local objects in pure Python (threading.local when the thread
module has no _local): each thread sees its own attributes."""

__all__ = ["local"]


class _localimpl(object):
    """The per-thread attribute dicts of one local object."""

    def __init__(self):
        self.dicts = {}

    def get_dict(self):
        return self.dicts.get(id(current_thread()))

    def create_dict(self):
        d = {}
        self.dicts[id(current_thread())] = d
        return d


def _patch(self):
    """Switch self.__dict__ to the calling thread's dict (creating it and
    running __init__ again the first time a thread uses the object).
    Returns the object's lock, held: the caller does its attribute access
    and then releases it, so no other thread switches the dict in between
    (the GIL may pass to another thread at any time, e.g. in __init__)."""
    impl = object.__getattribute__(self, '_local__impl')
    impl.lock.acquire()
    try:
        d = impl.get_dict()
        if d is None:
            d = impl.create_dict()
            object.__setattr__(self, '__dict__', d)
            args, kw = impl.localargs
            cls = type(self)
            if cls.__init__ is not object.__init__:
                cls.__init__(self, *args, **kw)
        else:
            object.__setattr__(self, '__dict__', d)
    except:
        impl.lock.release()
        raise
    return impl.lock


class local(object):
    __slots__ = '_local__impl', '__dict__'

    def __new__(cls, *args, **kw):
        if (args or kw) and (cls.__init__ is object.__init__):
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        impl = _localimpl()
        impl.localargs = (args, kw)
        impl.lock = RLock()
        object.__setattr__(self, '_local__impl', impl)
        object.__setattr__(self, '__dict__', impl.create_dict())
        return self

    def __getattribute__(self, name):
        lock = _patch(self)
        try:
            return object.__getattribute__(self, name)
        finally:
            lock.release()

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError("%r object attribute '__dict__' is read-only" % self.__class__.__name__)
        lock = _patch(self)
        try:
            return object.__setattr__(self, name, value)
        finally:
            lock.release()

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError("%r object attribute '__dict__' is read-only" % self.__class__.__name__)
        lock = _patch(self)
        try:
            return object.__delattr__(self, name)
        finally:
            lock.release()


# imported last: threading imports this module at its end, and this must
# see that threading (dummy_threading loads a separate copy)
from threading import current_thread, RLock
