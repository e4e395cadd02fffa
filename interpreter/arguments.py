"""Call arguments and their binding to a function's parameters (2.7 rules)."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.error import OperationError

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace, W_Root


class Signature(object):
    """Parameter names of a function: positional names, then *args, **kwargs."""
    argnames: list[str]
    varargname: Optional[str]
    kwargname: Optional[str]

    def __init__(self, argnames: list[str], varargname: Optional[str] = None,
                 kwargname: Optional[str] = None) -> None:
        self.argnames = argnames
        self.varargname = varargname
        self.kwargname = kwargname

    def scope_length(self) -> int:
        n = len(self.argnames)
        if self.varargname is not None:
            n += 1
        if self.kwargname is not None:
            n += 1
        return n


NO_KEYWORDS: list[str] = []
NO_KEYWORDS_W: list["W_Root"] = []


class Arguments(object):
    """The arguments of one call: positional, keywords, *args and **kwargs."""
    args_w: list["W_Root"]
    keywords: list[str]
    keywords_w: list["W_Root"]
    w_stararg: Optional["W_Root"]
    w_starstararg: Optional["W_Root"]

    def __init__(self, args_w: list["W_Root"], keywords: Optional[list[str]] = None,
                 keywords_w: Optional[list["W_Root"]] = None, w_stararg: Optional["W_Root"] = None,
                 w_starstararg: Optional["W_Root"] = None) -> None:
        self.args_w = args_w
        # the shared empty lists are never mutated: unpack_stars copies first
        self.keywords = keywords if keywords is not None else NO_KEYWORDS
        self.keywords_w = keywords_w if keywords_w is not None else NO_KEYWORDS_W
        self.w_stararg = w_stararg
        self.w_starstararg = w_starstararg

    def prepend(self, w_first: "W_Root") -> "Arguments":
        keywords = self.keywords
        keywords_w = self.keywords_w
        if self.w_starstararg is not None:
            # unpack_stars will append to the copy's lists: do not share them
            keywords = list(keywords)
            keywords_w = list(keywords_w)
        return Arguments([w_first] + self.args_w, keywords, keywords_w,
                         self.w_stararg, self.w_starstararg)

    def unpack_stars(self, space: "ObjSpace", fnname: str) -> None:
        """Fold *args and **kwargs into the positional and keyword lists."""
        if self.w_stararg is not None:
            w_star = self.w_stararg
            self.w_stararg = None
            try:
                items_w = space.listview(w_star)
            except OperationError as e:
                if not e.match(space, space.w_TypeError):
                    raise
                raise space.type_error("%s argument after * must be a sequence, not %s"
                                       % (fnname, space.type(w_star).name))
            self.args_w = self.args_w + items_w
        if self.w_starstararg is not None:
            w_kw = self.w_starstararg
            self.w_starstararg = None
            keys_w = space.listview(space.call_method(w_kw, "keys", []))
            # new lists: prepend() copies share the old ones, and a copy whose
            # **kwargs is still folded must not see these keywords twice
            keywords = list(self.keywords)
            keywords_w = list(self.keywords_w)
            for w_key in keys_w:
                key = space.str_w(w_key)
                if key in keywords:
                    raise space.type_error("%s got multiple values for keyword argument '%s'" % (fnname, key))
                keywords.append(key)
                keywords_w.append(space.getitem(w_kw, w_key))
            self.keywords = keywords
            self.keywords_w = keywords_w

    def fixedunpack(self, space: "ObjSpace", fnname: str, n: int, method: bool = False) -> list["W_Root"]:
        """Exactly n positional arguments and no keywords (for built-ins).
        For a method the count includes self, but 2.7's messages don't."""
        self.unpack_stars(space, fnname)
        if self.keywords:
            raise space.type_error("%s takes no keyword arguments" % fnname)
        if len(self.args_w) != n:
            if method and len(self.args_w) > 0:
                given = len(self.args_w) - 1
                if fnname.startswith("__") and fnname.endswith("__()"):     # a slot wrapper
                    raise space.type_error("expected %d arguments, got %d" % (n - 1, given))
                if n == 1:
                    raise space.type_error("%s takes no arguments (%d given)" % (fnname, given))
                if n == 2:
                    raise space.type_error("%s takes exactly one argument (%d given)" % (fnname, given))
                raise arg_count_error(space, fnname, n - 1, n - 1, given, False)
            raise arg_count_error(space, fnname, n, n, len(self.args_w), False)
        return self.args_w

    def parse_into_scope(self, space: "ObjSpace", fnname: str, sig: Signature,
                         defaults_w: list["W_Root"]) -> list[Optional["W_Root"]]:
        """The initial values of the parameters, in signature order (for
        built-ins: 2.7's PyArg_ParseTupleAndKeywords rules and messages
        when the signature has no *args or **kwargs)."""
        self.unpack_stars(space, fnname)
        if sig.varargname is None and sig.kwargname is None:
            return self.parse_like_getargs(space, fnname, sig, defaults_w)
        nargs = len(sig.argnames)
        scope: list[Optional["W_Root"]] = [None] * sig.scope_length()
        args_w = self.args_w
        given = len(args_w)
        ntake = min(given, nargs)
        for i in range(ntake):
            scope[i] = args_w[i]
        if given > nargs:
            if sig.varargname is None:
                raise arg_count_error(space, fnname, nargs - len(defaults_w), nargs,
                                      given + len(self.keywords), len(defaults_w) > 0)
            scope[nargs] = space.newtuple(args_w[nargs:])
        elif sig.varargname is not None:
            scope[nargs] = space.newtuple([])
        w_kwds: Optional["W_Root"] = None
        if sig.kwargname is not None:
            w_kwds = space.newdict()
            scope[len(scope) - 1] = w_kwds
        for kw, w_value in zip(self.keywords, self.keywords_w):
            index = sig.argnames.index(kw) if kw in sig.argnames else -1
            if index >= 0:
                if scope[index] is not None:
                    raise space.type_error("%s got multiple values for keyword argument '%s'" % (fnname, kw))
                scope[index] = w_value
            elif w_kwds is not None:
                space.setitem(w_kwds, space.newstr(kw), w_value)
            else:
                raise space.type_error("%s got an unexpected keyword argument '%s'" % (fnname, kw))
        firstdefault = nargs - len(defaults_w)
        missing = 0
        for i in range(nargs):
            if scope[i] is None:
                if i >= firstdefault:
                    scope[i] = defaults_w[i - firstdefault]
                else:
                    missing += 1
        if missing:
            raise arg_count_error(space, fnname, firstdefault, nargs if sig.varargname is None else -1,
                                  given + len(self.keywords), len(defaults_w) > 0 or sig.varargname is not None)
        return scope


    def parse_like_getargs(self, space: "ObjSpace", fnname: str, sig: Signature,
                           defaults_w: list["W_Root"]) -> list[Optional["W_Root"]]:
        nparams = len(sig.argnames)
        given = len(self.args_w)
        nkw = len(self.keywords)
        if given + nkw > nparams:
            raise space.type_error("%s takes at most %d argument%s (%d given)"
                                   % (fnname, nparams, "" if nparams == 1 else "s", given + nkw))
        required = nparams - len(defaults_w)
        scope: list[Optional["W_Root"]] = [None] * nparams
        matched = 0
        for i in range(nparams):
            name = sig.argnames[i]
            k = self.keywords.index(name) if name in self.keywords else -1
            if k >= 0:
                if i < given:
                    raise space.type_error("Argument given by name ('%s') and position (%d)" % (name, i + 1))
                scope[i] = self.keywords_w[k]
                matched += 1
            elif i < given:
                scope[i] = self.args_w[i]
            elif i < required:
                raise space.type_error("Required argument '%s' (pos %d) not found" % (name, i + 1))
            else:
                scope[i] = defaults_w[i - required]
        if matched < nkw:
            for kw in self.keywords:
                if kw not in sig.argnames:
                    raise space.type_error("'%s' is an invalid keyword argument for this function" % kw)
        return scope


def arg_count_error(space: "ObjSpace", fnname: str, minargs: int, maxargs: int, given: int,
                    has_defaults: bool) -> OperationError:
    """2.7's wording: 'f() takes exactly 2 arguments (1 given)'."""
    if minargs == maxargs:
        how = "exactly"
        n = minargs
    elif given < minargs:
        how = "at least"
        n = minargs
    else:
        how = "at most"
        n = maxargs
    if n == 0 and how == "exactly":
        return space.type_error("%s takes no arguments (%d given)" % (fnname, given))
    return space.type_error("%s takes %s %d argument%s (%d given)"
                            % (fnname, how, n, "" if n == 1 else "s", given))
