"""Weak references (`_weakref`: ref, proxy, getweakrefcount, getweakrefs).

A weak reference holds its referent through a WeakLink (support/rgc.py),
which the collector clears once the referent is unreachable.  A referent
with weak references that have callbacks gets an unordered finalizer: when
it dies, interpreter/module/gc/finalize.py calls the callbacks at a safe
point.  Otherwise as 2.7: which objects can be referenced, ref() reuse,
getweakrefs() order, hashing and comparison by referent, proxies forwarding
to the referent, the reprs.  See docs/gc.md.
"""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.arguments import Arguments
from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.gateway import Builtin1, Builtin2, Builtin3, BuiltinArgs, BuiltinOpt
from pypy27.interpreter.objspace.objectobject import AttrStorage, addr_str
from pypy27.interpreter.objspace.typeobject import W_BuiltinNewMarker, W_TypeObject
from pypy27.support.markers import not_rpython
from pypy27.support.objectmodel import compute_unique_id
from pypy27.support.rgc import WeakLink, register_finalizer

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace


class WeakrefTypes(object):
    w_ref: W_TypeObject
    w_proxy: W_TypeObject
    w_callableproxy: W_TypeObject
    w_ref_call: W_Root          # ref.__call__ (a subclass may override it)


weakref_types = WeakrefTypes()


class W_WeakRef(W_Root):
    """A weakref.ref, proxy or callable proxy (or an instance of a subclass of
    ref): the referent is held through a WeakLink only."""
    w_class: W_TypeObject
    link: WeakLink
    w_callback: Optional[W_Root]
    hash: int
    has_hash: bool
    slots_w: list[Optional[W_Root]]
    storage: Optional[AttrStorage]

    def __init__(self, w_class: W_TypeObject, w_obj: W_Root, w_callback: Optional[W_Root]) -> None:
        self.w_class = w_class
        self.link = WeakLink(w_obj)
        self.w_callback = w_callback
        self.hash = 0
        self.has_hash = False
        self.slots_w = [None] * w_class.nslots if w_class.nslots else []
        self.storage = None

    def getclass(self, space: "ObjSpace") -> W_TypeObject:
        return self.w_class

    # instances of subclasses of ref (without __slots__) have a __dict__
    def getdict(self, space: "ObjSpace") -> Optional[W_Root]:
        if not self.w_class.hasdict:
            return None
        return self.attrs().getdict(space)

    def getdictvalue(self, space: "ObjSpace", name: str) -> Optional[W_Root]:
        if self.storage is None:
            return None
        return self.storage.get(space, name)

    def setdictvalue(self, space: "ObjSpace", name: str, w_value: W_Root) -> bool:
        if not self.w_class.hasdict:
            return False
        self.attrs().set(space, name, w_value)
        return True

    def deldictvalue(self, space: "ObjSpace", name: str) -> bool:
        if self.storage is None:
            return False
        return self.storage.delete(space, name)

    def attrs(self) -> AttrStorage:
        storage = self.storage
        if storage is None:
            storage = AttrStorage()
            self.storage = storage
        return storage

    def deref(self) -> Optional[W_Root]:
        w_obj = self.link.get()
        if w_obj is None:
            return None
        assert isinstance(w_obj, W_Root)
        return w_obj

    def call_args(self, space: "ObjSpace", args: Arguments) -> W_Root:
        if self.w_class is weakref_types.w_proxy or self.w_class is weakref_types.w_callableproxy:
            return space.call_args(proxy_referent(space, self), args)
        if self.w_class is not weakref_types.w_ref:
            w_call = space.lookup(self, "__call__")
            if w_call is not None and w_call is not weakref_types.w_ref_call:
                return space.call_args(space.get(w_call, self), args)    # a subclass's __call__
        return self.call_referent(space, args)

    def call_referent(self, space: "ObjSpace", args: Arguments) -> W_Root:
        args.fixedunpack(space, "weakref()", 0)
        w_obj = self.deref()
        return w_obj if w_obj is not None else space.w_None


class WeakrefList(object):
    """The weak references to one referent, themselves held weakly (a weak
    reference that dies first never has its callback called, as in 2.7).
    2.7's order: the basic ref, the basic proxy, then the others newest first.
    The list is stale once none of its references reaches a live referent
    (the referent died, or all its references did): see alive()."""
    basic_ref: Optional[WeakLink]
    basic_proxy: Optional[WeakLink]
    others: list[WeakLink]       # oldest first
    prune_at: int
    watched: bool                # the referent has a finalizer (callbacks to run)

    def __init__(self) -> None:
        self.basic_ref = None
        self.basic_proxy = None
        self.others = []
        self.prune_at = 8
        self.watched = False

    def refs(self) -> list[W_WeakRef]:
        """The live weak references, in 2.7's order."""
        out: list[W_WeakRef] = []
        add_live(out, self.basic_ref)
        add_live(out, self.basic_proxy)
        for i in range(len(self.others) - 1, -1, -1):
            add_live(out, self.others[i])
        return out

    def alive(self) -> bool:
        """Does some reference of the list still reach its referent? (All of
        them point to the same object, so a live one means this list is the
        one of the object now at the referent's address.)"""
        if link_reaches(self.basic_ref) or link_reaches(self.basic_proxy):
            return True
        for i in range(len(self.others) - 1, -1, -1):     # the newest is the likeliest alive
            if link_reaches(self.others[i]):
                return True
        return False

    def add_other(self, w_ref: W_WeakRef) -> None:
        if len(self.others) >= self.prune_at:
            live: list[WeakLink] = []
            for link in self.others:
                if link.get() is not None:
                    live.append(link)
            self.others = live
            self.prune_at = max(8, 2 * len(live))
        self.others.append(WeakLink(w_ref))


def add_live(out: list[W_WeakRef], link: Optional[WeakLink]) -> None:
    if link is not None:
        w_ref = link.get()
        if w_ref is not None:
            assert isinstance(w_ref, W_WeakRef)
            out.append(w_ref)


def link_reaches(link: Optional[WeakLink]) -> bool:
    """Is link's weak reference alive, and its referent too?"""
    w_ref = basic_of(link)
    return w_ref is not None and w_ref.deref() is not None


def basic_of(link: Optional[WeakLink]) -> Optional[W_WeakRef]:
    if link is None:
        return None
    w_ref = link.get()
    if w_ref is None:
        return None
    assert isinstance(w_ref, W_WeakRef)
    return w_ref


class WeakrefRegistry(object):
    """The WeakrefList of each referent, keyed by the referent's address
    bit-inverted (so the key does not look like a pointer to the collector).
    Entries of referents that died without a finalizer are found stale on
    lookup and purged when the table has doubled.  A watched list is removed
    when its referent is finalized."""
    lists: dict[int, WeakrefList]
    purge_at: int

    def __init__(self) -> None:
        self.lists = {}
        self.purge_at = 1024


registry = WeakrefRegistry()


def key_of(w_obj: W_Root) -> int:
    return ~compute_unique_id(w_obj)


def list_of(w_obj: W_Root) -> Optional[WeakrefList]:
    lst = registry.lists.get(key_of(w_obj), None)
    if lst is not None and not lst.alive():
        return None         # a dead object's list, at the same address
    return lst


def new_list_of(w_obj: W_Root) -> WeakrefList:
    lst = list_of(w_obj)
    if lst is not None:
        return lst
    if len(registry.lists) >= registry.purge_at:
        purge_registry()
    lst = WeakrefList()
    registry.lists[key_of(w_obj)] = lst
    return lst


def purge_registry() -> None:
    dead: list[int] = []
    for key, lst in registry.lists.items():
        if not lst.watched and not lst.alive():
            dead.append(key)        # (a watched list waits for its referent's finalizer)
    for key in dead:
        del registry.lists[key]
    registry.purge_at = max(1024, 2 * len(registry.lists))


def take_list(w_obj: W_Root) -> Optional[WeakrefList]:
    """Remove and return w_obj's list (w_obj is being finalized: its links
    are already cleared, so only the address tells)."""
    key = key_of(w_obj)
    lst = registry.lists.get(key, None)
    if lst is not None:
        del registry.lists[key]
    return lst


WEAKREFABLE = {"type": True, "function": True, "instancemethod": True, "classobj": True, "instance": True,
               "set": True, "frozenset": True, "file": True, "generator": True, "weakref": True,
               "code": False, "property": False, "partial": True,
               # the built-in modules' types (named 'module.type')
               "functools.partial": True, "collections.deque": True, "itertools.tee": True}


def is_weakrefable(space: "ObjSpace", w_obj: W_Root) -> bool:
    w_type = space.type(w_obj)
    for w_t in w_type.mro_w:
        if w_t.is_heaptype:
            if w_t.weakrefable:
                return True
            continue
        return WEAKREFABLE.get(w_t.name, False)
    return False


def make_ref(space: "ObjSpace", w_subtype: W_TypeObject, w_obj: W_Root, w_callback: Optional[W_Root]) -> W_WeakRef:
    if not is_weakrefable(space, w_obj):
        raise space.type_error("cannot create weak reference to '%s' object" % space.type(w_obj).name)
    if w_callback is not None and space.is_w(w_callback, space.w_None):
        w_callback = None
    lst = new_list_of(w_obj)
    is_proxy = w_subtype is weakref_types.w_proxy or w_subtype is weakref_types.w_callableproxy
    basic = w_callback is None and (is_proxy or w_subtype is weakref_types.w_ref)
    if basic:
        w_old = basic_of(lst.basic_proxy if is_proxy else lst.basic_ref)
        if w_old is not None:
            return w_old      # 2.7 hands out the same basic ref / proxy again
    w_res = W_WeakRef(w_subtype, w_obj, w_callback)
    if basic and is_proxy:
        lst.basic_proxy = WeakLink(w_res)
    elif basic:
        lst.basic_ref = WeakLink(w_res)
    else:
        lst.add_other(w_res)
    if w_callback is not None and not lst.watched:
        lst.watched = True
        # (registered here, not through a helper call: one C frame less
        # that could leave a stale pointer to w_obj on the stack)
        from pypy27.interpreter.module.gc.finalize import state as finalizer_state
        finalizer_state.watched += 1
        register_finalizer(w_obj, False)
    return w_res


def ref_new(space: "ObjSpace", w_subtype: W_TypeObject, args: Arguments) -> W_Root:
    args.unpack_stars(space, "__new__")
    n = len(args.args_w)
    if n < 1 or n > 2:
        raise space.type_error("__new__ expected at most 2 arguments, got %d" % n if n > 2 else
                               "__new__ expected at least 1 arguments, got 0")
    w_callback = args.args_w[1] if n == 2 else None
    return make_ref(space, w_subtype, args.args_w[0], w_callback)


def ref_init(space: "ObjSpace", args: Arguments) -> W_Root:
    args.unpack_stars(space, "__init__")
    if args.keywords:
        raise space.type_error("ref() does not take keyword arguments")
    n = len(args.args_w) - 1        # without self
    if n > 2:
        raise space.type_error("__init__ expected at most 2 arguments, got %d" % n)
    if n < 1:
        raise space.type_error("__init__ expected at least 1 arguments, got 0")
    return space.w_None


def as_ref(space: "ObjSpace", w_self: W_Root) -> W_WeakRef:
    if not isinstance(w_self, W_WeakRef):
        raise space.type_error("descriptor requires a 'weakref' object but received a '%s'"
                               % space.type(w_self).name)
    return w_self


def ref_hash(space: "ObjSpace", w_self: W_Root) -> W_Root:
    w_ref = as_ref(space, w_self)
    if not w_ref.has_hash:
        w_obj = w_ref.deref()
        if w_obj is None:
            raise space.type_error("weak object has gone away")
        w_ref.hash = space.hash_w(w_obj)
        w_ref.has_hash = True
    return space.newint(w_ref.hash)


def ref_eq(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    w_ref = as_ref(space, w_self)
    if not isinstance(w_other, W_WeakRef):
        return space.w_NotImplemented
    w_a = w_ref.deref()
    w_b = w_other.deref()
    if w_a is None or w_b is None:
        return space.newbool(w_ref is w_other)
    return space.compare("eq", w_a, w_b)


def ref_ne(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    w_ref = as_ref(space, w_self)
    if not isinstance(w_other, W_WeakRef):
        return space.w_NotImplemented
    w_a = w_ref.deref()
    w_b = w_other.deref()
    if w_a is None or w_b is None:
        return space.newbool(w_ref is not w_other)
    return space.compare("ne", w_a, w_b)


def ref_repr(space: "ObjSpace", w_self: W_Root) -> W_Root:
    w_ref = as_ref(space, w_self)
    w_obj = w_ref.deref()
    if w_obj is None:
        return space.newstr("<weakref at %s; dead>" % addr_str(w_ref))
    w_name = space.findattr(w_obj, "__name__")
    if w_name is not None and space.isinstance_w(w_name, space.w_str):
        return space.newstr("<weakref at %s; to '%s' at %s (%s)>"
                            % (addr_str(w_ref), space.type(w_obj).name, addr_str(w_obj), space.str_w(w_name)))
    return space.newstr("<weakref at %s; to '%s' at %s>" % (addr_str(w_ref), space.type(w_obj).name, addr_str(w_obj)))


def ref_call(space: "ObjSpace", args: Arguments) -> W_Root:
    w_ref = as_ref(space, args.args_w[0])
    rest = Arguments(args.args_w[1:], args.keywords, args.keywords_w, args.w_stararg, args.w_starstararg)
    if w_ref.w_class is weakref_types.w_proxy or w_ref.w_class is weakref_types.w_callableproxy:
        return w_ref.call_args(space, rest)
    return w_ref.call_referent(space, rest)


# ---- proxies ------------------------------------------------------------------------------

def proxy_referent(space: "ObjSpace", w_self: W_Root) -> W_Root:
    w_ref = as_ref(space, w_self)
    w_obj = w_ref.deref()
    if w_obj is None:
        raise space.error(space.w_ReferenceError, "weakly-referenced object no longer exists")
    return w_obj


def proxy_getattribute(space: "ObjSpace", w_self: W_Root, w_name: W_Root) -> W_Root:
    return space.getattr(proxy_referent(space, w_self), w_name)


def proxy_setattr(space: "ObjSpace", w_self: W_Root, w_name: W_Root, w_value: W_Root) -> W_Root:
    space.setattr(proxy_referent(space, w_self), w_name, w_value)
    return space.w_None


def proxy_delattr(space: "ObjSpace", w_self: W_Root, w_name: W_Root) -> W_Root:
    space.delattr(proxy_referent(space, w_self), w_name)
    return space.w_None


def proxy_repr(space: "ObjSpace", w_self: W_Root) -> W_Root:
    w_obj = proxy_referent(space, w_self)
    return space.newstr("<weakproxy at %s to %s at %s>" % (addr_str(w_self), space.type(w_obj).name, addr_str(w_obj)))


def proxy_str(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.str_of(proxy_referent(space, w_self))


def proxy_len(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.newint(space.len_w(proxy_referent(space, w_self)))


def proxy_nonzero(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.newbool(space.is_true(proxy_referent(space, w_self)))


def proxy_getitem(space: "ObjSpace", w_self: W_Root, w_key: W_Root) -> W_Root:
    return space.getitem(proxy_referent(space, w_self), w_key)


def proxy_setitem(space: "ObjSpace", w_self: W_Root, w_key: W_Root, w_value: W_Root) -> W_Root:
    space.setitem(proxy_referent(space, w_self), w_key, w_value)
    return space.w_None


def proxy_delitem(space: "ObjSpace", w_self: W_Root, w_key: W_Root) -> W_Root:
    space.delitem(proxy_referent(space, w_self), w_key)
    return space.w_None


def proxy_contains(space: "ObjSpace", w_self: W_Root, w_item: W_Root) -> W_Root:
    return space.newbool(space.contains(proxy_referent(space, w_self), w_item))


def proxy_iter(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.iter(proxy_referent(space, w_self))


def proxy_next(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.call_method(proxy_referent(space, w_self), "next", [])


def proxy_unwrap(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    if isinstance(w_obj, W_WeakRef) and (w_obj.w_class is weakref_types.w_proxy
                                         or w_obj.w_class is weakref_types.w_callableproxy):
        return proxy_referent(space, w_obj)
    return w_obj


def proxy_add(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return space.add(proxy_referent(space, w_self), proxy_unwrap(space, w_other))


def proxy_sub(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return space.sub(proxy_referent(space, w_self), proxy_unwrap(space, w_other))


def proxy_mul(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return space.mul(proxy_referent(space, w_self), proxy_unwrap(space, w_other))


def proxy_eq(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return space.compare("eq", proxy_referent(space, w_self), proxy_unwrap(space, w_other))


def proxy_ne(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return space.compare("ne", proxy_referent(space, w_self), proxy_unwrap(space, w_other))


def proxy_lt(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return space.compare("lt", proxy_referent(space, w_self), proxy_unwrap(space, w_other))


def proxy_gt(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return space.compare("gt", proxy_referent(space, w_self), proxy_unwrap(space, w_other))


def proxy_call(space: "ObjSpace", args: Arguments) -> W_Root:
    w_obj = proxy_referent(space, args.args_w[0])
    rest = Arguments(args.args_w[1:], args.keywords, args.keywords_w, args.w_stararg, args.w_starstararg)
    return space.call_args(w_obj, rest)


# more operators, forwarded to the referent (the other operand unwrapped too)

def proxy_div(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return space.binop("div", proxy_referent(space, w_self), proxy_unwrap(space, w_other))

def proxy_truediv(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return space.binop("truediv", proxy_referent(space, w_self), proxy_unwrap(space, w_other))

def proxy_floordiv(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return space.binop("floordiv", proxy_referent(space, w_self), proxy_unwrap(space, w_other))

def proxy_mod(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return space.binop("mod", proxy_referent(space, w_self), proxy_unwrap(space, w_other))

def proxy_divmod(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return space.binop("divmod", proxy_referent(space, w_self), proxy_unwrap(space, w_other))

def proxy_lshift(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return space.binop("lshift", proxy_referent(space, w_self), proxy_unwrap(space, w_other))

def proxy_rshift(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return space.binop("rshift", proxy_referent(space, w_self), proxy_unwrap(space, w_other))

def proxy_and(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return space.binop("and", proxy_referent(space, w_self), proxy_unwrap(space, w_other))

def proxy_or(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return space.binop("or", proxy_referent(space, w_self), proxy_unwrap(space, w_other))

def proxy_xor(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return space.binop("xor", proxy_referent(space, w_self), proxy_unwrap(space, w_other))

def proxy_pow(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    w_self = args_w[0]
    w_other = args_w[1]
    assert w_self is not None and w_other is not None
    w_mod = args_w[2]
    if w_mod is not None and not space.is_w(w_mod, space.w_None):
        w_pow = space.getattr_str(space.w_builtin, "pow")
        return space.call_function(w_pow, [proxy_referent(space, w_self), proxy_unwrap(space, w_other),
                                           proxy_unwrap(space, w_mod)])
    return space.binop("pow", proxy_referent(space, w_self), proxy_unwrap(space, w_other))

def proxy_radd(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return space.binop("add", proxy_unwrap(space, w_other), proxy_referent(space, w_self))

def proxy_rsub(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return space.binop("sub", proxy_unwrap(space, w_other), proxy_referent(space, w_self))

def proxy_rmul(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return space.binop("mul", proxy_unwrap(space, w_other), proxy_referent(space, w_self))

def proxy_rdiv(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return space.binop("div", proxy_unwrap(space, w_other), proxy_referent(space, w_self))

def proxy_rtruediv(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return space.binop("truediv", proxy_unwrap(space, w_other), proxy_referent(space, w_self))

def proxy_rfloordiv(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return space.binop("floordiv", proxy_unwrap(space, w_other), proxy_referent(space, w_self))

def proxy_rmod(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return space.binop("mod", proxy_unwrap(space, w_other), proxy_referent(space, w_self))

def proxy_rdivmod(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return space.binop("divmod", proxy_unwrap(space, w_other), proxy_referent(space, w_self))

def proxy_rpow(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return space.binop("pow", proxy_unwrap(space, w_other), proxy_referent(space, w_self))

def proxy_rlshift(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return space.binop("lshift", proxy_unwrap(space, w_other), proxy_referent(space, w_self))

def proxy_rrshift(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return space.binop("rshift", proxy_unwrap(space, w_other), proxy_referent(space, w_self))

def proxy_rand(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return space.binop("and", proxy_unwrap(space, w_other), proxy_referent(space, w_self))

def proxy_ror(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return space.binop("or", proxy_unwrap(space, w_other), proxy_referent(space, w_self))

def proxy_rxor(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return space.binop("xor", proxy_unwrap(space, w_other), proxy_referent(space, w_self))

def proxy_uneg(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.unaryop("neg", proxy_referent(space, w_self))

def proxy_upos(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.unaryop("pos", proxy_referent(space, w_self))

def proxy_uabs(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.unaryop("abs", proxy_referent(space, w_self))

def proxy_uinvert(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.unaryop("invert", proxy_referent(space, w_self))

def proxy_uint(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.unaryop("int", proxy_referent(space, w_self))

def proxy_ulong(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.unaryop("long", proxy_referent(space, w_self))

def proxy_ufloat(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.unaryop("float", proxy_referent(space, w_self))

def proxy_uindex(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.unaryop("index", proxy_referent(space, w_self))

def proxy_le(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return space.compare("le", proxy_referent(space, w_self), proxy_unwrap(space, w_other))


def proxy_ge(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return space.compare("ge", proxy_referent(space, w_self), proxy_unwrap(space, w_other))


# in-place operators act on the referent (x //= 2 through a proxy)
def _proxy_inplace(space: "ObjSpace", op: str, w_self: W_Root, w_other: W_Root) -> W_Root:
    return space.inplace_binop(op, proxy_referent(space, w_self), proxy_unwrap(space, w_other))

def proxy_iadd(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _proxy_inplace(space, "add", w_self, w_other)

def proxy_isub(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _proxy_inplace(space, "sub", w_self, w_other)

def proxy_imul(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _proxy_inplace(space, "mul", w_self, w_other)

def proxy_idiv(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _proxy_inplace(space, "div", w_self, w_other)

def proxy_itruediv(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _proxy_inplace(space, "truediv", w_self, w_other)

def proxy_ifloordiv(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _proxy_inplace(space, "floordiv", w_self, w_other)

def proxy_imod(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _proxy_inplace(space, "mod", w_self, w_other)

def proxy_ipow(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _proxy_inplace(space, "pow", w_self, w_other)

def proxy_ilshift(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _proxy_inplace(space, "lshift", w_self, w_other)

def proxy_irshift(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _proxy_inplace(space, "rshift", w_self, w_other)

def proxy_iand(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _proxy_inplace(space, "and", w_self, w_other)

def proxy_ior(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _proxy_inplace(space, "or", w_self, w_other)

def proxy_ixor(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _proxy_inplace(space, "xor", w_self, w_other)


def proxy_unicode(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.call_function(space.w_unicode, [proxy_referent(space, w_self)])



# ---- module-level functions ------------------------------------------------------------------

def weakref_proxy(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    w_obj = args_w[0]
    assert w_obj is not None
    w_callable = space.lookup(w_obj, "__call__")
    w_type = weakref_types.w_callableproxy if w_callable is not None else weakref_types.w_proxy
    return make_ref(space, w_type, w_obj, args_w[1])


def refs_of(w_obj: W_Root) -> list[W_WeakRef]:
    lst = list_of(w_obj)
    return lst.refs() if lst is not None else []


def getweakrefcount(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    return space.newint(len(refs_of(w_obj)))


def getweakrefs(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    items_w: list[W_Root] = []
    for w_ref in refs_of(w_obj):
        items_w.append(w_ref)
    return space.newlist(items_w)


@not_rpython
def setup(space: "ObjSpace") -> None:
    weakref_types.w_ref_call = BuiltinArgs("__call__", ref_call, method=True)
    weakref_types.w_ref = W_TypeObject("weakref", [space.w_object], {
        "__new__": W_BuiltinNewMarker(),
        "__init__": BuiltinArgs("__init__", ref_init, method=True),
        "__call__": weakref_types.w_ref_call,
        "__hash__": Builtin1("__hash__", ref_hash, method=True),
        "__eq__": Builtin2("__eq__", ref_eq, method=True),
        "__ne__": Builtin2("__ne__", ref_ne, method=True),
        "__repr__": Builtin1("__repr__", ref_repr, method=True),
    }, new_fn=ref_new)
    proxy_dict: dict[str, W_Root] = {
        "__getattribute__": Builtin2("__getattribute__", proxy_getattribute, method=True),
        "__setattr__": Builtin3("__setattr__", proxy_setattr, method=True),
        "__delattr__": Builtin2("__delattr__", proxy_delattr, method=True),
        "__repr__": Builtin1("__repr__", proxy_repr, method=True),
        "__str__": Builtin1("__str__", proxy_str, method=True),
        "__len__": Builtin1("__len__", proxy_len, method=True),
        "__nonzero__": Builtin1("__nonzero__", proxy_nonzero, method=True),
        "__getitem__": Builtin2("__getitem__", proxy_getitem, method=True),
        "__setitem__": Builtin3("__setitem__", proxy_setitem, method=True),
        "__delitem__": Builtin2("__delitem__", proxy_delitem, method=True),
        "__contains__": Builtin2("__contains__", proxy_contains, method=True),
        "__iter__": Builtin1("__iter__", proxy_iter, method=True),
        "next": Builtin1("next", proxy_next, method=True),
        "__add__": Builtin2("__add__", proxy_add, method=True),
        "__sub__": Builtin2("__sub__", proxy_sub, method=True),
        "__mul__": Builtin2("__mul__", proxy_mul, method=True),
        "__eq__": Builtin2("__eq__", proxy_eq, method=True),
        "__ne__": Builtin2("__ne__", proxy_ne, method=True),
        "__lt__": Builtin2("__lt__", proxy_lt, method=True),
        "__gt__": Builtin2("__gt__", proxy_gt, method=True),
        "__div__": Builtin2("__div__", proxy_div, method=True),
        "__truediv__": Builtin2("__truediv__", proxy_truediv, method=True),
        "__floordiv__": Builtin2("__floordiv__", proxy_floordiv, method=True),
        "__mod__": Builtin2("__mod__", proxy_mod, method=True),
        "__divmod__": Builtin2("__divmod__", proxy_divmod, method=True),
        "__lshift__": Builtin2("__lshift__", proxy_lshift, method=True),
        "__rshift__": Builtin2("__rshift__", proxy_rshift, method=True),
        "__and__": Builtin2("__and__", proxy_and, method=True),
        "__or__": Builtin2("__or__", proxy_or, method=True),
        "__xor__": Builtin2("__xor__", proxy_xor, method=True),
        "__pow__": BuiltinOpt("__pow__", proxy_pow, 2, 3, method=True),
        "__radd__": Builtin2("__radd__", proxy_radd, method=True),
        "__rsub__": Builtin2("__rsub__", proxy_rsub, method=True),
        "__rmul__": Builtin2("__rmul__", proxy_rmul, method=True),
        "__rdiv__": Builtin2("__rdiv__", proxy_rdiv, method=True),
        "__rtruediv__": Builtin2("__rtruediv__", proxy_rtruediv, method=True),
        "__rfloordiv__": Builtin2("__rfloordiv__", proxy_rfloordiv, method=True),
        "__rmod__": Builtin2("__rmod__", proxy_rmod, method=True),
        "__rdivmod__": Builtin2("__rdivmod__", proxy_rdivmod, method=True),
        "__rpow__": Builtin2("__rpow__", proxy_rpow, method=True),
        "__rlshift__": Builtin2("__rlshift__", proxy_rlshift, method=True),
        "__rrshift__": Builtin2("__rrshift__", proxy_rrshift, method=True),
        "__rand__": Builtin2("__rand__", proxy_rand, method=True),
        "__ror__": Builtin2("__ror__", proxy_ror, method=True),
        "__rxor__": Builtin2("__rxor__", proxy_rxor, method=True),
        "__neg__": Builtin1("__neg__", proxy_uneg, method=True),
        "__pos__": Builtin1("__pos__", proxy_upos, method=True),
        "__abs__": Builtin1("__abs__", proxy_uabs, method=True),
        "__invert__": Builtin1("__invert__", proxy_uinvert, method=True),
        "__int__": Builtin1("__int__", proxy_uint, method=True),
        "__long__": Builtin1("__long__", proxy_ulong, method=True),
        "__float__": Builtin1("__float__", proxy_ufloat, method=True),
        "__index__": Builtin1("__index__", proxy_uindex, method=True),
        "__le__": Builtin2("__le__", proxy_le, method=True),
        "__ge__": Builtin2("__ge__", proxy_ge, method=True),
        "__hash__": space.w_None,
        "__unicode__": Builtin1("__unicode__", proxy_unicode, method=True),
        "__iadd__": Builtin2("__iadd__", proxy_iadd, method=True),
        "__isub__": Builtin2("__isub__", proxy_isub, method=True),
        "__imul__": Builtin2("__imul__", proxy_imul, method=True),
        "__idiv__": Builtin2("__idiv__", proxy_idiv, method=True),
        "__itruediv__": Builtin2("__itruediv__", proxy_itruediv, method=True),
        "__ifloordiv__": Builtin2("__ifloordiv__", proxy_ifloordiv, method=True),
        "__imod__": Builtin2("__imod__", proxy_imod, method=True),
        "__ipow__": Builtin2("__ipow__", proxy_ipow, method=True),
        "__ilshift__": Builtin2("__ilshift__", proxy_ilshift, method=True),
        "__irshift__": Builtin2("__irshift__", proxy_irshift, method=True),
        "__iand__": Builtin2("__iand__", proxy_iand, method=True),
        "__ior__": Builtin2("__ior__", proxy_ior, method=True),
        "__ixor__": Builtin2("__ixor__", proxy_ixor, method=True),
    }
    weakref_types.w_proxy = W_TypeObject("weakproxy", [space.w_object], proxy_dict)
    callable_dict = dict(proxy_dict)
    callable_dict["__call__"] = BuiltinArgs("__call__", proxy_call, method=True)
    weakref_types.w_callableproxy = W_TypeObject("weakcallableproxy", [space.w_object], callable_dict)


@not_rpython
def module_contents(space: "ObjSpace") -> dict[str, W_Root]:
    """The attributes of the `_weakref` module (for the built-in modules part)."""
    return {
        "ref": weakref_types.w_ref,
        "ReferenceType": weakref_types.w_ref,
        "ProxyType": weakref_types.w_proxy,
        "CallableProxyType": weakref_types.w_callableproxy,
        "proxy": BuiltinOpt("proxy", weakref_proxy, 1, 2),
        "getweakrefcount": Builtin1("getweakrefcount", getweakrefcount),
        "getweakrefs": Builtin1("getweakrefs", getweakrefs),
    }
