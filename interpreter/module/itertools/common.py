"""What the itertools types share: the base class of their iterators, the
holder of their type objects, and argument parsing with 2.7's messages."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.arguments import Arguments
from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError
from pypy27.interpreter.objspace.iterobject import W_AbstractIter
from pypy27.interpreter.objspace.userattrs import UserAttrs, new_user_attrs

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.objspace.typeobject import W_TypeObject


class W_ItIter(W_AbstractIter):
    """An itertools iterator; w_class is its type (itertools types can be
    subclassed, so it is the subtype the instance was created for)."""
    w_class: "W_TypeObject"
    user: Optional[UserAttrs]       # instances of subclasses: __dict__, __slots__

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        return self.w_class

    def user_attrs(self, create: bool) -> Optional[UserAttrs]:
        if self.user is None and create:
            self.user = new_user_attrs(self.w_class)
        return self.user


def no_keywords(space: "ObjSpace", args: Arguments, name: str, w_subtype: "W_TypeObject") -> None:
    """2.7 refuses keywords for the type itself only: a subclass's __new__
    gets (and ignores) the keywords meant for its own __init__."""
    args.unpack_stars(space, name + "()")
    if args.keywords and not w_subtype.is_heaptype:
        raise space.type_error("%s() does not take keyword arguments" % name)


def unpack_range(space: "ObjSpace", args: Arguments, name: str, lo: int, hi: int,
                 w_subtype: "W_TypeObject") -> list[W_Root]:
    """Positional arguments only, lo..hi of them (2.7's PyArg_UnpackTuple wording)."""
    no_keywords(space, args, name, w_subtype)
    n = len(args.args_w)
    if n < lo or n > hi:
        if lo == hi:
            raise space.type_error("%s expected %d arguments, got %d" % (name, lo, n))
        if n < lo:
            raise space.type_error("%s expected at least %d arguments, got %d" % (name, lo, n))
        raise space.type_error("%s expected at most %d arguments, got %d" % (name, hi, n))
    return args.args_w


def parse_kw(space: "ObjSpace", args: Arguments, fname: str, names: list[str],
             nrequired: int) -> list[Optional[W_Root]]:
    """Positional-or-keyword arguments (PyArg_ParseTupleAndKeywords wording)."""
    args.unpack_stars(space, fname)
    n = len(names)
    given = len(args.args_w)
    if given + len(args.keywords) > n:
        raise space.type_error("%s takes at most %d argument%s (%d given)"
                               % (fname, n, "" if n == 1 else "s", given + len(args.keywords)))
    result: list[Optional[W_Root]] = [None] * n
    for i in range(given):
        result[i] = args.args_w[i]
    unknown = ""
    for kw, w_value in zip(args.keywords, args.keywords_w):
        index = names.index(kw) if kw in names else -1
        if index < 0:
            if not unknown:
                unknown = kw
            continue
        if result[index] is not None:
            raise space.type_error("Argument given by name ('%s') and position (%d)" % (kw, index + 1))
        result[index] = w_value
    # 2.7 reports a missing argument before an unknown keyword
    for i in range(nrequired):
        if result[i] is None:
            raise space.type_error("Required argument '%s' (pos %d) not found" % (names[i], i + 1))
    if unknown:
        raise space.type_error("'%s' is an invalid keyword argument for this function" % unknown)
    return result


def index_w(space: "ObjSpace", w_obj: W_Root) -> int:
    """A machine int from an int or long ('an integer is required' otherwise)."""
    if not (space.isinstance_w(w_obj, space.w_int) or space.isinstance_w(w_obj, space.w_long)):
        raise space.type_error("an integer is required")
    return space.int_w(w_obj)


def iter_or_error(space: "ObjSpace", w_obj: W_Root, msg: str) -> W_Root:
    """iter(w_obj), a TypeError with msg if it is not iterable."""
    try:
        return space.iter(w_obj)
    except OperationError as e:
        if not e.match(space, space.w_TypeError):
            raise
        raise space.type_error(msg)
