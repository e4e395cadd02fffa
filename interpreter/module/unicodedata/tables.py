"""The character database as static data (built at build time by
ucdbuild.py from the Unicode 15 files, restricted to the 5.2 repertoire),
and the lookups on it.  Sorted lists searched by bisection rather than
dicts: lists are static data in the executable, dicts would be rebuilt at
every start-up."""
from typing import Any

from pypy27.support.markers import not_rpython

UNIDATA_VERSION = "5.2.0"
CATEGORIES = ["Cn", "Lu", "Ll", "Lt", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Zs", "Zl", "Zp", "Cc", "Cf",
              "Cs", "Co", "Cn", "Lm", "Lo", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So"]
BIDI_NAMES = ["", "L", "LRE", "LRO", "R", "AL", "RLE", "RLO", "PDF", "EN", "ES", "ET", "AN", "CS", "NSM",
              "BN", "B", "S", "WS", "ON", "LRI", "RLI", "FSI", "PDI"]
EAW_NAMES = ["F", "H", "W", "Na", "A", "N"]


@not_rpython
def _field(name: str) -> Any:
    from pypy27.interpreter.module.unicodedata import ucdbuild
    assert ucdbuild.CATEGORIES == CATEGORIES and ucdbuild.BIDI_NAMES == BIDI_NAMES
    assert ucdbuild.EAW_NAMES == EAW_NAMES
    return getattr(ucdbuild.load(), name)


INDEX: list[int] = _field("index")
BLOCKS: str = _field("blocks")
REC_CATEGORY: list[int] = _field("rec_category")
REC_BIDI: list[int] = _field("rec_bidi")
REC_COMBINING: list[int] = _field("rec_combining")
REC_EAW: list[int] = _field("rec_eaw")
REC_MIRRORED: list[int] = _field("rec_mirrored")
DECOMP_CODES: list[int] = _field("decomp_codes")
DECOMP_STRS: list[str] = _field("decomp_strs")
NFD_CODES: list[int] = _field("nfd_codes")
NFD_VALUES: list[str] = _field("nfd_values")
NFKD_CODES: list[int] = _field("nfkd_codes")
NFKD_VALUES: list[str] = _field("nfkd_values")
COMP_KEYS: list[int] = _field("comp_keys")
COMP_VALUES: list[int] = _field("comp_values")
NUM_CODES: list[int] = _field("num_codes")
NUM_DECIMAL: list[int] = _field("num_decimal")
NUM_DIGIT: list[int] = _field("num_digit")
NUM_NUMERIC: list[float] = _field("num_numeric")
NUM_HAS_NUMERIC: list[int] = _field("num_has_numeric")
NAME_CODES: list[int] = _field("name_codes")
NAMES_BY_CODE: list[str] = _field("names_by_code")
SORTED_NAMES: list[str] = _field("sorted_names")
CODES_BY_NAME: list[int] = _field("codes_by_name")
CJK_RANGES: list[int] = _field("cjk_ranges")

# Hangul syllables (algorithmic: Unicode's conjoining jamo arithmetic)
S_BASE = 0xAC00
L_BASE = 0x1100
V_BASE = 0x1161
T_BASE = 0x11A7
L_COUNT = 19
V_COUNT = 21
T_COUNT = 28
N_COUNT = V_COUNT * T_COUNT
S_COUNT = L_COUNT * N_COUNT
JAMO_L = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"]
JAMO_V = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI",
          "YU", "EU", "YI", "I"]
JAMO_T = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B",
          "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"]


def record(cp: int) -> int:
    if cp < 0 or cp >= 0x110000:
        return 0
    base = INDEX[cp >> 8] * 512 + (cp & 0xFF) * 2
    return (ord(BLOCKS[base]) << 8) | ord(BLOCKS[base + 1])


def find_int(keys: list[int], key: int) -> int:
    """The position of key in the sorted list, or -1."""
    lo = 0
    hi = len(keys)
    while lo < hi:
        mid = (lo + hi) >> 1
        if keys[mid] < key:
            lo = mid + 1
        else:
            hi = mid
    if lo < len(keys) and keys[lo] == key:
        return lo
    return -1


def find_str(keys: list[str], key: str) -> int:
    lo = 0
    hi = len(keys)
    while lo < hi:
        mid = (lo + hi) >> 1
        if keys[mid] < key:
            lo = mid + 1
        else:
            hi = mid
    if lo < len(keys) and keys[lo] == key:
        return lo
    return -1


def category(cp: int) -> str:
    return CATEGORIES[REC_CATEGORY[record(cp)]]


def bidirectional(cp: int) -> str:
    return BIDI_NAMES[REC_BIDI[record(cp)]]


def combining(cp: int) -> int:
    return REC_COMBINING[record(cp)]


def east_asian_width(cp: int) -> str:
    return EAW_NAMES[REC_EAW[record(cp)]]


def mirrored(cp: int) -> int:
    return REC_MIRRORED[record(cp)]


def decomposition(cp: int) -> str:
    i = find_int(DECOMP_CODES, cp)
    return DECOMP_STRS[i] if i >= 0 else ""


def is_cjk(cp: int) -> bool:
    i = 0
    while i < len(CJK_RANGES):
        if CJK_RANGES[i] <= cp <= CJK_RANGES[i + 1]:
            return True
        i += 2
    return False


def name(cp: int) -> str:
    """The character's name, or "" when it has none."""
    if S_BASE <= cp < S_BASE + S_COUNT:
        s = cp - S_BASE
        return ("HANGUL SYLLABLE " + JAMO_L[s // N_COUNT] + JAMO_V[(s % N_COUNT) // T_COUNT]
                + JAMO_T[s % T_COUNT])
    if is_cjk(cp):
        return "CJK UNIFIED IDEOGRAPH-%X" % cp
    i = find_int(NAME_CODES, cp)
    return NAMES_BY_CODE[i] if i >= 0 else ""


def parse_hex(s: str) -> int:
    """An upper-case hexadecimal number of 4 or 5 digits, or -1."""
    if len(s) != 4 and len(s) != 5:
        return -1
    value = 0
    for c in s:
        if "0" <= c <= "9":
            value = value * 16 + ord(c) - ord("0")
        elif "A" <= c <= "F":
            value = value * 16 + ord(c) - ord("A") + 10
        else:
            return -1
    return value


def lookup_hangul(rest: str) -> int:
    """The syllable whose jamo short names spell rest, or -1 (longest
    initial and medial first, as the names can be ambiguous otherwise)."""
    for li in range(L_COUNT):
        lname = JAMO_L[li]
        if not rest.startswith(lname):
            continue
        after_l = rest[len(lname):]
        for vi in range(V_COUNT):
            vname = JAMO_V[vi]
            if not after_l.startswith(vname):
                continue
            tail = after_l[len(vname):]
            for ti in range(T_COUNT):
                if JAMO_T[ti] == tail:
                    return S_BASE + (li * V_COUNT + vi) * T_COUNT + ti
    return -1


def lookup(key: str) -> int:
    """The code point named key (case-insensitive), or -1."""
    if key.startswith("HANGUL SYLLABLE "):
        cp = lookup_hangul(key[16:])
        if cp >= 0:
            return cp
    if key.startswith("CJK UNIFIED IDEOGRAPH-"):
        cp = parse_hex(key[22:])
        if cp >= 0 and is_cjk(cp):
            return cp
        return -1
    i = find_str(SORTED_NAMES, key.upper())
    return CODES_BY_NAME[i] if i >= 0 else -1


def decimal(cp: int) -> int:
    i = find_int(NUM_CODES, cp)
    return NUM_DECIMAL[i] if i >= 0 else -1


def digit(cp: int) -> int:
    i = find_int(NUM_CODES, cp)
    return NUM_DIGIT[i] if i >= 0 else -1


def has_numeric(cp: int) -> bool:
    i = find_int(NUM_CODES, cp)
    return i >= 0 and NUM_HAS_NUMERIC[i] != 0


def numeric(cp: int) -> float:
    i = find_int(NUM_CODES, cp)
    return NUM_NUMERIC[i]
