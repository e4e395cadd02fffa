"""The object space: the interface through which the interpreter manipulates
app-level objects, and W_Root, the base of every app-level object.

Every app-level value is an instance of a W_ class (W_IntObject, ...). The
evaluator never looks inside them: it asks the space (space.add(w_a, w_b),
space.getattr(w_obj, w_name), ...). Each operation has a fast path for the
common built-in types and otherwise follows 2.7's protocol through the type's
special methods, so user classes behave exactly like built-in ones.

One ObjSpace instance is built at build time (module level) and frozen into
the executable with all built-in types and modules.
"""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.error import OperationError

if TYPE_CHECKING:
    from pypy27.interpreter.arguments import Arguments
    from pypy27.interpreter.objspace.typeobject import W_TypeObject
    from pypy27.interpreter.objspace.userattrs import UserAttrs


class W_Root(object):
    """An app-level object."""

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        raise NotImplementedError("W_Root.getclass: every W_ class defines it")

    # instance attributes. The defaults serve instances of user subclasses
    # of built-in types through user_attrs() (objspace/userattrs.py); classes
    # with their own storage (plain instances, modules...) override them all.
    def user_attrs(self, create: bool) -> Optional["UserAttrs"]:
        """The __dict__ and __slots__ of an instance of a user subclass of a
        built-in type; None for other objects (and, unless create, when
        nothing was stored yet)."""
        return None

    def getdict(self, space: "ObjSpace") -> Optional["W_Root"]:
        """The instance's __dict__ (a W_DictObject), or None if it has none."""
        user = self.user_attrs(True)
        if user is None or user.storage is None:
            return None
        return user.storage.getdict(space)

    def setdict(self, space: "ObjSpace", w_dict: "W_Root") -> bool:
        """Replace the __dict__ (obj.__dict__ = d); False if there is none."""
        user = self.user_attrs(True)
        if user is None or user.storage is None:
            return False
        user.storage.setdict(space, w_dict)
        return True

    def getdictvalue(self, space: "ObjSpace", name: str) -> Optional["W_Root"]:
        user = self.user_attrs(False)
        if user is None or user.storage is None:
            return None
        return user.storage.get(space, name)

    def setdictvalue(self, space: "ObjSpace", name: str, w_value: "W_Root") -> bool:
        """Store an instance attribute; False if the object has no __dict__."""
        user = self.user_attrs(True)
        if user is None or user.storage is None:
            return False
        user.storage.set(space, name, w_value)
        return True

    def deldictvalue(self, space: "ObjSpace", name: str) -> bool:
        user = self.user_attrs(False)
        if user is None or user.storage is None:
            return False
        return user.storage.delete(space, name)

    # descriptor protocol for interpreter-level descriptors (functions,
    # properties, slots); app-level __get__ goes through the type instead
    def is_interp_descr(self) -> bool:
        return False

    def descr_get(self, space: "ObjSpace", w_obj: Optional["W_Root"], w_type: "W_Root") -> "W_Root":
        return self

    def is_data_descr(self) -> bool:
        return False

    def descr_set(self, space: "ObjSpace", w_obj: "W_Root", w_value: "W_Root") -> None:
        raise OperationError(space.w_AttributeError, space.newstr("can't set attribute"))

    def descr_delete(self, space: "ObjSpace", w_obj: "W_Root") -> None:
        raise OperationError(space.w_AttributeError, space.newstr("can't delete attribute"))

    # calls: built-in callables override this; others go through __call__
    def call_args(self, space: "ObjSpace", args: "Arguments") -> "W_Root":
        w_call = space.lookup(self, "__call__")
        if w_call is None:
            raise space.type_error("'%s' object is not callable" % space.type(self).name)
        return space.call_args(space.get(w_call, self), args)

    # identity of immutable values (ints, strs...) for `is`
    def immutable_unique_id(self, space: "ObjSpace") -> Optional["W_Root"]:
        return None


class ObjSpace(object):
    """The operations on app-level objects (see the module docstring).

    This class is the API: each method is one line delegating to the module
    that implements it (descroperation.py for the generic protocols, the
    W_ type modules for wrapping and unwrapping), so the whole interface is
    readable in one place and each part of the object space lives in its own
    files. interpreter/objspace/std.py builds the space (make_space()).
    """
    w_None: W_Root
    w_True: W_Root
    w_False: W_Root
    w_NotImplemented: W_Root
    w_Ellipsis: W_Root
    # built-in types
    w_object: "W_TypeObject"
    w_type: "W_TypeObject"
    w_int: "W_TypeObject"
    w_long: "W_TypeObject"
    w_bool: "W_TypeObject"
    w_float: "W_TypeObject"
    w_complex: "W_TypeObject"
    w_str: "W_TypeObject"
    w_unicode: "W_TypeObject"
    w_basestring: "W_TypeObject"
    w_bytearray: "W_TypeObject"
    w_buffer: "W_TypeObject"
    w_memoryview: "W_TypeObject"
    w_tuple: "W_TypeObject"
    w_list: "W_TypeObject"
    w_dict: "W_TypeObject"
    w_set: "W_TypeObject"
    w_frozenset: "W_TypeObject"
    w_NoneType: "W_TypeObject"
    w_function: "W_TypeObject"
    w_builtin_function: "W_TypeObject"
    w_method: "W_TypeObject"
    w_code: "W_TypeObject"
    w_frame: "W_TypeObject"
    w_module: "W_TypeObject"
    w_xrange: "W_TypeObject"
    w_slice: "W_TypeObject"
    w_generator: "W_TypeObject"
    w_cell: "W_TypeObject"
    w_classobj: "W_TypeObject"
    w_instance: "W_TypeObject"
    # exceptions (the rest are in space.exceptions_w)
    w_BaseException: "W_TypeObject"
    w_Exception: "W_TypeObject"
    w_TypeError: "W_TypeObject"
    w_ValueError: "W_TypeObject"
    w_AttributeError: "W_TypeObject"
    w_NameError: "W_TypeObject"
    w_UnboundLocalError: "W_TypeObject"
    w_KeyError: "W_TypeObject"
    w_IndexError: "W_TypeObject"
    w_ZeroDivisionError: "W_TypeObject"
    w_OverflowError: "W_TypeObject"
    w_StopIteration: "W_TypeObject"
    w_RuntimeError: "W_TypeObject"
    w_SystemError: "W_TypeObject"
    w_SystemExit: "W_TypeObject"
    w_KeyboardInterrupt: "W_TypeObject"
    w_ImportError: "W_TypeObject"
    w_AssertionError: "W_TypeObject"
    w_NotImplementedError: "W_TypeObject"
    w_MemoryError: "W_TypeObject"
    w_UnicodeDecodeError: "W_TypeObject"
    w_UnicodeEncodeError: "W_TypeObject"
    w_LookupError: "W_TypeObject"
    w_ArithmeticError: "W_TypeObject"
    w_EnvironmentError: "W_TypeObject"
    w_IOError: "W_TypeObject"
    w_OSError: "W_TypeObject"
    w_EOFError: "W_TypeObject"
    w_GeneratorExit: "W_TypeObject"
    w_SyntaxError: "W_TypeObject"
    w_IndentationError: "W_TypeObject"
    w_TabError: "W_TypeObject"
    w_UnicodeError: "W_TypeObject"
    w_DeprecationWarning: "W_TypeObject"
    w_SyntaxWarning: "W_TypeObject"
    w_RuntimeWarning: "W_TypeObject"
    w_UserWarning: "W_TypeObject"
    w_Warning: "W_TypeObject"
    w_StandardError: "W_TypeObject"
    w_ReferenceError: "W_TypeObject"
    w_FloatingPointError: "W_TypeObject"
    w_BufferError: "W_TypeObject"
    w_UnicodeTranslateError: "W_TypeObject"
    w_PendingDeprecationWarning: "W_TypeObject"
    w_ImportWarning: "W_TypeObject"
    w_UnicodeWarning: "W_TypeObject"
    w_BytesWarning: "W_TypeObject"
    w_FutureWarning: "W_TypeObject"
    builtin_types_w: dict[str, "W_TypeObject"]
    exceptions_w: dict[str, "W_TypeObject"]
    w_builtin: W_Root           # the __builtin__ module
    w_sys: W_Root               # the sys module
    builtin_modules_w: dict[str, W_Root]

    # ---- errors ---------------------------------------------------------------
    def type_error(self, msg: str) -> OperationError:
        return OperationError(self.w_TypeError, self.newstr(msg))

    def value_error(self, msg: str) -> OperationError:
        return OperationError(self.w_ValueError, self.newstr(msg))

    def error(self, w_type: "W_TypeObject", msg: str) -> OperationError:
        return OperationError(w_type, self.newstr(msg))

    # ---- object model basics ---------------------------------------------------
    def type(self, w_obj: W_Root) -> "W_TypeObject":
        return w_obj.getclass(self)

    def is_w(self, w_a: W_Root, w_b: W_Root) -> bool:
        if w_a is w_b:
            return True
        w_ida = w_a.immutable_unique_id(self)
        if w_ida is None:
            return False
        w_idb = w_b.immutable_unique_id(self)
        return w_idb is not None and self.eq_w(w_ida, w_idb) and self.type(w_a) is self.type(w_b)

    def lookup(self, w_obj: W_Root, name: str) -> Optional[W_Root]:
        """Look name up in the type of w_obj (not in the instance)."""
        return self.type(w_obj).lookup(name)

    def get(self, w_descr: W_Root, w_obj: W_Root) -> W_Root:
        """Bind a descriptor found on the type of w_obj to w_obj."""
        return self.get_descr(w_descr, w_obj, self.type(w_obj))

    def get_descr(self, w_descr: W_Root, w_obj: Optional[W_Root], w_type: W_Root) -> W_Root:
        if w_descr.is_interp_descr():
            return w_descr.descr_get(self, w_obj, w_type)
        w_get = self.lookup(w_descr, "__get__")
        if w_get is None:
            return w_descr
        return self.call_function(w_get, [w_descr, w_obj if w_obj is not None else self.w_None, w_type])

    def isinstance_w(self, w_obj: W_Root, w_type: W_Root) -> bool:
        from pypy27.interpreter.objspace.typeobject import W_TypeObject
        if isinstance(w_type, W_TypeObject):
            return self.type(w_obj).issubtype(w_type)
        return False

    def exception_match(self, w_exc_type: W_Root, w_check: W_Root) -> bool:
        """2.7's matching of an exception class against an `except` clause."""
        from pypy27.interpreter.objspace.tupleobject import W_TupleObject
        if isinstance(w_check, W_TupleObject):
            for w_item in w_check.wrappeditems:
                if self.exception_match(w_exc_type, w_item):
                    return True
            return False
        from pypy27.interpreter.objspace.typeobject import W_TypeObject
        if isinstance(w_exc_type, W_TypeObject) and isinstance(w_check, W_TypeObject):
            return w_exc_type.issubtype(w_check)
        from pypy27.interpreter.objspace.classobj import W_ClassObject
        if isinstance(w_exc_type, W_ClassObject) and isinstance(w_check, W_ClassObject):
            return w_exc_type.is_subclass_of(w_check)
        return self.is_w(w_exc_type, w_check)

    # ---- calls ---------------------------------------------------------------------
    def call_args(self, w_callable: W_Root, args: "Arguments") -> W_Root:
        return w_callable.call_args(self, args)

    def call_function(self, w_callable: W_Root, args_w: list[W_Root]) -> W_Root:
        from pypy27.interpreter.arguments import Arguments
        return w_callable.call_args(self, Arguments(args_w))

    def call_method(self, w_obj: W_Root, name: str, args_w: list[W_Root]) -> W_Root:
        return self.call_function(self.getattr_str(w_obj, name), args_w)

    # ======================================================================
    # The rest of the API: one line each, implemented in the named module.
    # d = objspace/descroperation.py (generic protocols, owned by the type
    # system), n = numbers, s = strings, c = containers, e = evaluator.
    # ======================================================================

    # ---- wrapping (n, s, c) ----------------------------------------------------
    def newint(self, i: int) -> W_Root:
        from pypy27.interpreter.objspace import intobject
        return intobject.newint(self, i)

    def newbool(self, b: bool) -> W_Root:
        return self.w_True if b else self.w_False

    def newfloat(self, f: float) -> W_Root:
        from pypy27.interpreter.objspace import floatobject
        return floatobject.newfloat(self, f)

    def newlong_from_int(self, i: int) -> W_Root:
        from pypy27.interpreter.objspace import longobject
        return longobject.newlong_from_int(self, i)

    def newlong_from_decimal(self, text: str) -> W_Root:
        from pypy27.interpreter.objspace import longobject
        return longobject.newlong_from_decimal(self, text)

    def newcomplex(self, real: float, imag: float) -> W_Root:
        from pypy27.interpreter.objspace import complexobject
        return complexobject.newcomplex(self, real, imag)

    def newstr(self, s: str) -> W_Root:
        from pypy27.interpreter.objspace import bytesobject
        return bytesobject.newstr(self, s)

    def newunicode(self, utf8: str) -> W_Root:
        from pypy27.interpreter.objspace import unicodeobject
        return unicodeobject.newunicode(self, utf8)

    def newtuple(self, items_w: list[W_Root]) -> W_Root:
        from pypy27.interpreter.objspace import tupleobject
        return tupleobject.newtuple(self, items_w)

    def newlist(self, items_w: list[W_Root]) -> W_Root:
        from pypy27.interpreter.objspace import listobject
        return listobject.newlist(self, items_w)

    def newdict(self) -> W_Root:
        from pypy27.interpreter.objspace import dictobject
        return dictobject.newdict(self)

    def newdict_sized(self, n: int) -> W_Root:
        """The dict of a display of n items (BUILD_MAP n): 2.7 presizes it,
        which decides the order of its keys."""
        from pypy27.interpreter.objspace import dictobject
        return dictobject.newdict_presized(self, n)

    def newslice(self, w_start: W_Root, w_stop: W_Root, w_step: W_Root) -> W_Root:
        from pypy27.interpreter.objspace import sliceobject
        return sliceobject.newslice(self, w_start, w_stop, w_step)

    # ---- unwrapping (n, s, c) ----------------------------------------------------
    def int_w(self, w_obj: W_Root) -> int:
        """A machine int; TypeError for non-integers, OverflowError if too big."""
        from pypy27.interpreter.objspace import intobject
        return intobject.int_w(self, w_obj)

    def float_w(self, w_obj: W_Root) -> float:
        from pypy27.interpreter.objspace import floatobject
        return floatobject.float_w(self, w_obj)

    def str_w(self, w_obj: W_Root) -> str:
        """The bytes of a str (TypeError otherwise)."""
        from pypy27.interpreter.objspace import bytesobject
        return bytesobject.str_w(self, w_obj)

    def unicode_w(self, w_obj: W_Root) -> str:
        """The UTF-8 text of a unicode object (TypeError otherwise)."""
        from pypy27.interpreter.objspace import unicodeobject
        return unicodeobject.unicode_w(self, w_obj)

    def listview(self, w_obj: W_Root) -> list[W_Root]:
        """The items of any iterable, as a new interpreter-level list."""
        from pypy27.interpreter.objspace import listobject
        return listobject.listview(self, w_obj)

    def fixedview(self, w_obj: W_Root, expected: int) -> list[W_Root]:
        """Unpack an iterable of exactly `expected` items (-1: any length), with
        2.7's ValueError messages."""
        from pypy27.interpreter.objspace import tupleobject
        return tupleobject.fixedview(self, w_obj, expected)

    # ---- attributes (d) -----------------------------------------------------------
    def getattr(self, w_obj: W_Root, w_name: W_Root) -> W_Root:
        from pypy27.interpreter.objspace import descroperation
        return descroperation.getattr(self, w_obj, w_name)

    def getattr_str(self, w_obj: W_Root, name: str) -> W_Root:
        from pypy27.interpreter.objspace import descroperation
        return descroperation.getattr_str(self, w_obj, name)

    def findattr(self, w_obj: W_Root, name: str) -> Optional[W_Root]:
        """getattr, or None when it raises AttributeError."""
        from pypy27.interpreter.objspace import descroperation
        return descroperation.findattr(self, w_obj, name)

    def setattr(self, w_obj: W_Root, w_name: W_Root, w_value: W_Root) -> None:
        from pypy27.interpreter.objspace import descroperation
        descroperation.setattr(self, w_obj, w_name, w_value)

    def delattr(self, w_obj: W_Root, w_name: W_Root) -> None:
        from pypy27.interpreter.objspace import descroperation
        descroperation.delattr(self, w_obj, w_name)

    # ---- operators (d; fast paths for built-in types inside) -----------------------
    def binop(self, op: str, w_a: W_Root, w_b: W_Root) -> W_Root:
        """A binary operator: op is the special method name without underscores
        ('add', 'sub', 'mul', 'div', 'truediv', 'floordiv', 'mod', 'divmod',
        'pow', 'lshift', 'rshift', 'and', 'or', 'xor')."""
        from pypy27.interpreter.objspace import descroperation
        return descroperation.binop(self, op, w_a, w_b)

    def inplace_binop(self, op: str, w_a: W_Root, w_b: W_Root) -> W_Root:
        from pypy27.interpreter.objspace import descroperation
        return descroperation.inplace_binop(self, op, w_a, w_b)

    def add(self, w_a: W_Root, w_b: W_Root) -> W_Root:
        from pypy27.interpreter.objspace import descroperation
        return descroperation.add(self, w_a, w_b)

    def sub(self, w_a: W_Root, w_b: W_Root) -> W_Root:
        from pypy27.interpreter.objspace import descroperation
        return descroperation.sub(self, w_a, w_b)

    def mul(self, w_a: W_Root, w_b: W_Root) -> W_Root:
        from pypy27.interpreter.objspace import descroperation
        return descroperation.mul(self, w_a, w_b)

    def pow(self, w_a: W_Root, w_b: W_Root, w_mod: W_Root) -> W_Root:
        from pypy27.interpreter.objspace import descroperation
        return descroperation.pow(self, w_a, w_b, w_mod)

    def unaryop(self, op: str, w_a: W_Root) -> W_Root:
        """'neg', 'pos', 'invert', 'abs' (and 'int', 'long', 'float', 'oct', 'hex', 'index')."""
        from pypy27.interpreter.objspace import descroperation
        return descroperation.unaryop(self, op, w_a)

    def compare(self, op: str, w_a: W_Root, w_b: W_Root) -> W_Root:
        """op in 'lt', 'le', 'eq', 'ne', 'gt', 'ge': rich comparison with 2.7's
        fallbacks (__cmp__, __coerce__, default ordering)."""
        from pypy27.interpreter.objspace import descroperation
        return descroperation.compare(self, op, w_a, w_b)

    def eq_w(self, w_a: W_Root, w_b: W_Root) -> bool:
        from pypy27.interpreter.objspace import descroperation
        return descroperation.eq_w(self, w_a, w_b)

    def cmp_w(self, w_a: W_Root, w_b: W_Root) -> int:
        """The builtin cmp()."""
        from pypy27.interpreter.objspace import descroperation
        return descroperation.cmp_w(self, w_a, w_b)

    def is_true(self, w_obj: W_Root) -> bool:
        from pypy27.interpreter.objspace import descroperation
        return descroperation.is_true(self, w_obj)

    def hash_w(self, w_obj: W_Root) -> int:
        from pypy27.interpreter.objspace import descroperation
        return descroperation.hash_w(self, w_obj)

    def repr(self, w_obj: W_Root) -> W_Root:
        from pypy27.interpreter.objspace import descroperation
        return descroperation.repr(self, w_obj)

    def str_of(self, w_obj: W_Root) -> W_Root:
        """str(w_obj) at app level (named so to keep `str` the type here)."""
        from pypy27.interpreter.objspace import descroperation
        return descroperation.str_of(self, w_obj)

    # ---- containers (d) --------------------------------------------------------------
    def len_w(self, w_obj: W_Root) -> int:
        from pypy27.interpreter.objspace import descroperation
        return descroperation.len_w(self, w_obj)

    def getitem(self, w_obj: W_Root, w_key: W_Root) -> W_Root:
        from pypy27.interpreter.objspace import descroperation
        return descroperation.getitem(self, w_obj, w_key)

    def setitem(self, w_obj: W_Root, w_key: W_Root, w_value: W_Root) -> None:
        from pypy27.interpreter.objspace import descroperation
        descroperation.setitem(self, w_obj, w_key, w_value)

    def delitem(self, w_obj: W_Root, w_key: W_Root) -> None:
        from pypy27.interpreter.objspace import descroperation
        descroperation.delitem(self, w_obj, w_key)

    def getslice(self, w_obj: W_Root, w_start: W_Root, w_stop: W_Root) -> W_Root:
        from pypy27.interpreter.objspace import descroperation
        return descroperation.getslice(self, w_obj, w_start, w_stop)

    def setslice(self, w_obj: W_Root, w_start: W_Root, w_stop: W_Root, w_value: W_Root) -> None:
        """obj[start:stop] = value: __setslice__ where the type has it (2.7), else a slice."""
        from pypy27.interpreter.objspace import descroperation
        descroperation.setslice(self, w_obj, w_start, w_stop, w_value)

    def delslice(self, w_obj: W_Root, w_start: W_Root, w_stop: W_Root) -> None:
        from pypy27.interpreter.objspace import descroperation
        descroperation.delslice(self, w_obj, w_start, w_stop)

    def isinstance_allow_override(self, w_obj: W_Root, w_cls: W_Root) -> bool:
        """The builtin isinstance(): tuples, __instancecheck__, old-style classes."""
        from pypy27.interpreter.objspace import descroperation
        return descroperation.isinstance_allow_override(self, w_obj, w_cls)

    def issubclass_allow_override(self, w_sub: W_Root, w_cls: W_Root) -> bool:
        """The builtin issubclass(): tuples, __subclasscheck__, old-style classes."""
        from pypy27.interpreter.objspace import descroperation
        return descroperation.issubclass_allow_override(self, w_sub, w_cls)

    def contains(self, w_container: W_Root, w_item: W_Root) -> bool:
        from pypy27.interpreter.objspace import descroperation
        return descroperation.contains(self, w_container, w_item)

    def iter(self, w_obj: W_Root) -> W_Root:
        from pypy27.interpreter.objspace import descroperation
        return descroperation.iter(self, w_obj)

    def next(self, w_iter: W_Root) -> Optional[W_Root]:
        """The next item, or None when the iterator is exhausted (StopIteration
        is swallowed here so loops need no exception)."""
        from pypy27.interpreter.objspace import descroperation
        return descroperation.next(self, w_iter)

    # ---- exceptions (d) ------------------------------------------------------------------
    def instantiate_exception(self, w_type: W_Root, w_value: Optional[W_Root]) -> W_Root:
        from pypy27.interpreter.objspace import descroperation
        return descroperation.instantiate_exception(self, w_type, w_value)

    def exception_str(self, operr: OperationError) -> str:
        from pypy27.interpreter.objspace import descroperation
        return descroperation.exception_str(self, operr)
