"""Markers that tell the translator how to treat a support function.

They only set an attribute on the function and return it unchanged, so they
keep the exact signature for mypy.  The translator reads the attributes:

* ``_primitive_`` -- the body is a host-only reference implementation; the
  translator must emit its own C for every call (it keeps a table of them).
* ``_not_rpython_`` -- a build-time helper: reaching it from translated code
  is a translation error.
"""
from typing import Callable, TypeVar

HOST_ONLY = True   # build-time module: the subset checker skips it

F = TypeVar("F", bound=Callable[..., object])


def primitive(func: F) -> F:
    """Mark a support function the translator implements itself."""
    setattr(func, "_primitive_", True)
    return func


def not_rpython(func: F) -> F:
    """Mark a host-only helper (build time, tests); translated code must not call it."""
    setattr(func, "_not_rpython_", True)
    return func


def is_primitive(func: object) -> bool:
    return bool(getattr(func, "_primitive_", False))


def is_not_rpython(func: object) -> bool:
    return bool(getattr(func, "_not_rpython_", False))
