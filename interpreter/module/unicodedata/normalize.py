"""unicodedata.normalize: NFD/NFKD decompose fully (Hangul syllables
algorithmically) and put combining marks in canonical order; NFC/NFKC then
compose canonically, skipping the composition exclusions."""
from pypy27.interpreter.module.unicodedata import tables as t
from pypy27.support.utf8 import utf8_codepoint_at, utf8_encode_codepoint, utf8_next


def decompose(text: str, compat: bool) -> list[int]:
    codes = NFKD if compat else NFD
    out: list[int] = []
    i = 0
    while i < len(text):
        cp = utf8_codepoint_at(text, i)
        i = utf8_next(text, i)
        if t.S_BASE <= cp < t.S_BASE + t.S_COUNT:
            s = cp - t.S_BASE
            out.append(t.L_BASE + s // t.N_COUNT)
            out.append(t.V_BASE + (s % t.N_COUNT) // t.T_COUNT)
            if s % t.T_COUNT != 0:
                out.append(t.T_BASE + s % t.T_COUNT)
            continue
        k = t.find_int(codes.keys, cp)
        if k < 0:
            out.append(cp)
            continue
        value = codes.values[k]
        j = 0
        while j < len(value):
            out.append(utf8_codepoint_at(value, j))
            j = utf8_next(value, j)
    reorder(out)
    return out


class DecompTable(object):
    keys: list[int]
    values: list[str]

    def __init__(self, keys: list[int], values: list[str]) -> None:
        self.keys = keys
        self.values = values


NFD = DecompTable(t.NFD_CODES, t.NFD_VALUES)
NFKD = DecompTable(t.NFKD_CODES, t.NFKD_VALUES)


def reorder(codes: list[int]) -> None:
    """Canonical ordering: a stable sort of each run of combining marks by
    combining class (insertion sort: runs are short)."""
    n = len(codes)
    i = 1
    while i < n:
        cc = t.combining(codes[i])
        if cc != 0:
            j = i
            while j > 0:
                prev = t.combining(codes[j - 1])
                if prev == 0 or prev <= cc:
                    break
                codes[j - 1], codes[j] = codes[j], codes[j - 1]
                j -= 1
        i += 1


def compose_pair(first: int, second: int) -> int:
    if t.L_BASE <= first < t.L_BASE + t.L_COUNT and t.V_BASE <= second < t.V_BASE + t.V_COUNT:
        return t.S_BASE + ((first - t.L_BASE) * t.V_COUNT + second - t.V_BASE) * t.T_COUNT
    if (t.S_BASE <= first < t.S_BASE + t.S_COUNT and (first - t.S_BASE) % t.T_COUNT == 0
            and t.T_BASE < second < t.T_BASE + t.T_COUNT):
        return first + second - t.T_BASE
    k = t.find_int(t.COMP_KEYS, first * 0x110000 + second)
    return t.COMP_VALUES[k] if k >= 0 else -1


def compose(codes: list[int]) -> list[int]:
    out: list[int] = []
    starter = -1
    last_cc = -1        # class of the last mark kept after the starter; -1: none yet
    for cp in codes:
        cc = t.combining(cp)
        if starter >= 0 and (last_cc == -1 or last_cc < cc):
            composite = compose_pair(out[starter], cp)
            if composite >= 0:
                out[starter] = composite
                continue
        if cc == 0:
            starter = len(out)
            last_cc = -1
        else:
            last_cc = cc
        out.append(cp)
    return out


def normalize(form: str, text: str) -> str:
    """text and the result are UTF-8; form is one of NFC NFD NFKC NFKD."""
    codes = decompose(text, form == "NFKC" or form == "NFKD")
    if form == "NFC" or form == "NFKC":
        codes = compose(codes)
    pieces: list[str] = []
    for cp in codes:
        pieces.append(utf8_encode_codepoint(cp))
    return "".join(pieces)
