"""Generators: a suspended frame resumed by next(), send(), throw(), close()."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError
from pypy27.interpreter.objspace.iterobject import W_AbstractIter

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.objspace.typeobject import W_TypeObject
    from pypy27.interpreter.pyframe import PyFrame


class W_Generator(W_AbstractIter):
    """A W_AbstractIter: space.next (sum(g), list(g), enumerate(g)) resumes it
    directly through next_w, without looking up and calling its `next`."""
    frame: Optional["PyFrame"]     # None once finished
    name: str
    running: bool
    w_code: W_Root                  # gi_code, kept after the generator finished

    def __init__(self, space: "ObjSpace", frame: "PyFrame") -> None:
        self.frame = frame
        self.name = frame.pycode.co_name
        self.w_code = frame.pycode
        self.running = False

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        return space.w_generator

    def send_ex(self, space: "ObjSpace", w_arg: Optional[W_Root],
                operr: Optional[OperationError]) -> Optional[W_Root]:
        """Resume: the next yielded value, or None when the generator returned
        (operr: raise that exception at the yield)."""
        if self.running:
            raise space.value_error("generator already executing")
        frame = self.frame
        if frame is None:
            if operr is not None:
                raise operr
            return None
        if frame.last_instr == -1:
            if w_arg is not None and not space.is_w(w_arg, space.w_None):
                raise space.type_error("can't send non-None value to a just-started generator")
            w_arg = None
        elif w_arg is None:
            w_arg = space.w_None
        self.running = True
        try:
            w_result = frame.execute(w_arg if operr is None else None, operr)
        except OperationError:
            self.frame = None
            raise
        finally:
            self.running = False
            # as 2.7, a suspended generator's frame has no f_back (and keeps
            # no finished caller frame, which may be reused, reachable)
            frame.f_backref = None
        if frame.finished:
            self.frame = None
            from pypy27.interpreter.pyframe import release_frame
            release_frame(frame)    # for the next generator of this code
            return None
        return w_result

    def next_w(self, space: "ObjSpace") -> Optional[W_Root]:
        """The next value, or None when exhausted (for space.next): when it
        returns, or when its body raises StopIteration."""
        try:
            return self.send_ex(space, None, None)
        except OperationError as e:
            if not e.match(space, space.w_StopIteration):
                raise
            return None


def stop_iteration(space: "ObjSpace") -> OperationError:
    return OperationError(space.w_StopIteration, None)


def generator_next(space: "ObjSpace", w_gen: W_Root) -> W_Root:
    gen = check_generator(space, w_gen, "next")
    w_res = gen.send_ex(space, None, None)
    if w_res is None:
        raise stop_iteration(space)
    return w_res


def generator_send(space: "ObjSpace", w_gen: W_Root, w_arg: W_Root) -> W_Root:
    gen = check_generator(space, w_gen, "send")
    w_res = gen.send_ex(space, w_arg, None)
    if w_res is None:
        raise stop_iteration(space)
    return w_res


def generator_throw(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    w_gen = args_w[0]
    assert w_gen is not None
    gen = check_generator(space, w_gen, "throw")
    w_type = args_w[1]
    assert w_type is not None
    w_value = args_w[2]
    w_tb = args_w[3]
    operr = prepare_throw(space, w_type, w_value, w_tb)
    w_res = gen.send_ex(space, None, operr)
    if w_res is None:
        raise stop_iteration(space)
    return w_res


def prepare_throw(space: "ObjSpace", w_type: W_Root, w_value: Optional[W_Root],
                  w_tb: Optional[W_Root]) -> OperationError:
    from pypy27.interpreter.pyopcode_helpers import is_exception_class, is_exception_instance
    from pypy27.interpreter.traceback import W_Traceback
    if w_tb is not None and space.is_w(w_tb, space.w_None):
        w_tb = None
    if w_tb is not None and not isinstance(w_tb, W_Traceback):
        raise space.type_error("throw() third argument must be a traceback object")
    if w_value is not None and space.is_w(w_value, space.w_None):
        w_value = None
    if is_exception_class(space, w_type):
        operr = OperationError(w_type, w_value, w_tb)
        w_inst = operr.normalize(space)
        if space.isinstance_w(w_inst, space.w_BaseException):
            operr.w_type = space.type(w_inst)
        return operr
    if is_exception_instance(space, w_type):
        if w_value is not None:
            raise space.type_error("instance exception may not have a separate value")
        if space.type(w_type) is space.w_instance:
            w_cls = space.getattr_str(w_type, "__class__")
        else:
            w_cls = space.type(w_type)
        return OperationError(w_cls, w_type, w_tb)
    raise space.type_error("exceptions must be classes, or instances, not %s" % space.type(w_type).name)


def generator_close(space: "ObjSpace", w_gen: W_Root) -> W_Root:
    gen = check_generator(space, w_gen, "close")
    operr = OperationError(space.w_GeneratorExit, None)
    try:
        w_res = gen.send_ex(space, None, operr)
    except OperationError as e:
        if e.match(space, space.w_GeneratorExit) or e.match(space, space.w_StopIteration):
            return space.w_None
        raise
    if w_res is not None:
        raise OperationError(space.w_RuntimeError, space.newstr("generator ignored GeneratorExit"))
    return space.w_None


def generator_iter(space: "ObjSpace", w_gen: W_Root) -> W_Root:
    return w_gen


def check_generator(space: "ObjSpace", w_gen: W_Root, name: str) -> W_Generator:
    if not isinstance(w_gen, W_Generator):
        raise space.type_error("descriptor '%s' requires a 'generator' object but received a '%s'"
                               % (name, space.type(w_gen).name))
    return w_gen
