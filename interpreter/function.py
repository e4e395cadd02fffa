"""Functions, methods and cells of user code."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.arguments import Arguments
from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.pyframe import PyFrame
    from pypy27.interpreter.objspace.typeobject import W_TypeObject
    from pypy27.interpreter.pycode import PyCode


class W_Cell(W_Root):
    """A variable shared between a function and the functions nested in it."""
    w_value: Optional[W_Root]

    def __init__(self, w_value: Optional[W_Root] = None) -> None:
        self.w_value = w_value

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        return space.w_cell

    def get(self) -> Optional[W_Root]:
        return self.w_value

    def set(self, w_value: Optional[W_Root]) -> None:
        self.w_value = w_value


class W_Function(W_Root):
    """A function defined by `def` or `lambda`."""
    code: "PyCode"
    w_func_globals: W_Root
    defaults_w: list[W_Root]
    closure: list[W_Cell]
    name: str
    w_doc: W_Root
    w_module: Optional[W_Root]
    w_dict: Optional[W_Root]
    w_defaults: Optional[W_Root]     # func_defaults as a tuple (kept: `is` holds)

    def __init__(self, space: "ObjSpace", code: "PyCode", w_globals: W_Root,
                 defaults_w: list[W_Root], closure: list[W_Cell]) -> None:
        self.code = code
        self.w_func_globals = w_globals
        self.defaults_w = defaults_w
        self.closure = closure
        self.name = code.co_name
        self.w_doc = code.getdocstring(space)
        self.w_module = None
        self.w_dict = None
        self.w_defaults = None
        # 2.7 reads __name__ from the globals when the function is created
        from pypy27.interpreter.pyframe import dict_finditem_str
        self.w_module = dict_finditem_str(space, w_globals, "__name__")

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        return space.w_function

    def getdict(self, space: "ObjSpace") -> Optional[W_Root]:
        w_dict = self.w_dict
        if w_dict is None:
            w_dict = space.newdict()
            self.w_dict = w_dict
        return w_dict

    def getdictvalue(self, space: "ObjSpace", name: str) -> Optional[W_Root]:
        if self.w_dict is None:
            return None
        from pypy27.interpreter.pyframe import dict_finditem_str
        return dict_finditem_str(space, self.w_dict, name)

    def setdictvalue(self, space: "ObjSpace", name: str, w_value: W_Root) -> bool:
        w_dict = self.getdict(space)
        assert w_dict is not None
        space.setitem(w_dict, space.newstr(name), w_value)
        return True

    def deldictvalue(self, space: "ObjSpace", name: str) -> bool:
        if self.w_dict is None:
            return False
        from pypy27.interpreter.pyframe import dict_finditem_str
        if dict_finditem_str(space, self.w_dict, name) is None:
            return False
        space.delitem(self.w_dict, space.newstr(name))
        return True

    def is_interp_descr(self) -> bool:
        return True

    def descr_get(self, space: "ObjSpace", w_obj: Optional[W_Root], w_type: W_Root) -> W_Root:
        if w_obj is None or space.is_w(w_obj, space.w_None):
            return W_Method(self, None, w_type)
        return W_Method(self, w_obj, w_type)

    def fname(self) -> str:
        return self.name + "()"

    def call_args(self, space: "ObjSpace", args: Arguments) -> W_Root:
        from pypy27.interpreter.pyframe import frame_for_call
        code = self.code
        scope_w = bind_arguments(space, self.fname(), code, self.defaults_w, args)
        frame = frame_for_call(space, code, self.w_func_globals, self.closure)
        for i in range(len(scope_w)):
            frame.locals_w[i] = scope_w[i]
        return run_and_release(frame)      # (start_frame sets up the cells)

    def call_positional(self, space: "ObjSpace", args_w: list[W_Root]) -> W_Root:
        """A call with positional arguments only (the common case: no
        Arguments object when the count matches exactly)."""
        frame = self.frame_for_positional(space, len(args_w))
        if frame is not None:
            for i in range(len(args_w)):
                frame.locals_w[i] = args_w[i]
            return run_and_release(frame)
        return self.call_args(space, Arguments(args_w))

    def frame_for_positional(self, space: "ObjSpace", nargs: int) -> Optional["PyFrame"]:
        """A new frame for a call with nargs positional arguments and no
        keywords when the signature needs no binding work (no *args or
        **kwargs; the missing arguments have defaults, stored here), else
        None.  The caller stores the arguments in locals 0..nargs-1, then
        calls start_frame."""
        from pypy27.interpreter.pyframe import frame_for_call
        code = self.code
        sig = code.signature
        argcount = len(sig.argnames)
        if sig.varargname is not None or sig.kwargname is not None:
            return None
        defaults_w = self.defaults_w
        if nargs != argcount:
            if nargs > argcount or nargs < argcount - len(defaults_w):
                return None
        frame = frame_for_call(space, code, self.w_func_globals, self.closure)
        if nargs < argcount:
            base = argcount - len(defaults_w)
            for i in range(nargs, argcount):
                frame.locals_w[i] = defaults_w[i - base]
        return frame


def run_and_release(frame: "PyFrame") -> W_Root:
    """start_frame, then keep the frame for reuse if nothing saw it."""
    from pypy27.interpreter.pyframe import release_frame
    w_result = start_frame(frame)
    if not frame.pycode.is_generator():     # (else the generator has it)
        release_frame(frame)
    return w_result


def start_frame(frame: "PyFrame") -> W_Root:
    """Run a frame whose arguments are in place (see frame_for_positional)."""
    if len(frame.pycode.cell_from_arg) > 0:
        frame.init_cells()
    return frame.run()


class W_Method(W_Root):
    """A bound (w_instance set) or unbound (w_instance None) method."""
    w_function: W_Root
    w_instance: Optional[W_Root]
    w_class: W_Root

    def __init__(self, w_function: W_Root, w_instance: Optional[W_Root], w_class: W_Root) -> None:
        self.w_function = w_function
        self.w_instance = w_instance
        self.w_class = w_class

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        return space.w_method

    def is_interp_descr(self) -> bool:
        return True

    def descr_get(self, space: "ObjSpace", w_obj: Optional[W_Root], w_type: W_Root) -> W_Root:
        # 2.7: binding an unbound method binds it if the object is an instance
        if self.w_instance is not None:
            return self
        if w_obj is None or space.is_w(w_obj, space.w_None):
            return self
        if not space.is_w(self.w_class, space.w_None) and not space_isinstance_any(space, w_obj, self.w_class):
            return self     # 2.7 leaves an unbound method of an unrelated class unbound
        return W_Method(self.w_function, w_obj, self.w_class)

    def call_args(self, space: "ObjSpace", args: Arguments) -> W_Root:
        w_inst = self.w_instance
        if w_inst is not None:
            w_func = self.w_function
            if isinstance(w_func, W_Function) and not args.keywords and args.w_stararg is None \
                    and args.w_starstararg is None:
                return w_func.call_positional(space, [w_inst] + args.args_w)
            return space.call_args(w_func, args.prepend(w_inst))
        # unbound: the first argument must be an instance of the class
        if len(args.args_w) == 0 and args.w_stararg is not None:
            args.unpack_stars(space, self.fname(space))
        if len(args.args_w) == 0:
            got = "nothing"
        else:
            w_first = args.args_w[0]
            if space_isinstance_any(space, w_first, self.w_class):
                return space.call_args(self.w_function, args)
            got = "%s instance" % instance_type_name(space, w_first)
        raise space.type_error("unbound method %s must be called with %s instance as first "
                               "argument (got %s instead)"
                               % (self.fname(space), class_name(space, self.w_class), got))

    def fname(self, space: "ObjSpace") -> str:
        w_func = self.w_function
        if isinstance(w_func, W_Function):
            return w_func.fname()
        w_name = space.findattr(w_func, "__name__")
        if w_name is not None:
            try:
                return space.str_w(w_name) + "()"
            except OperationError:
                pass
        return "?()"


def space_isinstance_any(space: "ObjSpace", w_obj: W_Root, w_class: W_Root) -> bool:
    """isinstance() for new-style types and old-style classes."""
    from pypy27.interpreter.objspace.typeobject import W_TypeObject
    if isinstance(w_class, W_TypeObject):
        if space.type(w_obj).issubtype(w_class):
            return True
    if space.isinstance_allow_override(w_obj, w_class):
        return True
    if space.type(w_class) is space.w_classobj:
        # a new-style instance whose class also derives from a classic class
        # (class N(object, Classic)): 2.7 accepts it as isinstance() does
        from pypy27.interpreter.module.builtin.operation import isinstance_w
        return isinstance_w(space, w_obj, w_class)
    return False


def builtin_lookup(space: "ObjSpace", name: str) -> Optional[W_Root]:
    from pypy27.interpreter.pyframe import dict_finditem_str
    w_dict = space.w_builtin.getdict(space)
    if w_dict is None:
        return None
    return dict_finditem_str(space, w_dict, name)


def class_name(space: "ObjSpace", w_class: W_Root) -> str:
    from pypy27.interpreter.objspace.typeobject import W_TypeObject
    if isinstance(w_class, W_TypeObject):
        return w_class.name
    w_name = space.findattr(w_class, "__name__")
    if w_name is not None:
        try:
            return space.str_w(w_name)
        except OperationError:
            pass
    return "?"


def instance_type_name(space: "ObjSpace", w_obj: W_Root) -> str:
    """The class name 2.7 shows for an instance (old-style: its class)."""
    w_type = space.type(w_obj)
    if w_type is space_w_instance(space):
        w_class = space.findattr(w_obj, "__class__")
        if w_class is not None:
            return class_name(space, w_class)
    return w_type.name


def space_w_instance(space: "ObjSpace") -> Optional[W_Root]:
    return space.w_instance


def bind_arguments(space: "ObjSpace", fname: str, code: "PyCode", defaults_w: list[W_Root],
                   args: Arguments) -> list[Optional[W_Root]]:
    """The initial values of a function's parameters, with the checks and
    messages of 2.7's PyEval_EvalCodeEx."""
    sig = code.signature
    # **kwargs: str keys become keywords; unicode keys too when they name a
    # parameter, else they stay unicode in the function's **dict (2.7)
    w_starstar = args.w_starstararg
    args.w_starstararg = None
    args.unpack_stars(space, fname)
    keywords = args.keywords
    keywords_w = args.keywords_w
    extra_keys_w: list[W_Root] = []
    extra_w: list[W_Root] = []
    if w_starstar is not None:
        keywords = list(keywords)
        keywords_w = list(keywords_w)
        for w_key in space.listview(w_starstar):
            if space.isinstance_w(w_key, space.w_str):
                key = space.str_w(w_key)
            elif space.isinstance_w(w_key, space.w_unicode):
                key = space.unicode_w(w_key)
                if key not in sig.argnames:
                    extra_keys_w.append(w_key)
                    extra_w.append(space.getitem(w_starstar, w_key))
                    continue
            else:
                if not sig.argnames and sig.varargname is None and sig.kwargname is None:
                    given = len(args.args_w) + len(keywords) + space.len_w(w_starstar)
                    raise space.type_error("%s takes no arguments (%d given)" % (fname, given))
                raise space.type_error("%s keywords must be strings" % fname)
            if key in keywords:
                raise space.type_error("%s got multiple values for keyword argument '%s'" % (fname, key))
            keywords.append(key)
            keywords_w.append(space.getitem(w_starstar, w_key))
    argcount = len(sig.argnames)
    args_w = args.args_w
    given = len(args_w)
    kwcount = len(keywords) + len(extra_keys_w)
    scope: list[Optional[W_Root]] = [None] * sig.scope_length()
    if argcount == 0 and sig.varargname is None and sig.kwargname is None:
        if given > 0 or kwcount > 0:
            raise space.type_error("%s takes no arguments (%d given)" % (fname, given + kwcount))
        return scope
    w_kwds: Optional[W_Root] = None
    if sig.kwargname is not None:
        w_kwds = space.newdict()
        scope[len(scope) - 1] = w_kwds
    n = given
    if given > argcount:
        if sig.varargname is None:
            raise space.type_error("%s takes %s %d argument%s (%d given)"
                                   % (fname, "at most" if len(defaults_w) > 0 else "exactly", argcount,
                                      "" if argcount == 1 else "s", given + kwcount))
        n = argcount
    for i in range(n):
        scope[i] = args_w[i]
    if sig.varargname is not None:
        scope[argcount] = space.newtuple(args_w[n:])
    for k in range(len(keywords)):
        kw = keywords[k]
        j = -1
        for i in range(argcount):
            if sig.argnames[i] == kw:
                j = i
                break
        if j < 0:
            if w_kwds is None:
                raise space.type_error("%s got an unexpected keyword argument '%s'" % (fname, kw))
            space.setitem(w_kwds, space.newstr(kw), keywords_w[k])
            continue
        if scope[j] is not None:
            raise space.type_error("%s got multiple values for keyword argument '%s'" % (fname, kw))
        scope[j] = keywords_w[k]
    for k in range(len(extra_keys_w)):
        if w_kwds is None:
            raise space.type_error("%s got an unexpected keyword argument '%s'"
                                   % (fname, space.unicode_w(extra_keys_w[k])))
        space.setitem(w_kwds, extra_keys_w[k], extra_w[k])
    if given < argcount:
        defcount = len(defaults_w)
        m = argcount - defcount
        for i in range(given, m):
            if scope[i] is None:
                filled = 0
                for j2 in range(argcount):
                    if scope[j2] is not None:
                        filled += 1
                raise space.type_error("%s takes %s %d argument%s (%d given)"
                                       % (fname, "at least" if sig.varargname is not None or defcount > 0
                                          else "exactly", m, "" if m == 1 else "s", filled))
        start = n - m if n > m else 0
        for i in range(start, defcount):
            if scope[m + i] is None:
                scope[m + i] = defaults_w[i]
    return scope
