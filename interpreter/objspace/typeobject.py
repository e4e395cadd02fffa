"""Type objects (`type`) and plain instances of user classes (`object`)."""
from typing import TYPE_CHECKING, Callable, Optional

from pypy27.interpreter.arguments import Arguments
from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError
from pypy27.interpreter.function import W_Function
from pypy27.interpreter.objspace.objectobject import AttrStorage, object_new_check
from pypy27.support.objectmodel import we_are_translated
from pypy27.support.rgc import WeakLink

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

# Creates an instance of a type: (space, w_subtype, args) -> new object.
NewFn = Callable[["ObjSpace", "W_TypeObject", Arguments], W_Root]


def no_new_fn(space: "ObjSpace", w_subtype: "W_TypeObject", args: Arguments) -> W_Root:
    """The new_fn of types that cannot be instantiated."""
    raise space.type_error("cannot create '%s' instances" % w_subtype.name)


def no_new_fn_default(space: "ObjSpace", w_subtype: "W_TypeObject", args: Arguments) -> W_Root:
    """Default argument of W_TypeObject(): inherit the bases' new_fn."""
    raise space.type_error("cannot create '%s' instances" % w_subtype.name)


class LookupCacheState(object):
    builtin_types_complete: bool

    def __init__(self) -> None:
        self.builtin_types_complete = False


lookup_cache_state = LookupCacheState()


class W_TypeObject(W_Root):
    name: str
    bases_w: list["W_TypeObject"]
    mro_w: list["W_TypeObject"]
    dict_w: dict[str, W_Root]
    is_heaptype: bool            # created by a class statement (its attributes may change)
    hasdict: bool                # instances carry a __dict__
    w_metaclass: Optional["W_TypeObject"]
    new_fn: NewFn                # the built-in __new__ of the layout this type uses (no_new_fn: none)
    version: int                 # bumped on every change of dict_w or the mro (for caches and the JIT)
    cache_w: dict[str, Optional[W_Root]]   # heap types: lookup() results (None: absent)
    nslots: int                  # number of __slots__ entries of instances (W_ObjectObject.slots_w)
    weakrefable: bool            # heap types: instances can be weakly referenced (__weakref__)
    subclasses_w: list["W_TypeObject"]    # subclasses made before translation (never die)
    subclass_links: list[WeakLink]        # classes made at run time, held weakly: like 2.7
                                          # a class nothing else uses can die
    plain_ga: bool               # plain_getattribute()'s answer, valid while
    plain_ga_version: int        # version == plain_ga_version (-1: not computed)
    w_fast_init: Optional[W_Function]   # plain_init()'s answer, valid while
    fast_init_version: int              # version == fast_init_version (-1: not computed)
    has_del: bool                # instances need a finalizer (module/gc/finalize.py), valid while
    has_del_version: int         # version == has_del_version (-1: not computed)
    # only for classes with old-style classes among their ancestors (`class C(Old, object)`):
    # the bases and the mro including those classic classes; empty otherwise
    bases_full_w: list[W_Root]
    mro_full_w: list[W_Root]

    def __init__(self, name: str, bases_w: list["W_TypeObject"], dict_w: dict[str, W_Root],
                 is_heaptype: bool = False, new_fn: NewFn = no_new_fn_default,
                 bases_full_w: Optional[list[W_Root]] = None) -> None:
        self.name = name
        self.bases_w = bases_w
        self.bases_full_w = bases_full_w if bases_full_w is not None else []
        self.mro_full_w = []
        self.dict_w = dict_w
        self.is_heaptype = is_heaptype
        self.w_metaclass = None
        self.hasdict = is_heaptype
        if new_fn is None:      # build-time callers may pass None for "inherit"
            new_fn = no_new_fn_default
        self.new_fn = new_fn
        if new_fn is not no_new_fn_default and not is_heaptype and "__new__" not in dict_w:
            dict_w["__new__"] = W_BuiltinNewMarker()     # like 2.7's tp_new, visible as T.__new__
        if new_fn is no_new_fn_default:
            self.new_fn = no_new_fn
            for w_base in bases_w:
                if w_base.new_fn is not no_new_fn:
                    self.new_fn = w_base.new_fn
                    break
        self.version = 0
        self.cache_w = {}
        self.plain_ga = False
        self.plain_ga_version = -1
        self.w_fast_init = None
        self.fast_init_version = -1
        self.has_del = False
        self.has_del_version = -1
        self.nslots = 0
        self.weakrefable = is_heaptype
        self.subclasses_w = []
        self.subclass_links = []
        for w_base in bases_w:
            if w_base.hasdict:
                self.hasdict = True
            if w_base.nslots > self.nslots:
                self.nslots = w_base.nslots
        self.compute_mros()
        for w_base in bases_w:
            w_base.add_subclass(self)
        self.fix_descriptors()

    def add_subclass(self, w_sub: "W_TypeObject") -> None:
        if we_are_translated() and w_sub.is_heaptype:
            self.subclass_links.append(WeakLink(w_sub))
        else:
            self.subclasses_w.append(w_sub)

    def remove_subclass(self, w_sub: "W_TypeObject") -> None:
        if w_sub in self.subclasses_w:
            self.subclasses_w.remove(w_sub)
        self.subclass_links = [link for link in self.subclass_links if link.get() is not w_sub]

    def subclasses(self) -> list["W_TypeObject"]:
        """The live subclasses, oldest first (dead links are dropped)."""
        result = list(self.subclasses_w)
        if not self.subclass_links:
            return result
        live: list[WeakLink] = []
        for link in self.subclass_links:
            w_sub = link.get()
            if w_sub is not None:
                assert isinstance(w_sub, W_TypeObject)
                result.append(w_sub)
                live.append(link)
        if len(live) < len(self.subclass_links):
            self.subclass_links = live
        return result

    def compute_mros(self) -> None:
        """mro_w, and mro_full_w when classic classes are involved."""
        classic = len(self.bases_full_w) > 0
        for w_base in self.bases_w:
            if w_base.mro_full_w:
                classic = True
        if not classic:
            self.mro_full_w = []
            self.mro_w = compute_mro(self)
            return
        if not self.bases_full_w:
            for w_base in self.bases_w:
                self.bases_full_w.append(w_base)
        self.set_full_mro(compute_full_mro(self, self.bases_full_w))

    def set_full_mro(self, mro_w: list[W_Root]) -> None:
        """An mro that may contain classic classes (they are looked up in, but
        mro_w, used for subclass checks, holds only the types)."""
        types_w: list[W_TypeObject] = []
        has_classic = False
        for w_t in mro_w:
            if isinstance(w_t, W_TypeObject):
                types_w.append(w_t)
            else:
                has_classic = True
        self.mro_w = types_w
        self.mro_full_w = mro_w if has_classic else []

    def fix_descriptors(self) -> None:
        """Tell the built-in descriptors in the dict which type they belong to."""
        from pypy27.interpreter.gateway import W_Builtin
        from pypy27.interpreter.objspace.descriptors import W_GetSetProperty
        for w_value in self.dict_w.values():
            if isinstance(w_value, W_BuiltinNewMarker):
                if w_value.w_type is None:
                    w_value.w_type = self
            elif isinstance(w_value, W_Builtin):
                if w_value.is_method and w_value.w_objclass is None:
                    w_value.w_objclass = self
            elif isinstance(w_value, W_GetSetProperty):
                if w_value.w_objclass is None:
                    w_value.w_objclass = self

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        if self.w_metaclass is not None:
            return self.w_metaclass
        return space.w_type

    def lookup(self, name: str) -> Optional[W_Root]:
        if self.mro_full_w:
            return self.lookup_uncached(name)    # classic classes don't invalidate caches
        if self.is_heaptype or lookup_cache_state.builtin_types_complete:
            # built-in types' dicts are filled in at build time: their lookups are
            # cached only once make_space() has finished
            w_res = self.cache_w.get(name, cache_miss)
            if w_res is not cache_miss:
                return w_res
            w_res = self.lookup_uncached(name)
            self.cache_w[name] = w_res
            return w_res
        return self.lookup_uncached(name)

    def plain_getattribute(self) -> bool:
        """Do instances use object.__getattribute__ without a __getattr__?
        (Then attribute reads skip two lookups; cached like lookup().)"""
        if self.plain_ga_version == self.version:
            return self.plain_ga
        w_ga = self.lookup("__getattribute__")
        res = (w_ga is None or w_ga is type_state.w_object_getattribute) \
            and self.lookup("__getattr__") is None
        if (self.is_heaptype or lookup_cache_state.builtin_types_complete) and not self.mro_full_w:
            self.plain_ga = res            # (classic bases don't invalidate caches)
            self.plain_ga_version = self.version
        return res

    def plain_init(self) -> Optional[W_Function]:
        """For a class whose instances are made by object.__new__ (not
        overridden, not abstract) and initialised by a Python __init__: that
        function (then calling the class needs no other lookup).  Classes
        with __del__ take the general path (new_object registers those)."""
        if self.fast_init_version == self.version:
            return self.w_fast_init
        w_res: Optional[W_Function] = None
        w_new = self.lookup("__new__")
        w_init = self.lookup("__init__")
        if self.new_fn is new_object and isinstance(w_new, W_BuiltinNewMarker) and \
                isinstance(w_init, W_Function) and "__abstractmethods__" not in self.dict_w and \
                self.w_metaclass is None and self.lookup("__del__") is None:
            w_res = w_init
        if self.is_heaptype and not self.mro_full_w:
            self.w_fast_init = w_res
            self.fast_init_version = self.version
        return w_res

    def needs_finalizer(self) -> bool:
        """Does the class define __del__? (Cached like plain_getattribute(): only
        instances of such classes pay for finalization.)"""
        if self.has_del_version == self.version:
            return self.has_del
        res = self.lookup("__del__") is not None
        if not self.mro_full_w:
            self.has_del = res
            self.has_del_version = self.version
        return res

    def changed(self) -> None:
        """dict_w or the mro changed: invalidate this type's and its subclasses' caches."""
        self.version += 1
        if self.cache_w:
            self.cache_w = {}
        for w_sub in self.subclasses():
            w_sub.changed()

    def lookup_uncached(self, name: str) -> Optional[W_Root]:
        if self.mro_full_w:
            return lookup_full_mro(self.mro_full_w, name)
        for w_t in self.mro_w:
            w_v = w_t.dict_w.get(name, None)
            if w_v is not None:
                return w_v
        return None

    def lookup_where(self, name: str) -> Optional["W_TypeObject"]:
        for w_t in self.mro_w:
            if name in w_t.dict_w:
                return w_t
        return None

    def issubtype(self, w_other: "W_TypeObject") -> bool:
        for w_t in self.mro_w:
            if w_t is w_other:
                return True
        return False

    def setdictvalue(self, space: "ObjSpace", name: str, w_value: W_Root) -> bool:
        if not self.is_heaptype:
            raise space.type_error("can't set attributes of built-in/extension type '%s'" % self.name)
        self.dict_w[name] = w_value
        self.changed()
        return True

    def deldictvalue(self, space: "ObjSpace", name: str) -> bool:
        if not self.is_heaptype:
            raise space.type_error("can't set attributes of built-in/extension type '%s'" % self.name)
        if name not in self.dict_w:
            return False
        del self.dict_w[name]
        self.changed()
        return True

    def getdictvalue(self, space: "ObjSpace", name: str) -> Optional[W_Root]:
        return self.dict_w.get(name, None)

    def call_args(self, space: "ObjSpace", args: Arguments) -> W_Root:
        # type(x) with one argument is the type of x
        if self is space.w_type and len(args.args_w) == 1 and not args.keywords:
            return space.type(args.args_w[0])
        w_meta = self.w_metaclass
        if w_meta is not None:
            w_call = w_meta.lookup("__call__")
            if w_call is not None and w_call is not space.w_type.dict_w["__call__"]:
                return space.call_args(space.get_descr(w_call, self, w_meta), args)
        return self.call_type(space, args)

    def call_type(self, space: "ObjSpace", args: Arguments) -> W_Root:
        """type.__call__: __new__, then __init__ if the result is an instance."""
        if args.w_stararg is not None or args.w_starstararg is not None:
            # fold *args/**kwargs once: __new__ and __init__ share this Arguments;
            # a **dict with non-string keys stays as it is for dict() (2.7's dict(**{1: 2}))
            w_kw = args.w_starstararg
            if w_kw is not None and not str_keys_only(space, w_kw):
                args.w_starstararg = None
                args.unpack_stars(space, "type object")
                args.w_starstararg = w_kw
            else:
                args.unpack_stars(space, "type object")
        elif not args.keywords:
            w_fast_init = self.plain_init()
            if w_fast_init is not None:
                w_inst = W_ObjectObject(self)
                w_ret = w_fast_init.call_positional(space, [w_inst] + args.args_w)
                if not space.is_w(w_ret, space.w_None):
                    raise space.type_error("__init__() should return None, not '%s'" % space.type(w_ret).name)
                return w_inst
        w_new = self.lookup("__new__")
        if w_new is not None and not isinstance(w_new, W_BuiltinNewMarker):
            w_obj = space.call_args(space.get_descr(w_new, None, self), args.prepend(self))
        else:
            w_obj = self.new_fn(space, self, args)
        if not space.type(w_obj).issubtype(self):
            return w_obj
        w_init = space.lookup(w_obj, "__init__")
        if w_init is not None and not isinstance(w_init, W_BuiltinNewMarker):
            if w_init is space.w_object.dict_w["__init__"] and space.type(w_obj) is self \
                    and not self.is_heaptype and w_new is not space.w_object.dict_w["__new__"]:
                # int("12"), str(x)...: a built-in type's own __new__ and object.__init__,
                # which then accepts any arguments (2.7's object_init): nothing to call
                return w_obj
            if isinstance(w_init, W_Function) and not args.keywords and args.w_stararg is None \
                    and args.w_starstararg is None:
                w_res = w_init.call_positional(space, [w_obj] + args.args_w)     # no bound method
            else:
                w_res = space.call_args(space.get(w_init, w_obj), args)
            if not space.is_w(w_res, space.w_None):
                raise space.type_error("__init__() should return None, not '%s'" % space.type(w_res).name)
        return w_obj


def str_keys_only(space: "ObjSpace", w_kw: W_Root) -> bool:
    if not space.isinstance_w(w_kw, space.w_dict):
        return True       # not a dict: unpack_stars reports it
    for w_key in space.listview(w_kw):
        if not space.isinstance_w(w_key, space.w_str):
            return False
    return True


cache_miss = W_Root()     # marker for W_TypeObject.cache_w


class W_BuiltinNewMarker(W_Root):
    """Placeholder in a built-in type's dict for its interpreter-level
    __new__/__init__: the type's new_fn does the work. As `__new__` it is also
    callable at app level: `int.__new__(MyInt, 5)`."""
    w_type: Optional[W_TypeObject]     # the type whose dict holds it (set by W_TypeObject)

    def __init__(self) -> None:
        self.w_type = None

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        return space.w_builtin_function

    def is_interp_descr(self) -> bool:
        return True

    def descr_get(self, space: "ObjSpace", w_obj: Optional[W_Root], w_type: W_Root) -> W_Root:
        return self

    def call_args(self, space: "ObjSpace", args: Arguments) -> W_Root:
        w_owner = self.w_type
        owner = w_owner.name if w_owner is not None else "object"
        if not args.args_w:
            raise space.type_error("%s.__new__(): not enough arguments" % owner)
        w_sub = args.args_w[0]
        if not isinstance(w_sub, W_TypeObject):
            raise space.type_error("%s.__new__(X): X is not a type object (%s)" % (owner, space.type(w_sub).name))
        if w_owner is None:
            return w_sub.call_args(space, args)
        if not w_sub.issubtype(w_owner):
            raise space.type_error("%s.__new__(%s): %s is not a subtype of %s"
                                   % (owner, w_sub.name, w_sub.name, owner))
        new_fn = w_owner.new_fn
        if w_sub.new_fn is not new_fn:
            w_staticbase = w_sub
            while w_staticbase.is_heaptype and w_staticbase.bases_w:
                w_staticbase = w_staticbase.bases_w[0]
            raise space.type_error("%s.__new__(%s) is not safe, use %s.__new__()"
                                   % (owner, w_sub.name, w_staticbase.name))
        rest = Arguments(args.args_w[1:], args.keywords, args.keywords_w, args.w_stararg, args.w_starstararg)
        return new_fn(space, w_sub, rest)


def compute_mro(w_type: W_TypeObject) -> list[W_TypeObject]:
    """C3 linearisation (new-style classes)."""
    seqs: list[list[W_TypeObject]] = []
    for w_b in w_type.bases_w:
        seqs.append(w_b.mro_w[:])
    seqs.append(w_type.bases_w[:])
    result = [w_type]
    while True:
        nonempty: list[list[W_TypeObject]] = []
        for seq in seqs:
            if len(seq) > 0:
                nonempty.append(seq)
        seqs = nonempty
        if len(seqs) == 0:
            return result
        candidate: Optional[W_TypeObject] = None
        for seq in seqs:
            head = seq[0]
            in_tail = False
            for other in seqs:
                if head in other[1:]:
                    in_tail = True
                    break
            if not in_tail:
                candidate = head
                break
        if candidate is None:
            names: list[str] = []
            for w_b in w_type.bases_w:
                names.append(w_b.name)
            raise MroError("Cannot create a consistent method resolution\norder (MRO) for bases "
                           + ", ".join(names))
        result.append(candidate)
        for seq in seqs:
            if seq[0] is candidate:
                del seq[0]


def lookup_full_mro(mro_w: list[W_Root], name: str) -> Optional[W_Root]:
    from pypy27.interpreter.objspace.classobj import W_ClassObject
    for w_t in mro_w:
        if isinstance(w_t, W_TypeObject):
            w_v = w_t.dict_w.get(name, None)
        elif isinstance(w_t, W_ClassObject):
            w_v = w_t.storage.get(w_t.space, name)
        else:
            w_v = None
        if w_v is not None:
            return w_v
    return None


def classic_mro(w_class: W_Root, result: list[W_Root]) -> None:
    """An old-style class's lookup order: depth first, left to right, each once."""
    from pypy27.interpreter.objspace.classobj import W_ClassObject
    if w_class in result:
        return
    result.append(w_class)
    if isinstance(w_class, W_ClassObject):
        for w_b in w_class.bases_w:
            classic_mro(w_b, result)


def base_mro(w_base: W_Root) -> list[W_Root]:
    if isinstance(w_base, W_TypeObject):
        if w_base.mro_full_w:
            return w_base.mro_full_w[:]
        res: list[W_Root] = []
        for w_t in w_base.mro_w:
            res.append(w_t)
        return res
    res = []
    classic_mro(w_base, res)
    return res


def compute_full_mro(w_type: W_TypeObject, bases_w: list[W_Root]) -> list[W_Root]:
    """C3 linearisation over new-style and classic bases, as 2.7 does for
    `class C(Old, object)`: a classic base contributes its depth-first order."""
    seqs: list[list[W_Root]] = []
    for w_b in bases_w:
        seqs.append(base_mro(w_b))
    seqs.append(bases_w[:])
    result: list[W_Root] = [w_type]
    while True:
        nonempty: list[list[W_Root]] = []
        for seq in seqs:
            if len(seq) > 0:
                nonempty.append(seq)
        seqs = nonempty
        if len(seqs) == 0:
            return result
        candidate: Optional[W_Root] = None
        for seq in seqs:
            head = seq[0]
            in_tail = False
            for other in seqs:
                if head in other[1:]:
                    in_tail = True
                    break
            if not in_tail:
                candidate = head
                break
        if candidate is None:
            raise MroError("Cannot create a consistent method resolution\norder (MRO) for bases "
                           + ", ".join([class_name_of(w_b) for w_b in bases_w]))
        result.append(candidate)
        for seq in seqs:
            if seq[0] is candidate:
                del seq[0]


def class_name_of(w_class: W_Root) -> str:
    from pypy27.interpreter.objspace.classobj import W_ClassObject
    if isinstance(w_class, W_TypeObject):
        return w_class.name
    if isinstance(w_class, W_ClassObject):
        return w_class.name
    return "?"


class MroError(Exception):
    msg: str

    def __init__(self, msg: str) -> None:
        self.msg = msg


class W_ObjectObject(AttrStorage):
    """An instance of a user-defined new-style class: its attributes live in
    the instance itself (AttrStorage, maps: mapdict.py)."""
    w_class: W_TypeObject
    slots_w: list[Optional[W_Root]]     # NO_SLOTS when the class has no __slots__

    def __init__(self, w_class: W_TypeObject) -> None:
        AttrStorage.__init__(self)
        self.w_class = w_class
        self.slots_w = [None] * w_class.nslots if w_class.nslots else NO_SLOTS

    def getclass(self, space: "ObjSpace") -> W_TypeObject:
        return self.w_class

    def getdict(self, space: "ObjSpace") -> Optional[W_Root]:
        if not self.w_class.hasdict:
            return None
        return self.attr_dict(space)

    def getdictvalue(self, space: "ObjSpace", name: str) -> Optional[W_Root]:
        return self.get(space, name)

    def setdictvalue(self, space: "ObjSpace", name: str, w_value: W_Root) -> bool:
        if not self.w_class.hasdict:
            return False
        self.set(space, name, w_value)
        return True

    def deldictvalue(self, space: "ObjSpace", name: str) -> bool:
        return self.delete(space, name)


NO_SLOTS: list[Optional[W_Root]] = []    # shared by instances without __slots__; never written


def new_object(space: "ObjSpace", w_subtype: W_TypeObject, args: Arguments) -> W_Root:
    """object.__new__: a plain instance."""
    object_new_check(space, w_subtype, args)
    w_abstract = w_subtype.dict_w.get("__abstractmethods__", None)
    if w_abstract is not None and space.is_true(w_abstract):
        names: list[str] = []
        for w_name in space.listview(w_abstract):
            names.append(space.str_w(w_name))
        names.sort()
        raise space.type_error("Can't instantiate abstract class %s with abstract methods %s"
                               % (w_subtype.name, ", ".join(names)))
    w_obj = W_ObjectObject(w_subtype)
    if w_subtype.needs_finalizer():
        from pypy27.interpreter.module.gc.finalize import watch_instance
        watch_instance(w_obj)
    return w_obj


def raise_mro_error(space: "ObjSpace", e: MroError) -> OperationError:
    return space.type_error(e.msg)


# ---- type's methods and attributes ----------------------------------------------------

class TypeState(object):
    """Built-in objects the generic protocols compare against (set at build time)."""
    w_object_getattribute: W_Root
    w_object_setattr: W_Root
    w_object_delattr: W_Root
    w_type_getattribute: W_Root
    w_type_setattr: W_Root
    w_type_delattr: W_Root
    w_object_init: W_Root
    w_object_new: W_Root
    w_object_repr: W_Root
    w_object_str: W_Root
    w_object_hash: W_Root
    w_dictproxy: W_TypeObject


type_state = TypeState()


class W_LazyDoc(W_Root):
    """The __doc__ of a built-in type, created before the str type exists:
    it reads as a str."""
    doc: str

    def __init__(self, doc: str) -> None:
        self.doc = doc

    def getclass(self, space: "ObjSpace") -> W_TypeObject:
        return space.w_str

    def is_interp_descr(self) -> bool:
        return True

    def descr_get(self, space: "ObjSpace", w_obj: Optional[W_Root], w_type: W_Root) -> W_Root:
        return space.newstr(self.doc)


def resolve_dict_value(space: "ObjSpace", w_value: W_Root) -> W_Root:
    if isinstance(w_value, W_LazyDoc):
        return space.newstr(w_value.doc)
    return w_value


def as_type(space: "ObjSpace", w_obj: W_Root, what: str) -> W_TypeObject:
    if not isinstance(w_obj, W_TypeObject):
        raise space.type_error("descriptor '%s' requires a 'type' object but received a '%s'"
                               % (what, space.type(w_obj).name))
    return w_obj


def type_init(space: "ObjSpace", args: Arguments) -> W_Root:
    args.unpack_stars(space, "type.__init__")
    if args.keywords:
        raise space.type_error("type.__init__() takes no keyword arguments")
    n = len(args.args_w) - 1
    if n != 1 and n != 3:
        raise space.type_error("type.__init__() takes 1 or 3 arguments")
    return space.w_None


def type_call(space: "ObjSpace", args: Arguments) -> W_Root:
    if not args.args_w:
        raise space.type_error("descriptor '__call__' of 'type' object needs an argument")
    w_type = as_type(space, args.args_w[0], "__call__")
    rest = Arguments(args.args_w[1:], args.keywords, args.keywords_w, args.w_stararg, args.w_starstararg)
    return w_type.call_type(space, rest)


def type_repr(space: "ObjSpace", w_self: W_Root) -> W_Root:
    from pypy27.interpreter.objspace.objectobject import type_module_name, type_short_name
    w_type = as_type(space, w_self, "__repr__")
    kind = "class" if w_type.is_heaptype else "type"
    mod = type_module_name(space, w_type)
    if w_type.is_heaptype:
        w_mod = w_type.dict_w.get("__module__", None)
        if w_mod is None or not space.isinstance_w(w_mod, space.w_str):
            return space.newstr("<%s '%s'>" % (kind, w_type.name))
    if mod != "__builtin__":
        return space.newstr("<%s '%s.%s'>" % (kind, mod, type_short_name(w_type)))
    return space.newstr("<%s '%s'>" % (kind, type_short_name(w_type)))


def type_getattribute(space: "ObjSpace", w_self: W_Root, w_name: W_Root) -> W_Root:
    from pypy27.interpreter.objspace import descroperation
    name = descroperation.attr_name(space, w_name)
    w_type = as_type(space, w_self, "__getattribute__")
    w_res = descroperation.type_getattribute(space, w_type, name)
    if w_res is None:
        raise descroperation.attribute_error(space, w_type, name)
    return w_res


def type_setattr(space: "ObjSpace", w_self: W_Root, w_name: W_Root, w_value: W_Root) -> W_Root:
    from pypy27.interpreter.objspace import descroperation
    name = descroperation.attr_name(space, w_name)
    w_type = as_type(space, w_self, "__setattr__")
    descroperation.type_setattr(space, w_type, name, w_value)
    return space.w_None


def type_delattr(space: "ObjSpace", w_self: W_Root, w_name: W_Root) -> W_Root:
    from pypy27.interpreter.objspace import descroperation
    name = descroperation.attr_name(space, w_name)
    w_type = as_type(space, w_self, "__delattr__")
    descroperation.type_delattr(space, w_type, name)
    return space.w_None


def type_get_name(space: "ObjSpace", w_self: W_Root) -> W_Root:
    from pypy27.interpreter.objspace.objectobject import type_short_name
    return space.newstr(type_short_name(as_type(space, w_self, "__name__")))


def type_set_name(space: "ObjSpace", w_self: W_Root, w_value: W_Root) -> None:
    w_type = as_type(space, w_self, "__name__")
    if not w_type.is_heaptype:
        raise space.type_error("can't set %s.__name__" % w_type.name)
    if not space.isinstance_w(w_value, space.w_str):
        raise space.type_error("can only assign string to %s.__name__, not '%s'"
                               % (w_type.name, space.type(w_value).name))
    name = space.str_w(w_value)
    if "\x00" in name:
        raise space.value_error("__name__ must not contain null bytes")
    w_type.name = name


def type_del_name(space: "ObjSpace", w_self: W_Root) -> None:
    raise space.type_error("can't delete %s.__name__" % as_type(space, w_self, "__name__").name)


def type_del_module(space: "ObjSpace", w_self: W_Root) -> None:
    raise space.type_error("can't delete %s.__module__" % as_type(space, w_self, "__module__").name)


def type_del_bases(space: "ObjSpace", w_self: W_Root) -> None:
    raise space.type_error("can't delete %s.__bases__" % as_type(space, w_self, "__bases__").name)


def type_get_module(space: "ObjSpace", w_self: W_Root) -> W_Root:
    from pypy27.interpreter.objspace.objectobject import type_module_name
    w_type = as_type(space, w_self, "__module__")
    if w_type.is_heaptype:
        w_mod = w_type.dict_w.get("__module__", None)
        if w_mod is None:
            raise space.error(space.w_AttributeError, "__module__")
        return w_mod
    return space.newstr(type_module_name(space, w_type))


def type_set_module(space: "ObjSpace", w_self: W_Root, w_value: W_Root) -> None:
    w_type = as_type(space, w_self, "__module__")
    if not w_type.is_heaptype:
        raise space.type_error("can't set %s.__module__" % w_type.name)
    w_type.dict_w["__module__"] = w_value
    w_type.changed()


def type_get_bases(space: "ObjSpace", w_self: W_Root) -> W_Root:
    w_type = as_type(space, w_self, "__bases__")
    if w_type.bases_full_w:
        return space.newtuple(w_type.bases_full_w[:])
    bases_w: list[W_Root] = []
    for w_b in w_type.bases_w:
        bases_w.append(w_b)
    return space.newtuple(bases_w)


def layout_base(bases_w: list[W_TypeObject]) -> Optional[W_TypeObject]:
    """The first base that brings a built-in instance layout (None: plain objects)."""
    for w_b in bases_w:
        fn = w_b.new_fn
        if fn is not no_new_fn and fn is not new_object:
            return w_b
    return None


def check_bases_layout(space: "ObjSpace", w_type: W_TypeObject, new_bases: list[W_TypeObject]) -> None:
    """__bases__ assignment keeps the instance layout (a list subclass does not
    become a dict subclass)."""
    w_old = layout_base(w_type.bases_w)
    w_new = layout_base(new_bases)
    old_fn = new_object if w_old is None else w_old.new_fn
    new_fn = new_object if w_new is None else w_new.new_fn
    if old_fn is new_fn:
        return
    old_name = "object"
    if w_old is not None:
        for w_t in w_old.mro_w:
            if not w_t.is_heaptype:
                old_name = w_t.name
                break
    new_name = "object" if w_new is None else w_new.name
    raise space.type_error("__bases__ assignment: '%s' deallocator differs from '%s'" % (new_name, old_name))


def type_set_bases(space: "ObjSpace", w_self: W_Root, w_value: W_Root) -> None:
    w_type = as_type(space, w_self, "__bases__")
    if not w_type.is_heaptype:
        raise space.type_error("can't set %s.__bases__" % w_type.name)
    if not space.isinstance_w(w_value, space.w_tuple):
        raise space.type_error("can only assign tuple to %s.__bases__, not %s"
                               % (w_type.name, space.type(w_value).name))
    items_w = space.fixedview(w_value, -1)
    if not items_w:
        raise space.type_error("can only assign non-empty tuple to %s.__bases__, not ()" % w_type.name)
    new_bases: list[W_TypeObject] = []
    for w_b in items_w:
        if not isinstance(w_b, W_TypeObject):
            raise space.type_error("%s.__bases__ must be tuple of old- or new-style classes, not '%s'"
                                   % (w_type.name, space.type(w_b).name))
        if w_b.issubtype(w_type):
            raise space.type_error("a __bases__ item causes an inheritance cycle")
        if not w_b.is_heaptype and w_b.name in FINAL_TYPES:
            raise space.type_error("type '%s' is not an acceptable base type" % w_b.name)
        new_bases.append(w_b)
    check_bases_layout(space, w_type, new_bases)
    old_bases = w_type.bases_w
    w_type.bases_w = new_bases
    w_type.bases_full_w = []
    try:
        recompute_mros(w_type)
    except MroError as e:
        w_type.bases_w = old_bases
        recompute_mros(w_type)
        raise raise_mro_error(space, e)
    for w_b in old_bases:
        w_b.remove_subclass(w_type)
    for w_b in new_bases:
        w_b.add_subclass(w_type)


def recompute_mros(w_type: W_TypeObject) -> None:
    w_type.compute_mros()
    w_type.changed()
    for w_sub in w_type.subclasses():
        recompute_mros(w_sub)


def solid_base(w_type: W_TypeObject) -> Optional[W_TypeObject]:
    if not w_type.bases_w:
        return None
    for w_b in w_type.bases_w:
        if w_b.new_fn is w_type.new_fn and w_b.new_fn is not new_object:
            return w_b
    return w_type.bases_w[0]


def type_get_base(space: "ObjSpace", w_self: W_Root) -> W_Root:
    w_base = solid_base(as_type(space, w_self, "__base__"))
    if w_base is None:
        return space.w_None
    return w_base


def type_get_mro(space: "ObjSpace", w_self: W_Root) -> W_Root:
    w_type = as_type(space, w_self, "__mro__")
    if w_type.mro_full_w:
        return space.newtuple(w_type.mro_full_w[:])
    mro_w: list[W_Root] = []
    for w_t in w_type.mro_w:
        mro_w.append(w_t)
    return space.newtuple(mro_w)


def type_mro(space: "ObjSpace", w_self: W_Root) -> W_Root:
    """type.mro(): the C3 order computed afresh (a metaclass's mro() may differ)."""
    w_type = as_type(space, w_self, "mro")
    bases_w: list[W_Root] = w_type.bases_full_w[:]
    if not bases_w:
        for w_b in w_type.bases_w:
            bases_w.append(w_b)
    try:
        return space.newlist(compute_full_mro(w_type, bases_w))
    except MroError as e:
        raise raise_mro_error(space, e)


def type_compare(space: "ObjSpace", w_self: W_Root, w_other: W_Root, op: str) -> W_Root:
    """2.7's type_richcompare: types compare by identity (ordering by
    address); anything else is NotImplemented."""
    from pypy27.interpreter.objspace.objectobject import object_id
    if not isinstance(w_self, W_TypeObject) or not isinstance(w_other, W_TypeObject):
        return space.w_NotImplemented
    if op == "eq":
        return space.newbool(w_self is w_other)
    if op == "ne":
        return space.newbool(w_self is not w_other)
    a = object_id(w_self)
    b = object_id(w_other)
    if op == "lt":
        return space.newbool(a < b)
    if op == "le":
        return space.newbool(a <= b)
    if op == "gt":
        return space.newbool(a > b)
    return space.newbool(a >= b)


def type_eq(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return type_compare(space, w_self, w_other, "eq")


def type_ne(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return type_compare(space, w_self, w_other, "ne")


def type_lt(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return type_compare(space, w_self, w_other, "lt")


def type_le(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return type_compare(space, w_self, w_other, "le")


def type_gt(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return type_compare(space, w_self, w_other, "gt")


def type_ge(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return type_compare(space, w_self, w_other, "ge")


def type_subclasses(space: "ObjSpace", w_self: W_Root) -> W_Root:
    w_type = as_type(space, w_self, "__subclasses__")
    subs_w: list[W_Root] = []
    for w_t in w_type.subclasses():
        subs_w.append(w_t)
    return space.newlist(subs_w)


def type_instancecheck(space: "ObjSpace", w_self: W_Root, w_inst: W_Root) -> W_Root:
    from pypy27.interpreter.objspace import descroperation
    w_type = as_type(space, w_self, "__instancecheck__")
    return space.newbool(descroperation.recursive_isinstance(space, w_inst, w_type))


def type_subclasscheck(space: "ObjSpace", w_self: W_Root, w_sub: W_Root) -> W_Root:
    from pypy27.interpreter.objspace import descroperation
    w_type = as_type(space, w_self, "__subclasscheck__")
    return space.newbool(descroperation.recursive_issubclass(space, w_sub, w_type))


def type_get_doc(space: "ObjSpace", w_self: W_Root) -> W_Root:
    w_type = as_type(space, w_self, "__doc__")
    w_doc = w_type.dict_w.get("__doc__", None)
    if w_doc is None:
        return space.w_None
    if isinstance(w_doc, W_LazyDoc):
        return space.newstr(w_doc.doc)
    if not w_type.is_heaptype:
        return w_doc
    return space.get_descr(w_doc, None, w_type)


def type_get_abstractmethods(space: "ObjSpace", w_self: W_Root) -> W_Root:
    w_type = as_type(space, w_self, "__abstractmethods__")
    w_res = w_type.dict_w.get("__abstractmethods__", None) if w_type is not space.w_type else None
    if w_res is None:
        raise space.error(space.w_AttributeError, "__abstractmethods__")
    return w_res


def type_set_abstractmethods(space: "ObjSpace", w_self: W_Root, w_value: W_Root) -> None:
    w_type = as_type(space, w_self, "__abstractmethods__")
    w_type.dict_w["__abstractmethods__"] = w_value
    w_type.changed()


def type_del_abstractmethods(space: "ObjSpace", w_self: W_Root) -> None:
    w_type = as_type(space, w_self, "__abstractmethods__")
    if "__abstractmethods__" not in w_type.dict_w:
        raise space.error(space.w_AttributeError, "__abstractmethods__")
    del w_type.dict_w["__abstractmethods__"]
    w_type.changed()


def type_get_dict(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return W_DictProxy(as_type(space, w_self, "__dict__"))


# ---- type(name, bases, dict) and class statements ----------------------------------------

FINAL_TYPES = {"bool": True, "NoneType": True, "NotImplementedType": True, "ellipsis": True,
               "function": True, "builtin_function_or_method": True, "instancemethod": True,
               "generator": True, "code": True, "frame": True, "cell": True, "xrange": True,
               "slice": True, "buffer": True, "memoryview": True, "dictproxy": True,
               "getset_descriptor": True, "member_descriptor": True, "method_descriptor": True,
               "wrapper_descriptor": True, "method-wrapper": True, "traceback": True,
               "listiterator": True, "tupleiterator": True, "iterator": True, "callable-iterator": True,
               "dictionary-keyiterator": True, "dictionary-valueiterator": True,
               "dictionary-itemiterator": True, "rangeiterator": True, "classobj": True, "instance": True,
               "listreverseiterator": True, "setiterator": True, "bytearray_iterator": True,
               "dict_keys": True, "dict_values": True, "dict_items": True,
               "weakproxy": True, "weakcallableproxy": True, "operator.itemgetter": True,
               "operator.attrgetter": True, "operator.methodcaller": True,
               "_sre.SRE_Pattern": True, "_sre.SRE_Match": True, "_sre.SRE_Scanner": True}


def type_new(space: "ObjSpace", w_subtype: W_TypeObject, args: Arguments) -> W_Root:
    args.unpack_stars(space, "type()")
    args_w = args.args_w
    if w_subtype is space.w_type and len(args_w) == 1 and not args.keywords:
        return space.type(args_w[0])
    if len(args_w) + len(args.keywords) != 3:
        raise space.type_error("type() takes 1 or 3 arguments")
    if args.keywords:
        args_w = _type_args_by_keyword(space, args_w, args.keywords, args.keywords_w)
    w_name = args_w[0]
    w_bases = args_w[1]
    w_dict = args_w[2]
    if not space.isinstance_w(w_name, space.w_str):
        raise space.type_error("type() argument 1 must be string, not %s" % space.type(w_name).name)
    if "\x00" in space.str_w(w_name):
        raise space.value_error("type name must not contain null characters")
    if not space.isinstance_w(w_bases, space.w_tuple):
        raise space.type_error("type() argument 2 must be tuple, not %s" % space.type(w_bases).name)
    if not space.isinstance_w(w_dict, space.w_dict):
        raise space.type_error("type() argument 3 must be dict, not %s" % space.type(w_dict).name)
    bases_w = space.fixedview(w_bases, -1)
    # the most derived metaclass wins
    w_winner = w_subtype
    for w_base in bases_w:
        w_bt = space.type(w_base)
        if w_winner.issubtype(w_bt):
            continue
        if w_bt.issubtype(w_winner):
            w_winner = w_bt
            continue
        if w_bt is space.w_classobj:
            continue
        raise space.type_error("metaclass conflict: the metaclass of a derived class must be a "
                               "(non-strict) subclass of the metaclasses of all its bases")
    if w_winner is not w_subtype:
        w_new = w_winner.lookup("__new__")
        if w_new is not None and w_new is not space.w_type.dict_w["__new__"]:
            return space.call_function(space.get_descr(w_new, None, w_winner),
                                       [w_winner, w_name, w_bases, w_dict])
        w_subtype = w_winner
    dict_w: dict[str, W_Root] = {}
    for w_item in space.listview(space.call_method(w_dict, "items", [])):
        w_pair = space.fixedview(w_item, 2)
        dict_w[space.str_w(w_pair[0])] = w_pair[1]
    return make_heaptype(space, w_subtype, space.str_w(w_name), bases_w, dict_w)


def _type_args_by_keyword(space: "ObjSpace", args_w: list[W_Root], keywords: list[str],
                          keywords_w: list[W_Root]) -> list[W_Root]:
    """type.__new__(type, name=..., bases=..., dict=...): 2.7 takes the three
    arguments by keyword too."""
    names = ["name", "bases", "dict"]
    out: list[Optional[W_Root]] = [None, None, None]
    for i in range(len(args_w)):
        out[i] = args_w[i]
    unknown = ""
    for j in range(len(keywords)):
        kw = keywords[j]
        if kw not in names:
            unknown = kw        # reported after the missing arguments, like 2.7
            continue
        k = names.index(kw)
        if out[k] is not None:
            raise space.type_error("Argument given by name ('%s') and position (%d)" % (kw, k + 1))
        out[k] = keywords_w[j]
    result: list[W_Root] = []
    for k in range(3):
        w_x = out[k]
        if w_x is None:
            raise space.type_error("Required argument '%s' (pos %d) not found" % (names[k], k + 1))
        result.append(w_x)
    if unknown:
        raise space.type_error("'%s' is an invalid keyword argument for this function" % unknown)
    return result


def is_identifier(s: str) -> bool:
    if not s or s[0].isdigit():
        return False
    for c in s:
        if not (c.isalnum() or c == "_"):
            return False
    return True


def mangle(name: str, classname: str) -> str:
    if not name.startswith("__") or name.endswith("__") or "." in name:
        return name
    stripped = classname.lstrip("_")
    if not stripped:
        return name
    return "_" + stripped + name


def make_heaptype(space: "ObjSpace", w_metatype: W_TypeObject, name: str, bases_in_w: list[W_Root],
                  dict_w: dict[str, W_Root]) -> W_TypeObject:
    from pypy27.interpreter.objspace.descriptors import W_GetSetProperty, W_MemberDescr, W_ClassMethod, \
        descr_types
    from pypy27.interpreter.objspace import objectobject
    bases_w: list[W_TypeObject] = []
    has_classic = False
    for w_b in bases_in_w:
        if isinstance(w_b, W_TypeObject):
            if not w_b.is_heaptype and w_b.name in FINAL_TYPES:
                raise space.type_error("type '%s' is not an acceptable base type" % w_b.name)
            if w_b in bases_w:
                raise space.type_error("duplicate base class %s" % w_b.name)
            bases_w.append(w_b)
        elif space.type(w_b) is space.w_classobj:
            has_classic = True
            continue
        else:
            raise space.type_error("bases must be types")
    if not bases_w:
        if bases_in_w:
            raise space.type_error("a new-style class can't have only classic bases")
        bases_w = [space.w_object]
    # the instance layout: at most one built-in base with its own layout
    new_fn: NewFn = new_object
    for w_b in bases_w:
        fn = w_b.new_fn
        if fn is no_new_fn or fn is new_object:
            continue
        if new_fn is new_object:
            new_fn = fn
        elif fn is not new_fn:
            # BaseException's layout is a prefix of every exception layout
            # (class UnsupportedOperation(ValueError, IOError) is legal)
            from pypy27.interpreter.objspace.exceptions import is_exception_layout, new_base
            if new_fn is new_base and is_exception_layout(fn):
                new_fn = fn
            elif not (fn is new_base and is_exception_layout(new_fn)):
                raise space.type_error("multiple bases have instance lay-out conflict")
    base_hasdict = False
    base_nslots = 0
    for w_b in bases_w:
        # a metaclass's instances are types: their __dict__ is type's, not a new one
        if w_b.hasdict or w_b.issubtype(space.w_type):
            base_hasdict = True
        if w_b.nslots > base_nslots:
            base_nslots = w_b.nslots
    hasdict = True
    has_weakref = True
    weakref_getset = True       # no __slots__, or '__weakref__' among them
    slot_names: list[str] = []
    w_slots = dict_w.get("__slots__", None)
    if w_slots is not None:
        hasdict = False
        has_weakref = False
        weakref_getset = False
        for w_b in bases_w:
            if w_b.weakrefable:
                has_weakref = True
        if space.isinstance_w(w_slots, space.w_str) or space.isinstance_w(w_slots, space.w_unicode):
            items_w = [w_slots]
        else:
            items_w = space.listview(w_slots)
        for w_item in items_w:
            if space.isinstance_w(w_item, space.w_unicode):
                w_item = space.call_method(w_item, "encode", [])
            if not space.isinstance_w(w_item, space.w_str):
                raise space.type_error("__slots__ items must be strings, not '%s'" % space.type(w_item).name)
            slot = space.str_w(w_item)
            if not is_identifier(slot):
                raise space.type_error("__slots__ must be identifiers")
            if slot == "__dict__":
                if hasdict or base_hasdict:
                    raise space.type_error("__dict__ slot disallowed: we already got one")
                hasdict = True
                continue
            if slot == "__weakref__":
                if has_weakref:
                    raise space.type_error("__weakref__ slot disallowed: either we already got one, "
                                           "or __itemsize__ != 0")
                has_weakref = True
                weakref_getset = True
                continue
            slot_names.append(mangle(slot, name))
        if slot_names and new_fn is not new_object:
            w_solid = bases_w[0]
            for w_b in bases_w:
                if w_b.new_fn is new_fn:
                    w_solid = w_b
                    break
            if w_solid.name in ("long", "str", "tuple"):     # 2.7's variable-size layouts
                raise space.type_error("nonempty __slots__ not supported for subtype of '%s'" % w_solid.name)
    if hasdict and not base_hasdict:
        # a __dict__ or __weakref__ the class body defines itself wins (2.7's add_getset)
        if "__dict__" not in dict_w:
            dict_w["__dict__"] = W_GetSetProperty("__dict__", objectobject.object_get_dict,
                                                  objectobject.object_set_dict, objectobject.object_del_dict,
                                                  doc="dictionary for instance variables (if defined)")
    if weakref_getset and "__weakref__" not in dict_w:
        base_weakrefable = False
        for w_b in bases_w:
            if w_b.weakrefable:
                base_weakrefable = True
        if not base_weakrefable:
            dict_w["__weakref__"] = W_GetSetProperty("__weakref__", objectobject.object_get_weakref,
                                                     doc="list of weak references to the object (if defined)")
    members: list[W_MemberDescr] = []
    for i in range(len(slot_names)):
        w_member = W_MemberDescr(slot_names[i], base_nslots + i, space.w_object)
        members.append(w_member)
        if slot_names[i] not in dict_w:      # a class attribute of that name wins (2.7)
            dict_w[slot_names[i]] = w_member
    w_new = dict_w.get("__new__", None)
    if w_new is not None and space.type(w_new) is space.w_function:
        dict_w["__new__"] = W_ClassMethod(descr_types.w_staticmethod, w_new, True)
    if "__doc__" not in dict_w:
        dict_w["__doc__"] = space.w_None
    if "__module__" not in dict_w:
        w_modname = caller_module_name(space)
        if w_modname is not None:
            dict_w["__module__"] = w_modname
    try:
        w_type = W_TypeObject(name, bases_w, dict_w, is_heaptype=True, new_fn=new_fn,
                              bases_full_w=bases_in_w[:] if has_classic else None)
    except MroError as e:
        raise raise_mro_error(space, e)
    if w_metatype is not space.w_type:
        w_type.w_metaclass = w_metatype
        custom_mro(space, w_type, w_metatype)
    w_type.hasdict = hasdict or base_hasdict
    w_type.nslots = base_nslots + len(slot_names)
    # like 2.7, no weak references to subclasses of the variable-size types
    w_type.weakrefable = has_weakref and not variable_size_layout(bases_w)
    for w_member in members:
        w_member.w_objclass = w_type
    return w_type


def variable_size_layout(bases_w: list[W_TypeObject]) -> bool:
    """Is the instance layout one of the types 2.7 stores inline with a
    variable size (long, str, tuple: no room for a weak reference list)?"""
    for w_b in bases_w:
        for w_t in w_b.mro_w:
            if not w_t.is_heaptype:
                if w_t.name == "long" or w_t.name == "str" or w_t.name == "tuple":
                    return True
                break
    return False


def custom_mro(space: "ObjSpace", w_type: W_TypeObject, w_metatype: W_TypeObject) -> None:
    """A metaclass overriding mro() decides the new class's mro."""
    from pypy27.interpreter.objspace.classobj import W_ClassObject
    w_mro = w_metatype.lookup("mro")
    if w_mro is None or w_mro is space.w_type.lookup("mro"):
        return
    items_w = space.fixedview(space.call_function(space.get_descr(w_mro, w_type, w_metatype), []), -1)
    for w_t in items_w:
        if not isinstance(w_t, W_TypeObject) and not isinstance(w_t, W_ClassObject):
            raise space.type_error("mro() returned a non-class ('%s')" % space.type(w_t).name)
    w_type.set_full_mro(items_w)
    w_type.changed()


def caller_module_name(space: "ObjSpace") -> Optional[W_Root]:
    """__name__ in the globals of the running frame (type() sets __module__ so)."""
    from pypy27.interpreter.executioncontext import get_ec
    from pypy27.interpreter.objspace.objectobject import dict_finditem_str
    frame = get_ec(space).getframe(0)
    if frame is None:
        return None
    return dict_finditem_str(space, frame.w_globals, "__name__")


def build_class(space: "ObjSpace", w_name: W_Root, w_bases: W_Root, w_dict: W_Root,
                w_globals: Optional[W_Root] = None) -> W_Root:
    """The class statement (BUILD_CLASS): the metaclass is __metaclass__ in the
    class body, else the class of the first base, else the module's global
    __metaclass__, else old-style classes (classobj)."""
    from pypy27.interpreter.objspace.objectobject import dict_finditem_str
    w_meta = dict_finditem_str(space, w_dict, "__metaclass__")
    if w_meta is None:
        bases_w = space.fixedview(w_bases, -1)
        if bases_w:
            w_base = bases_w[0]
            w_meta = space.findattr(w_base, "__class__")
            if w_meta is None:
                w_meta = space.type(w_base)
        elif w_globals is not None:
            w_meta = dict_finditem_str(space, w_globals, "__metaclass__")
        if w_meta is None:
            w_meta = space.w_classobj
    try:
        return space.call_function(w_meta, [w_name, w_bases, w_dict])
    except OperationError as e:
        if e.match(space, space.w_TypeError):
            w_value = e.normalize(space)
            from pypy27.interpreter.objspace.exceptions import W_BaseException
            if isinstance(w_value, W_BaseException) and len(w_value.args_w) == 1 and \
                    space.isinstance_w(w_value.args_w[0], space.w_str):
                msg = "Error when calling the metaclass bases\n    " + space.str_w(w_value.args_w[0])
                w_value.args_w = [space.newstr(msg)]
                w_value.w_message = w_value.args_w[0]
        raise


# ---- dictproxy ---------------------------------------------------------------------------

class W_DictProxy(W_Root):
    """type.__dict__: a read-only view of a type's attributes."""
    w_type: W_TypeObject

    def __init__(self, w_type: W_TypeObject) -> None:
        self.w_type = w_type

    def getclass(self, space: "ObjSpace") -> W_TypeObject:
        return type_state.w_dictproxy


def proxy_dict(space: "ObjSpace", w_self: W_Root) -> W_Root:
    """A new dict with the type's current attributes."""
    if not isinstance(w_self, W_DictProxy):
        raise space.type_error("descriptor requires a 'dictproxy' object")
    w_dict = space.newdict()
    for name, w_value in w_self.w_type.dict_w.items():
        space.setitem(w_dict, space.newstr(name), resolve_dict_value(space, w_value))
    return w_dict


def proxy_getitem(space: "ObjSpace", w_self: W_Root, w_key: W_Root) -> W_Root:
    return space.getitem(proxy_dict(space, w_self), w_key)


def proxy_contains(space: "ObjSpace", w_self: W_Root, w_key: W_Root) -> W_Root:
    return space.newbool(space.contains(proxy_dict(space, w_self), w_key))


def proxy_len(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.newint(space.len_w(proxy_dict(space, w_self)))


def proxy_iter(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.iter(proxy_dict(space, w_self))


def proxy_str(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.str_of(proxy_dict(space, w_self))


def proxy_repr(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.newstr("dict_proxy(%s)" % space.str_w(space.repr(proxy_dict(space, w_self))))


def proxy_get(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    w_self = args_w[0]
    w_key = args_w[1]
    w_default = args_w[2]
    assert w_self is not None and w_key is not None
    return space.call_method(proxy_dict(space, w_self), "get",
                             [w_key, w_default if w_default is not None else space.w_None])


def proxy_keys(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.call_method(proxy_dict(space, w_self), "keys", [])


def proxy_values(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.call_method(proxy_dict(space, w_self), "values", [])


def proxy_items(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.call_method(proxy_dict(space, w_self), "items", [])


def proxy_iterkeys(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.call_method(proxy_dict(space, w_self), "iterkeys", [])


def proxy_itervalues(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.call_method(proxy_dict(space, w_self), "itervalues", [])


def proxy_iteritems(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.call_method(proxy_dict(space, w_self), "iteritems", [])


def proxy_has_key(space: "ObjSpace", w_self: W_Root, w_key: W_Root) -> W_Root:
    return space.newbool(space.contains(proxy_dict(space, w_self), w_key))


def proxy_compare(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return space.newint(space.cmp_w(proxy_dict(space, w_self), w_other))


def dictproxy_methods() -> dict[str, W_Root]:
    from pypy27.interpreter.gateway import Builtin1, Builtin2, BuiltinOpt
    return {
        "__getitem__": Builtin2("__getitem__", proxy_getitem, method=True),
        "__contains__": Builtin2("__contains__", proxy_contains, method=True),
        "__len__": Builtin1("__len__", proxy_len, method=True),
        "__iter__": Builtin1("__iter__", proxy_iter, method=True),
        "__str__": Builtin1("__str__", proxy_str, method=True),
        "__repr__": Builtin1("__repr__", proxy_repr, method=True),
        "__cmp__": Builtin2("__cmp__", proxy_compare, method=True),
        "get": BuiltinOpt("get", proxy_get, 2, 3, method=True),
        "keys": Builtin1("keys", proxy_keys, method=True),
        "values": Builtin1("values", proxy_values, method=True),
        "items": Builtin1("items", proxy_items, method=True),
        "iterkeys": Builtin1("iterkeys", proxy_iterkeys, method=True),
        "itervalues": Builtin1("itervalues", proxy_itervalues, method=True),
        "iteritems": Builtin1("iteritems", proxy_iteritems, method=True),
        "has_key": Builtin2("has_key", proxy_has_key, method=True),
        "copy": Builtin1("copy", proxy_dict, method=True),
    }
