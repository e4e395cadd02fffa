"""JIT hints.  Today they are no-ops in both worlds; the tracing JIT will give
them meaning (described in each docstring).  Untranslated, the structural ones
validate their arguments so mistakes show up in plain tests, long before the
JIT exists.

The translator treats every name here as a primitive (support/markers.py): the
decorators leave marker attributes (``_jit_elidable_`` ...) that it reads, and
calls to ``promote``/``hint``/``we_are_jitted``/merge points become C no-ops
(``we_are_jitted()`` becomes False).
"""
from typing import Callable, TypeVar

from pypy27.support.markers import not_rpython, primitive

F = TypeVar("F", bound=Callable[..., object])
T = TypeVar("T")
C = TypeVar("C", bound=type)


class JitHintError(Exception):
    """A hint used inconsistently (wrong live variables, unknown field...)."""


@not_rpython
def _check_names(what: str, names: list[str]) -> None:
    for n in names:
        if not n.isidentifier():
            raise JitHintError("%s: %r is not a variable name" % (what, n))


class JitDriver:
    """Describes one interpreter dispatch loop to the JIT.

    greens: the variables that identify a position in the user program (e.g.
    ``pc`` and ``code``); a trace is compiled per green tuple and the greens are
    constants inside it.  reds: every other variable live at the merge point
    (e.g. ``frame``).  virtualizables: reds whose object (a frame) the JIT may
    keep in registers while tracing; each must be a red and its class declared
    with ``@virtualizable``.
    """

    def __init__(self, greens: list[str], reds: list[str],
                 virtualizables: list[str] = [], name: str = "") -> None:
        self.greens = list(greens)
        self.reds = list(reds)
        self.virtualizables = list(virtualizables)
        self.name = name
        _check_names("greens", self.greens)
        _check_names("reds", self.reds)
        livevars = self.greens + self.reds
        if len(set(livevars)) != len(livevars):
            raise JitHintError("JitDriver %s: duplicate name in greens+reds %r" % (name, livevars))
        for v in self.virtualizables:
            if v not in self.reds:
                raise JitHintError("JitDriver %s: virtualizable %r is not a red" % (name, v))
        self._livevars = frozenset(livevars)

    def _check(self, hint: str, livevars: dict[str, object]) -> None:
        if livevars.keys() != self._livevars:
            missing = sorted(self._livevars - livevars.keys())
            extra = sorted(livevars.keys() - self._livevars)
            raise JitHintError(
                "JitDriver %s: %s must pass exactly greens=%r reds=%r; missing %r, unexpected %r"
                % (self.name, hint, self.greens, self.reds, missing, extra))

    def jit_merge_point(self, **livevars: object) -> None:
        """Top of the dispatch loop: where traces start and end.  The JIT
        traces from here until it returns to the same green values."""
        self._check("jit_merge_point", livevars)

    def can_enter_jit(self, **livevars: object) -> None:
        """At a backward jump of the user program: counts loop iterations and
        starts tracing (or enters compiled code) when the loop is hot."""
        self._check("can_enter_jit", livevars)


setattr(JitDriver, "_primitive_", True)


@primitive
def promote(x: T) -> T:
    """Make x a constant in the trace (guarding on its current value)."""
    return x


_HINT_KEYWORDS = frozenset(["promote", "promote_string", "access_directly",
                            "force_virtualizable", "fresh_virtualizable"])


@primitive
def hint(x: T, **kwds: bool) -> T:
    """Generic hint on x; keywords: promote, promote_string, access_directly,
    force_virtualizable, fresh_virtualizable (each =True)."""
    for k in kwds:
        if k not in _HINT_KEYWORDS:
            raise JitHintError("hint(): unknown keyword %r" % k)
    return x


@primitive
def we_are_jitted() -> bool:
    """True in code the JIT compiled; lets an interpreter pick a JIT-friendly
    path.  Always False untranslated (and for now translated)."""
    return False


@not_rpython
def elidable(func: F) -> F:
    """The function is pure (result depends only on its arguments, no visible
    side effects): with constant arguments the JIT folds the call away."""
    setattr(func, "_jit_elidable_", True)
    return func


@not_rpython
def dont_look_inside(func: F) -> F:
    """The JIT calls the function as a black box instead of tracing into it."""
    setattr(func, "_jit_dont_look_inside_", True)
    return func


@not_rpython
def unroll_safe(func: F) -> F:
    """The function's loops have a small bound: trace through them (unrolled)
    instead of treating the function as opaque."""
    setattr(func, "_jit_unroll_safe_", True)
    return func


@not_rpython
def look_inside_iff(predicate: Callable[..., bool]) -> Callable[[F], F]:
    """Trace into the function only when predicate(*args) holds with args that
    are constants in the trace (e.g. a loop of known small length); otherwise
    call it as a black box.  predicate takes the same parameters."""
    def decorate(func: F) -> F:
        setattr(func, "_jit_look_inside_iff_", predicate)
        return func
    return decorate


@not_rpython
def _annotations_of(cls: type) -> dict[str, object]:
    result: dict[str, object] = {}
    for klass in reversed(cls.__mro__):
        result.update(klass.__dict__.get("__annotations__", {}))
    return result


@not_rpython
def _is_list_annotation(ann: object) -> bool:
    if isinstance(ann, str):
        return ann.startswith("list[") or ann.startswith("List[")
    return getattr(ann, "__origin__", None) is list


@not_rpython
def virtualizable(*fields: str) -> Callable[[C], C]:
    """Declare a class (a frame) virtualizable: while tracing, the JIT keeps the
    listed fields in registers and writes them back only when the frame
    escapes.  ``"name[*]"`` names a list field whose items are virtualized too
    (its length must not change).  Checked now: every field is annotated on the
    class, and ``[*]`` fields are lists."""
    def decorate(cls: C) -> C:
        annotations = _annotations_of(cls)
        for f in fields:
            is_array = f.endswith("[*]")
            name = f[:-3] if is_array else f
            if name not in annotations:
                raise JitHintError("virtualizable %s: field %r is not declared in the class"
                                   % (cls.__name__, name))
            if is_array and not _is_list_annotation(annotations[name]):
                raise JitHintError("virtualizable %s: %r is marked [*] but is not a list"
                                   % (cls.__name__, name))
        setattr(cls, "_virtualizable_", tuple(fields))
        return cls
    return decorate
