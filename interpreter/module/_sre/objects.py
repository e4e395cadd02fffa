"""The app-level objects of _sre: compiled patterns, match objects and
scanners (their methods are in patternmethods.py and matchmethods.py)."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.module._sre.engine import SearchInfo, State
from pypy27.interpreter.module._sre.subject import Subject

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.objspace.typeobject import W_TypeObject


class SreTypes(object):
    """The module's types, created at build time by moduledef.setup()."""
    w_pattern: "W_TypeObject"
    w_match: "W_TypeObject"
    w_scanner: "W_TypeObject"


sre_types = SreTypes()


class W_SRE_Pattern(W_Root):
    code: list[int]
    flags: int
    groups: int
    w_pattern: W_Root
    w_groupindex: W_Root
    w_indexgroup: W_Root
    info: SearchInfo

    def __init__(self, code: list[int], flags: int, groups: int, w_pattern: W_Root,
                 w_groupindex: W_Root, w_indexgroup: W_Root) -> None:
        self.code = code
        self.flags = flags
        self.groups = groups
        self.w_pattern = w_pattern
        self.w_groupindex = w_groupindex
        self.w_indexgroup = w_indexgroup
        self.info = SearchInfo(code)

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        return sre_types.w_pattern


class W_SRE_Match(W_Root):
    w_pattern: W_SRE_Pattern
    w_string: W_Root
    subj: Subject
    spans: list[int]      # start, end of group 0, 1, ...; -1 when unmatched
    pos: int
    endpos: int
    lastindex: int

    def __init__(self, w_pattern: W_SRE_Pattern, w_string: W_Root, subj: Subject, st: State) -> None:
        self.w_pattern = w_pattern
        self.w_string = w_string
        self.subj = subj
        n = w_pattern.groups
        spans = [-1] * (2 * n + 2)
        spans[0] = st.start
        spans[1] = st.ptr
        regs = st.regs
        for g in range(n):
            a = regs[1 + 2 * g]
            b = regs[2 + 2 * g]
            if a >= 0 and b >= 0:
                if a > b:   # a lookbehind can end a group before it starts
                    a, b = b, a
                spans[2 * g + 2] = a
                spans[2 * g + 3] = b
        self.spans = spans
        self.pos = st.pos
        self.endpos = st.end
        self.lastindex = regs[0] if len(regs) > 0 else -1

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        return sre_types.w_match


class W_SRE_Scanner(W_Root):
    w_pattern: W_SRE_Pattern
    w_string: W_Root
    subj: Subject
    st: State
    done: bool

    def __init__(self, w_pattern: W_SRE_Pattern, w_string: W_Root, subj: Subject, st: State) -> None:
        self.w_pattern = w_pattern
        self.w_string = w_string
        self.subj = subj
        self.st = st
        self.done = False

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        return sre_types.w_scanner


def new_match(w_pattern: W_SRE_Pattern, w_string: W_Root, subj: Subject,
              st: State) -> Optional[W_SRE_Match]:
    return W_SRE_Match(w_pattern, w_string, subj, st)
