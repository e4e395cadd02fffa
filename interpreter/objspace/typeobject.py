"""Type objects (`type`) and plain instances of user classes (`object`)."""
from typing import TYPE_CHECKING, Callable, Optional

from pypy27.interpreter.arguments import Arguments
from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

# Creates an instance of a type: (space, w_subtype, args) -> new object.
NewFn = Callable[["ObjSpace", "W_TypeObject", Arguments], W_Root]


class W_TypeObject(W_Root):
    name: str
    bases_w: list["W_TypeObject"]
    mro_w: list["W_TypeObject"]
    dict_w: dict[str, W_Root]
    is_heaptype: bool            # created by a class statement (its attributes may change)
    hasdict: bool                # instances carry a __dict__
    w_metaclass: Optional["W_TypeObject"]
    new_fn: Optional[NewFn]      # the built-in __new__ of the layout this type uses
    version: int                 # bumped on every change of dict_w (for caches and the JIT)

    def __init__(self, name: str, bases_w: list["W_TypeObject"], dict_w: dict[str, W_Root],
                 is_heaptype: bool = False, new_fn: Optional[NewFn] = None) -> None:
        self.name = name
        self.bases_w = bases_w
        self.dict_w = dict_w
        self.is_heaptype = is_heaptype
        self.w_metaclass = None
        self.hasdict = is_heaptype
        self.new_fn = new_fn
        if new_fn is None:
            for w_base in bases_w:
                if w_base.new_fn is not None:
                    self.new_fn = w_base.new_fn
                    break
        self.version = 0
        self.mro_w = compute_mro(self)

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        if self.w_metaclass is not None:
            return self.w_metaclass
        return space.w_type

    def lookup(self, name: str) -> Optional[W_Root]:
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
        self.version += 1
        return True

    def deldictvalue(self, space: "ObjSpace", name: str) -> bool:
        if not self.is_heaptype:
            raise space.type_error("can't set attributes of built-in/extension type '%s'" % self.name)
        if name not in self.dict_w:
            return False
        del self.dict_w[name]
        self.version += 1
        return True

    def getdictvalue(self, space: "ObjSpace", name: str) -> Optional[W_Root]:
        return self.dict_w.get(name, None)

    def call_args(self, space: "ObjSpace", args: Arguments) -> W_Root:
        # type(x) with one argument is the type of x
        if self is space.w_type and len(args.args_w) == 1 and not args.keywords:
            return space.type(args.args_w[0])
        w_new = self.lookup("__new__")
        if w_new is not None and not isinstance(w_new, W_BuiltinNewMarker):
            w_obj = space.call_args(space.get_descr(w_new, None, self), args.prepend(self))
        else:
            if self.new_fn is None:
                raise space.type_error("cannot create '%s' instances" % self.name)
            w_obj = self.new_fn(space, self, args)
        if not space.type(w_obj).issubtype(self):
            return w_obj
        w_init = space.lookup(w_obj, "__init__")
        if w_init is not None and not isinstance(w_init, W_BuiltinNewMarker):
            w_res = space.call_args(space.get(w_init, w_obj), args)
            if not space.is_w(w_res, space.w_None):
                raise space.type_error("__init__() should return None, not '%s'" % space.type(w_res).name)
        return w_obj


class W_BuiltinNewMarker(W_Root):
    """Placeholder in a built-in type's dict for its interpreter-level
    __new__/__init__: the type's new_fn does the work."""


def compute_mro(w_type: W_TypeObject) -> list[W_TypeObject]:
    """C3 linearisation (new-style classes)."""
    seqs: list[list[W_TypeObject]] = [list(b.mro_w) for b in w_type.bases_w]
    seqs.append(list(w_type.bases_w))
    result = [w_type]
    while True:
        seqs = [s for s in seqs if s]
        if not seqs:
            return result
        candidate: Optional[W_TypeObject] = None
        for s in seqs:
            head = s[0]
            if not any(head in other[1:] for other in seqs):
                candidate = head
                break
        if candidate is None:
            names = ", ".join([b.name for b in w_type.bases_w])
            raise MroError("Cannot create a consistent method resolution\norder (MRO) for bases " + names)
        result.append(candidate)
        for s in seqs:
            if s[0] is candidate:
                del s[0]


class MroError(Exception):
    msg: str

    def __init__(self, msg: str) -> None:
        self.msg = msg


class W_ObjectObject(W_Root):
    """An instance of a user-defined new-style class (attributes in a dict;
    maps — hidden classes — replace it in the object-space issue's next step)."""
    w_class: W_TypeObject
    attrs_w: dict[str, W_Root]

    def __init__(self, w_class: W_TypeObject) -> None:
        self.w_class = w_class
        self.attrs_w = {}

    def getclass(self, space: "ObjSpace") -> W_TypeObject:
        return self.w_class

    def getdictvalue(self, space: "ObjSpace", name: str) -> Optional[W_Root]:
        return self.attrs_w.get(name, None)

    def setdictvalue(self, space: "ObjSpace", name: str, w_value: W_Root) -> bool:
        if not self.w_class.hasdict:
            return False
        self.attrs_w[name] = w_value
        return True

    def deldictvalue(self, space: "ObjSpace", name: str) -> bool:
        if name not in self.attrs_w:
            return False
        del self.attrs_w[name]
        return True


def new_object(space: "ObjSpace", w_subtype: W_TypeObject, args: Arguments) -> W_Root:
    """object.__new__: a plain instance."""
    return W_ObjectObject(w_subtype)


def raise_mro_error(space: "ObjSpace", e: MroError) -> OperationError:
    return space.type_error(e.msg)
