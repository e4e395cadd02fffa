"""Methods of compiled patterns: match, search, findall, finditer, sub, subn,
split, scanner (2.7's rules for empty matches included)."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.arguments import Arguments
from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError
from pypy27.interpreter.module._sre import engine
from pypy27.interpreter.module._sre.objects import W_SRE_Match, W_SRE_Pattern, W_SRE_Scanner
from pypy27.interpreter.module._sre.subject import (Subject, empty, get_subject, getslice, join,
                                                    new_state)
from pypy27.interpreter.objspace.bytesobject import W_BytesObject
from pypy27.interpreter.objspace.tupleobject import W_TupleObject
from pypy27.interpreter.objspace.unicodeobject import W_UnicodeObject

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

MAXINT = 9223372036854775807



def get_pattern(space: "ObjSpace", w_self: Optional[W_Root]) -> W_SRE_Pattern:
    if not isinstance(w_self, W_SRE_Pattern):
        raise space.type_error("descriptor requires a '_sre.SRE_Pattern' object")
    return w_self


def int_arg(space: "ObjSpace", w_obj: Optional[W_Root], default: int) -> int:
    if w_obj is None:
        return default
    return space.int_w(w_obj)


def obj_arg(w_obj: Optional[W_Root]) -> W_Root:
    assert w_obj is not None
    return w_obj


def sre_args(space: "ObjSpace", args: Arguments, fname: str, names: list[str], alias: str,
             nrequired: int, kwonly_tail: bool) -> list[Optional[W_Root]]:
    """self plus the arguments in names order, with 2.7's _sre messages;
    alias is the deprecated keyword for names[0] ('' for none)."""
    args.unpack_stars(space, fname + "()")
    given = len(args.args_w) - 1
    if given > len(names):
        if kwonly_tail:
            raise space.type_error("%s() takes at most %d positional arguments (%d given)"
                                   % (fname, len(names), given))
        raise space.type_error("%s() takes at most %d arguments (%d given)" % (fname, len(names), given))
    scope: list[Optional[W_Root]] = [None] * (len(names) + 1)
    for i in range(given + 1):
        scope[i] = args.args_w[i]
    for kw, w_value in zip(args.keywords, args.keywords_w):
        index = -1
        for k in range(len(names)):
            if names[k] == kw:
                index = k
        if index < 0 and alias != "" and kw == alias:
            index = 0
        if index < 0:
            raise space.type_error("'%s' is an invalid keyword argument for this function" % kw)
        if scope[index + 1] is not None:
            raise space.type_error("Argument given by name ('%s') and position (%d)" % (kw, index + 1))
        scope[index + 1] = w_value
    for k in range(nrequired):
        if scope[k + 1] is None:
            raise space.type_error("Required argument '%s' (pos %d) not found" % (names[k], k + 1))
    return scope


NAMES_MATCH = ["string", "pos", "endpos"]
NAMES_SUB = ["repl", "string", "count"]
NAMES_SPLIT = ["string", "maxsplit"]


def plain_args(args: Arguments, lo: int, hi: int) -> bool:
    """Only positional arguments, between lo and hi of them (the fast path)."""
    return not args.keywords and args.w_stararg is None and args.w_starstararg is None and \
        lo <= len(args.args_w) <= hi


def prepare(space: "ObjSpace", args: Arguments, fname: str) -> tuple[W_SRE_Pattern, W_Root, Subject, engine.State]:
    if plain_args(args, 2, 4):
        args_w = args.args_w
        w_pat = get_pattern(space, args_w[0])
        w_string = args_w[1]
        pos = space.int_w(args_w[2]) if len(args_w) > 2 else 0
        endpos = space.int_w(args_w[3]) if len(args_w) > 3 else MAXINT
    else:
        if fname == "scanner" and len(args.args_w) < 2 and not args.keywords and \
                args.w_stararg is None and args.w_starstararg is None:
            raise space.type_error("scanner() takes at least 1 argument (0 given)")
        alias = "source" if fname == "findall" else ("" if fname == "scanner" else "pattern")
        scope = sre_args(space, args, fname, NAMES_MATCH, alias, 1, fname != "scanner")
        w_pat = get_pattern(space, scope[0])
        w_string = obj_arg(scope[1])
        pos = int_arg(space, scope[2], 0)
        endpos = int_arg(space, scope[3], MAXINT)
    subj = get_subject(space, w_string)
    st = new_state(subj, pos, endpos, w_pat.flags, w_pat.code[0])
    return w_pat, w_string, subj, st


def pattern_match(space: "ObjSpace", args: Arguments) -> W_Root:
    w_pat, w_string, subj, st = prepare(space, args, "match")
    if engine.match(st, w_pat.code):
        return W_SRE_Match(w_pat, w_string, subj, st)
    return space.w_None


def pattern_search(space: "ObjSpace", args: Arguments) -> W_Root:
    w_pat, w_string, subj, st = prepare(space, args, "search")
    if engine.search(st, w_pat.code, w_pat.info):
        return W_SRE_Match(w_pat, w_string, subj, st)
    return space.w_None


def group_value(space: "ObjSpace", subj: Subject, st: engine.State, g: int) -> W_Root:
    """Group g of the state's match for findall: '' when unmatched."""
    if g == 0:
        return getslice(space, subj, st.start, st.ptr)
    a = st.regs[2 * g - 1]
    b = st.regs[2 * g]
    if a < 0 or b < 0:
        return empty(space, subj)
    return getslice(space, subj, a, b)


def pattern_findall(space: "ObjSpace", args: Arguments) -> W_Root:
    w_pat, w_string, subj, st = prepare(space, args, "findall")
    items_w: list[W_Root] = []
    code = w_pat.code
    n = w_pat.groups
    while st.start <= st.end:
        if not engine.search(st, code, w_pat.info):
            break
        if n == 0:
            items_w.append(group_value(space, subj, st, 0))
        elif n == 1:
            items_w.append(group_value(space, subj, st, 1))
        else:
            parts_w: list[W_Root] = []
            for g in range(1, n + 1):
                parts_w.append(group_value(space, subj, st, g))
            items_w.append(space.newtuple(parts_w))
        advance(st)
    return space.newlist(items_w)


def advance(st: engine.State) -> None:
    """Where the next search starts: after the match, one further if empty."""
    if st.ptr == st.start:
        st.start = st.ptr + 1
    else:
        st.start = st.ptr


def pattern_scanner(space: "ObjSpace", args: Arguments) -> W_Root:
    w_pat, w_string, subj, st = prepare(space, args, "scanner")
    return W_SRE_Scanner(w_pat, w_string, subj, st)


def pattern_finditer(space: "ObjSpace", args: Arguments) -> W_Root:
    if args.keywords:
        raise space.type_error("finditer() takes no keyword arguments")
    w_scanner = pattern_scanner(space, args)
    w_search = space.getattr_str(w_scanner, "search")
    return make_iter(space, w_search)


def make_iter(space: "ObjSpace", w_search: W_Root) -> W_Root:
    w_iter = space.getattr_str(space.builtin_modules_w["__builtin__"], "iter")
    return space.call_function(w_iter, [w_search, space.w_None])


def get_scanner(space: "ObjSpace", w_self: W_Root) -> W_SRE_Scanner:
    if not isinstance(w_self, W_SRE_Scanner):
        raise space.type_error("descriptor requires a '_sre.SRE_Scanner' object")
    return w_self


def scanner_match(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return scanner_step(space, get_scanner(space, w_self), False)


def scanner_search(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return scanner_step(space, get_scanner(space, w_self), True)


def scanner_step(space: "ObjSpace", w_sc: W_SRE_Scanner, searching: bool) -> W_Root:
    st = w_sc.st
    if w_sc.done or st.start > st.end:
        return space.w_None
    w_pat = w_sc.w_pattern
    if searching:
        found = engine.search(st, w_pat.code, w_pat.info)
    else:
        found = engine.match(st, w_pat.code)
    if not found:
        w_sc.done = True
        return space.w_None
    w_match = W_SRE_Match(w_pat, w_sc.w_string, w_sc.subj, st)
    advance(st)
    return w_match


def scanner_get_pattern(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return get_scanner(space, w_self).w_pattern


# ---- sub / subn ---------------------------------------------------------------

def is_string(w_obj: W_Root) -> bool:
    return isinstance(w_obj, W_BytesObject) or isinstance(w_obj, W_UnicodeObject)


def has_backslash(space: "ObjSpace", w_repl: W_Root) -> bool:
    if isinstance(w_repl, W_BytesObject):
        return "\\" in w_repl.value
    if isinstance(w_repl, W_UnicodeObject):
        return "\\" in w_repl.utf8
    return True


def import_app(space: "ObjSpace", name: str) -> W_Root:
    from pypy27.interpreter.importing import importhook
    w_top = importhook(space, name, None, None, 0)
    return w_top


def expand_parsed(space: "ObjSpace", w_match: W_SRE_Match, w_template: W_Root) -> W_Root:
    """The replacement for one match from a parsed template
    ([(literal index, group)...], [literal or None...])."""
    items_w = space.fixedview(w_template, 2)
    groups_w = space.listview(items_w[0])
    pieces_w = list(space.listview(items_w[1]))
    for w_pair in groups_w:
        pair_w = space.fixedview(w_pair, 2)
        index = space.int_w(pair_w[0])
        g = space.int_w(pair_w[1])
        w_value = match_group(space, w_match, g)
        if space.is_w(w_value, space.w_None):
            w_sre_constants = import_app(space, "sre_constants")
            raise OperationError(space.getattr_str(w_sre_constants, "error"), space.newstr("unmatched group"))
        pieces_w[index] = w_value
    final_w: list[W_Root] = []
    for w_piece in pieces_w:
        if not space.is_w(w_piece, space.w_None):
            final_w.append(w_piece)
    return join(space, w_match.subj, final_w)


def match_group(space: "ObjSpace", w_match: W_SRE_Match, g: int) -> W_Root:
    if g < 0 or g > w_match.w_pattern.groups:
        raise space.error(space.w_IndexError, "no such group")
    a = w_match.spans[2 * g]
    b = w_match.spans[2 * g + 1]
    if a < 0 or b < 0:
        return space.w_None
    return getslice(space, w_match.subj, a, b)


def subx(space: "ObjSpace", args: Arguments, fname: str) -> tuple[W_Root, int]:
    from pypy27.interpreter.module.builtin.operation import callable_w
    if plain_args(args, 3, 4):
        w_pat = get_pattern(space, args.args_w[0])
        w_repl = args.args_w[1]
        w_string = args.args_w[2]
        count = space.int_w(args.args_w[3]) if len(args.args_w) > 3 else 0
    else:
        scope = sre_args(space, args, fname, NAMES_SUB, "", 2, False)
        w_pat = get_pattern(space, scope[0])
        w_repl = obj_arg(scope[1])
        w_string = obj_arg(scope[2])
        count = int_arg(space, scope[3], 0)
    subj = get_subject(space, w_string)
    st = new_state(subj, 0, MAXINT, w_pat.flags, w_pat.code[0])
    w_literal: Optional[W_Root] = None
    w_template: Optional[W_Root] = None
    w_callable: Optional[W_Root] = None
    if is_string(w_repl) and not has_backslash(space, w_repl):
        w_literal = w_repl
    elif is_string(w_repl) or not callable_w(space, w_repl):
        # templates (and, as in 2.7, anything else not callable: its
        # errors come from re._subx) are compiled by re._subx
        w_re = import_app(space, "re")
        w_filter = space.call_function(space.getattr_str(w_re, "_subx"), [w_pat, w_repl])
        if is_string(w_filter):
            w_literal = w_filter
        elif isinstance(w_filter, W_TupleObject):
            w_template = w_filter
        else:
            w_callable = w_filter
    else:
        w_callable = w_repl
    pieces_w: list[W_Root] = []
    n = 0
    i = 0
    code = w_pat.code
    while count == 0 or n < count:
        if st.start > st.end or not engine.search(st, code, w_pat.info):
            break
        b = st.start
        e = st.ptr
        if i < b:
            pieces_w.append(getslice(space, subj, i, b))
        elif i == b and i == e and n > 0:
            advance(st)
            continue
        if w_literal is not None:
            pieces_w.append(w_literal)
        else:
            w_match = W_SRE_Match(w_pat, w_string, subj, st)
            if w_template is not None:
                w_item = expand_parsed(space, w_match, w_template)
            else:
                assert w_callable is not None
                w_item = space.call_function(w_callable, [w_match])
            if not space.is_w(w_item, space.w_None):
                pieces_w.append(w_item)
        i = e
        n += 1
        advance(st)
    if i < subj.length:
        pieces_w.append(getslice(space, subj, i, subj.length))
    return join(space, subj, pieces_w), n


def pattern_sub(space: "ObjSpace", args: Arguments) -> W_Root:
    w_result, n = subx(space, args, "sub")
    return w_result


def pattern_subn(space: "ObjSpace", args: Arguments) -> W_Root:
    w_result, n = subx(space, args, "subn")
    return space.newtuple([w_result, space.newint(n)])


def pattern_split(space: "ObjSpace", args: Arguments) -> W_Root:
    if plain_args(args, 2, 3):
        w_pat = get_pattern(space, args.args_w[0])
        w_string = args.args_w[1]
        maxsplit = space.int_w(args.args_w[2]) if len(args.args_w) > 2 else 0
    else:
        scope = sre_args(space, args, "split", NAMES_SPLIT, "source", 1, True)
        w_pat = get_pattern(space, scope[0])
        w_string = obj_arg(scope[1])
        maxsplit = int_arg(space, scope[2], 0)
    subj = get_subject(space, w_string)
    st = new_state(subj, 0, MAXINT, w_pat.flags, w_pat.code[0])
    items_w: list[W_Root] = []
    n = 0
    last = st.start
    code = w_pat.code
    while maxsplit == 0 or n < maxsplit:
        if st.start > st.end or not engine.search(st, code, w_pat.info):
            break
        if st.start == st.ptr:
            if last == st.end:
                break
            st.start = st.ptr + 1
            continue
        items_w.append(getslice(space, subj, last, st.start))
        for g in range(1, w_pat.groups + 1):
            a = st.regs[2 * g - 1]
            b = st.regs[2 * g]
            if a < 0 or b < 0:
                items_w.append(space.w_None)
            else:
                items_w.append(getslice(space, subj, a, b))
        n += 1
        last = st.ptr
        st.start = st.ptr
    items_w.append(getslice(space, subj, last, subj.length))
    return space.newlist(items_w)


# ---- attributes ---------------------------------------------------------------

def get_pattern_attr(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return get_pattern(space, w_self).w_pattern


def get_flags(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.newint(get_pattern(space, w_self).flags)


def get_groups(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.newint(get_pattern(space, w_self).groups)


def get_groupindex(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return get_pattern(space, w_self).w_groupindex


def pattern_copy(space: "ObjSpace", w_self: W_Root) -> W_Root:
    raise space.type_error("cannot copy this pattern object")


def pattern_deepcopy(space: "ObjSpace", w_self: W_Root, w_memo: W_Root) -> W_Root:
    raise space.type_error("cannot deepcopy this pattern object")
