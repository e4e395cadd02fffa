"""The threading API for programs that must run without real threads.

Everything here is the regular threading module, loaded a second time
with dummy_thread standing in for the low-level thread module, so a
Thread simply runs its target inside start().  The first-class
threading module (if already loaded) is left untouched.
"""
import sys as _sys
import dummy_thread as _dummy_thread

# Module names we temporarily replace while loading the private copy.
_SWAPPED = ('thread', 'threading', '_threading_local')


def _private_threading():
    """Import threading over dummy_thread and return the new module."""
    modules = _sys.modules
    stash = {}
    for name in _SWAPPED:
        if name in modules:
            stash[name] = modules.pop(name)
    modules['thread'] = _dummy_thread
    try:
        import threading as fresh
        # keep the copies reachable under names that cannot clash
        modules['_dummy_threading'] = fresh
        local_mod = modules.get('_threading_local')
        if local_mod is not None:
            modules['_dummy__threading_local'] = local_mod
    finally:
        for name in _SWAPPED:
            modules.pop(name, None)
        modules.update(stash)
    return fresh


_impl = _private_threading()
__all__ = list(_impl.__all__)
for _name in __all__:
    globals()[_name] = getattr(_impl, _name)
del _name, _impl, _private_threading
