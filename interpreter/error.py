"""Interpreter-level exceptions carrying an app-level exception."""
from typing import TYPE_CHECKING, Optional

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace, W_Root


class OperationError(Exception):
    """An app-level exception travelling through interpreter-level code.

    w_type is the exception class; w_value is the instance, or None until it
    is normalized (2.7 creates instances lazily: `raise E, "msg"`).
    """
    w_type: "W_Root"
    w_value: Optional["W_Root"]
    w_traceback: Optional["W_Root"]
    w_msg: Optional["W_Root"]

    def __init__(self, w_type: "W_Root", w_value: Optional["W_Root"],
                 w_traceback: Optional["W_Root"] = None) -> None:
        self.w_type = w_type
        self.w_value = w_value
        self.w_traceback = w_traceback
        self.w_msg = None

    def match(self, space: "ObjSpace", w_check: "W_Root") -> bool:
        """Does this exception match an `except w_check:` clause?"""
        return space.exception_match(self.w_type, w_check)

    def normalize(self, space: "ObjSpace") -> "W_Root":
        """The exception instance (created on demand)."""
        w_value = self.w_value
        if w_value is None or not (space.isinstance_w(w_value, self.w_type)
                                   or classic_instance_of(w_value, self.w_type)):
            w_value = space.instantiate_exception(self.w_type, w_value)
            self.w_value = w_value
        return w_value

    def errorstr(self, space: "ObjSpace") -> str:
        """'TypeError: message', as the top-level traceback prints it."""
        return space.exception_str(self)


def classic_instance_of(w_value: "W_Root", w_type: "W_Root") -> bool:
    """Is w_value an instance of the old-style class w_type or of a subclass
    (`raise Base, sub_instance` raises that instance)?"""
    from pypy27.interpreter.objspace.classobj import W_ClassObject, W_InstanceObject
    return (isinstance(w_value, W_InstanceObject) and isinstance(w_type, W_ClassObject)
            and w_value.w_class.is_subclass_of(w_type))
