"""_random.Random: the Mersenne Twister state as an app-level object with
2.7's seed, random, getstate, setstate, jumpahead and getrandbits."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.arguments import Arguments
from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.module._random import mt19937
from pypy27.interpreter.module._random.mt19937 import N, MTState
from pypy27.support import rbigint as rb

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.objspace.typeobject import W_TypeObject


class TypeHolder(object):
    w_Random: Optional["W_TypeObject"]


holder = TypeHolder()
holder.w_Random = None


class W_Random(W_Root):
    st: MTState
    w_class: "W_TypeObject"
    w_dict: W_Root

    def __init__(self, space: "ObjSpace", w_class: "W_TypeObject") -> None:
        self.st = MTState()
        self.w_class = w_class
        self.w_dict = space.newdict()

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        return self.w_class

    def getdict(self, space: "ObjSpace") -> Optional[W_Root]:
        return self.w_dict

    def getdictvalue(self, space: "ObjSpace", name: str) -> Optional[W_Root]:
        from pypy27.interpreter.module.builtin.moduleobject import finditem_str
        return finditem_str(space, self.w_dict, name)

    def setdictvalue(self, space: "ObjSpace", name: str, w_value: W_Root) -> bool:
        space.setitem(self.w_dict, space.newstr(name), w_value)
        return True

    def deldictvalue(self, space: "ObjSpace", name: str) -> bool:
        from pypy27.interpreter.error import OperationError
        try:
            space.delitem(self.w_dict, space.newstr(name))
        except OperationError as e:
            if not e.match(space, space.w_KeyError):
                raise
            return False
        return True


def _self(space: "ObjSpace", w_self: W_Root) -> W_Random:
    if not isinstance(w_self, W_Random):
        raise space.type_error("descriptor requires a '_random.Random' object")
    return w_self


def _chunks32(num: rb.rbigint) -> list[int]:
    """The 32-bit words of a non-negative number, least significant first."""
    key: list[int] = []
    mask = rb.fromint(mt19937.MASK32)
    while not rb.is_zero(num):
        key.append(rb.toint(rb.and_(num, mask)))
        num = rb.rshift(num, 32)
    if len(key) == 0:
        key.append(0)
    return key


def seed_from(space: "ObjSpace", r: W_Random, w_arg: Optional[W_Root]) -> None:
    from pypy27.interpreter.module.time import ctm
    from pypy27.interpreter.objspace.intobject import W_IntObject
    from pypy27.interpreter.objspace.longobject import W_LongObject
    if w_arg is None or space.is_w(w_arg, space.w_None):
        mt19937.init_by_array(r.st, [ctm.now_seconds() & mt19937.MASK32])
        return
    if isinstance(w_arg, W_IntObject):
        num = rb.abs_(rb.fromint(w_arg.intval))
    elif isinstance(w_arg, W_LongObject):
        num = rb.abs_(w_arg.num)
    else:
        # the hash as a C unsigned long
        h = space.hash_w(w_arg)
        num = rb.fromint(h)
        if h < 0:
            num = rb.add(num, rb.lshift(rb.fromint(1), 64))
    mt19937.init_by_array(r.st, _chunks32(num))


def random_seed(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    w_self = args_w[0]
    assert w_self is not None
    seed_from(space, _self(space, w_self), args_w[1])
    return space.w_None


def random_random(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.newfloat(mt19937.random_float(_self(space, w_self).st))


def random_getstate(space: "ObjSpace", w_self: W_Root) -> W_Root:
    st = _self(space, w_self).st
    items_w: list[W_Root] = [space.newlong_from_int(st.mt[i]) for i in range(N)]
    items_w.append(space.newlong_from_int(st.index))
    return space.newtuple(items_w)


def _unsigned_long(space: "ObjSpace", w_x: W_Root) -> int:
    from pypy27.interpreter.objspace.intobject import W_IntObject
    from pypy27.interpreter.objspace.longobject import W_LongObject
    if isinstance(w_x, W_IntObject):
        v = w_x.intval
        if v < 0:
            raise space.error(space.w_OverflowError, "can't convert negative value to unsigned long")
        return v
    if isinstance(w_x, W_LongObject):
        if rb.lt(w_x.num, rb.fromint(0)):
            raise space.error(space.w_OverflowError, "can't convert negative value to unsigned long")
        if rb.bit_length(w_x.num) > 64:
            raise space.error(space.w_OverflowError, "long int too large to convert")
        return rb.touint_mask(w_x.num)
    raise space.type_error("an integer is required")


def random_setstate(space: "ObjSpace", w_self: W_Root, w_state: W_Root) -> W_Root:
    from pypy27.interpreter.objspace.tupleobject import W_TupleObject
    r = _self(space, w_self)
    if not isinstance(w_state, W_TupleObject):
        raise space.type_error("state vector must be a tuple")
    items_w = space.fixedview(w_state, -1)
    if len(items_w) != N + 1:
        raise space.value_error("state vector is the wrong size")
    words = [_unsigned_long(space, items_w[i]) for i in range(N)]
    index = space.int_w(items_w[N])
    if index < 0 or index > N:
        raise space.value_error("invalid state")
    for i in range(N):
        r.st.mt[i] = words[i]
    r.st.index = index
    return space.w_None


def random_jumpahead(space: "ObjSpace", w_self: W_Root, w_n: W_Root) -> W_Root:
    from pypy27.interpreter.objspace.intobject import W_IntObject
    from pypy27.interpreter.objspace.longobject import W_LongObject
    r = _self(space, w_self)
    if not isinstance(w_n, W_IntObject) and not isinstance(w_n, W_LongObject):
        raise space.type_error("jumpahead requires an integer, not '%s'" % space.type(w_n).name)
    mt = r.st.mt
    # a permutation of the words chosen by n, then a perturbation
    i = N - 1
    while i > 1:
        if isinstance(w_n, W_IntObject):
            j = w_n.intval % i
        else:
            assert isinstance(w_n, W_LongObject)
            j = rb.toint(rb.mod(w_n.num, rb.fromint(i)))
        mt[i], mt[j] = mt[j], mt[i]
        i -= 1
    for k in range(N):
        # the state words stay 32-bit (2.7.18's fix of issue 14591)
        mt[k] = (mt[k] + k + 1) & mt19937.MASK32
    r.st.index = N
    return space.w_None


def random_getrandbits(space: "ObjSpace", w_self: W_Root, w_k: W_Root) -> W_Root:
    r = _self(space, w_self)
    k = space.int_w(w_k)
    if k <= 0:
        raise space.value_error("number of bits must be greater than zero")
    if k <= 32:
        return space.newlong_from_int(mt19937.genrand_int32(r.st) >> (32 - k))
    # words are generated least significant first
    words: list[int] = []
    while k > 0:
        w = mt19937.genrand_int32(r.st)
        if k < 32:
            w >>= 32 - k
        words.append(w)
        k -= 32
    # repack the 32-bit words straight into the long's 30-bit digits (shifting
    # and or-ing a growing long per word was quadratic: 8M bits took minutes)
    digits: list[int] = []
    acc = 0
    nacc = 0
    for w in words:
        acc |= (w & mt19937.MASK32) << nacc  # nacc < 30, so below 2**62
        nacc += 32
        while nacc >= rb.SHIFT:
            digits.append(acc & rb.MASK)
            acc >>= rb.SHIFT
            nacc -= rb.SHIFT
    if nacc > 0:
        digits.append(acc)
    from pypy27.interpreter.objspace.longobject import W_LongObject
    return W_LongObject(rb._make(1, digits))


def random_new(space: "ObjSpace", w_subtype: "W_TypeObject", args: Arguments) -> W_Root:
    args.unpack_stars(space, "Random()")
    if args.keywords and holder.w_Random is w_subtype:
        raise space.type_error("Random() does not take keyword arguments")
    r = W_Random(space, w_subtype)
    if len(args.args_w) > 1:
        raise space.type_error("seed expected at most 1 arguments, got %d" % len(args.args_w))
    w_arg: Optional[W_Root] = None
    if len(args.args_w) == 1:
        w_arg = args.args_w[0]
    seed_from(space, r, w_arg)
    return r
