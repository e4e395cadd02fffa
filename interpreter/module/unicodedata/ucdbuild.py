"""Build time: the character database of the unicodedata module, read from
the Unicode Character Database files of Debian's `unicode-data` package
(/usr/share/unicode) and restricted to the repertoire of Unicode 5.2, the
version Python 2.7 ships: characters DerivedAge.txt dates after 5.2 are
unassigned here.  Properties of old characters that Unicode changed after
5.2 keep their current values (see docs/modules.md)."""
import bz2
import os
import pickle

HOST_ONLY = True

UCD_DIR = os.environ.get("PYPY27_UCD_DIR", "/usr/share/unicode")
VERSION = (5, 2)
CACHE_FORMAT = 3

CATEGORIES = ["Cn", "Lu", "Ll", "Lt", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Zs", "Zl", "Zp", "Cc", "Cf",
              "Cs", "Co", "Cn", "Lm", "Lo", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So"]
BIDI_NAMES = ["", "L", "LRE", "LRO", "R", "AL", "RLE", "RLO", "PDF", "EN", "ES", "ET", "AN", "CS", "NSM",
              "BN", "B", "S", "WS", "ON", "LRI", "RLI", "FSI", "PDI"]
# index 0 is what an unassigned character answers (2.7 gives 'F')
EAW_NAMES = ["F", "H", "W", "Na", "A", "N"]


class Tables(object):
    """Everything the run-time module needs, as flat lists and strings."""

    def __init__(self) -> None:
        self.index: list[int] = []          # per 256-code-point block: its number in blocks
        self.blocks = ""                    # 512 bytes per distinct block: big-endian record ids
        self.rec_category: list[int] = []
        self.rec_bidi: list[int] = []
        self.rec_combining: list[int] = []
        self.rec_eaw: list[int] = []
        self.rec_mirrored: list[int] = []
        self.decomp_codes: list[int] = []   # sorted; parallel to decomp_strs
        self.decomp_strs: list[str] = []    # 2.7's decomposition() text
        self.nfd_codes: list[int] = []      # full canonical decompositions (sorted codes)
        self.nfd_values: list[str] = []     # as UTF-8
        self.nfkd_codes: list[int] = []     # full compatibility decompositions
        self.nfkd_values: list[str] = []
        self.comp_keys: list[int] = []      # sorted first * 0x110000 + second
        self.comp_values: list[int] = []
        self.num_codes: list[int] = []      # sorted codes with a numeric value
        self.num_decimal: list[int] = []    # -1: none
        self.num_digit: list[int] = []
        self.num_numeric: list[float] = []
        self.num_has_numeric: list[int] = []
        self.name_codes: list[int] = []     # sorted codes with a (non-algorithmic) name
        self.names_by_code: list[str] = []
        self.sorted_names: list[str] = []
        self.codes_by_name: list[int] = []
        self.cjk_ranges: list[int] = []     # [lo, hi, lo, hi, ...] of unified ideographs in 5.2


def parse_version(text: str) -> tuple[int, int]:
    major, minor = text.split(".")[:2]
    return int(major), int(minor)


def code_range(text: str) -> range:
    if ".." in text:
        lo, hi = text.split("..")
        return range(int(lo, 16), int(hi, 16) + 1)
    return range(int(text, 16), int(text, 16) + 1)


def data_lines(name: str):  # type: ignore[no-untyped-def]
    path = os.path.join(UCD_DIR, name)
    opener = bz2.open if name.endswith(".bz2") else open
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                yield line


def assigned_in_version() -> bytearray:
    old = bytearray(0x110000)
    for line in data_lines("DerivedAge.txt"):
        codes, age = [x.strip() for x in line.split(";")]
        if parse_version(age) <= VERSION:
            for cp in code_range(codes):
                old[cp] = 1
    return old


def utf8(codes: list[int]) -> str:
    return "".join(chr(c) for c in codes).encode("utf-8", "surrogatepass").decode("latin-1")


def read_corrections() -> dict[int, dict[str, str]]:
    """ucd52_corrections.txt: where 5.2 differs from the current files."""
    result: dict[int, dict[str, str]] = {}
    if os.environ.get("PYPY27_UCD_NO_CORRECTIONS"):
        return result
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "ucd52_corrections.txt")) as f:
        for line in f:
            code, field, value = line.rstrip("\n").split(";", 2)
            result.setdefault(int(code, 16), {})[field] = value
    return result


def apply_corrections(cp: int, f: list[str], fixes: dict[str, str], eaw: dict[int, str],
                      numeric: dict[int, float]) -> list[str]:
    f = list(f)
    columns = {"category": 2, "combining": 3, "bidirectional": 4, "decomposition": 5, "decimal": 6,
               "digit": 7}
    for field, value in fixes.items():
        if field in columns:
            f[columns[field]] = value
        elif field == "mirrored":
            f[9] = "Y" if value == "1" else "N"
        elif field == "east_asian_width":
            eaw[cp] = value
        elif field == "numeric":
            f[8] = ""
            if value:
                numeric[cp] = float(value)
            else:
                numeric.pop(cp, None)
        elif field == "name":
            f[1] = value
        else:
            raise ValueError("unknown field in ucd52_corrections.txt: " + field)
    return f


def build() -> Tables:
    old = assigned_in_version()
    t = Tables()
    fields: dict[int, list[str]] = {}
    cjk: list[int] = []
    first = -1
    for line in data_lines("UnicodeData.txt"):
        f = line.split(";")
        cp = int(f[0], 16)
        if f[1].endswith(", First>"):
            first = cp
            continue
        if f[1].endswith(", Last>"):
            for c in range(first, cp + 1):
                fields[c] = f
            if "CJK Ideograph" in f[1]:
                lo, hi = first, cp
                while hi >= lo and not old[hi]:
                    hi -= 1
                if hi >= lo and old[lo]:
                    cjk += [lo, hi]
            continue
        fields[cp] = f
    eaw: dict[int, str] = {}
    for line in data_lines("EastAsianWidth.txt"):
        codes, width = [x.strip() for x in line.split(";")]
        for c in code_range(codes):
            eaw[c] = width
    numeric: dict[int, float] = {}
    for line in data_lines("Unihan_NumericValues.txt.bz2"):
        code, _, value = line.split("\t")
        numeric[int(code[2:], 16)] = float(value)
    corrections = read_corrections()
    records: dict[tuple[int, int, int, int, int], int] = {(0, 0, 0, 0, 0): 0}
    rec_list = [(0, 0, 0, 0, 0)]
    ids = [0] * 0x110000
    decomp: dict[int, str] = {}
    combining = [0] * 0x110000
    decimals: dict[int, int] = {}
    digits: dict[int, int] = {}
    for cp, f in fields.items():
        if not old[cp]:
            continue
        if cp in corrections:
            f = apply_corrections(cp, f, corrections[cp], eaw, numeric)
            fields[cp] = f
        comb = int(f[3])
        combining[cp] = comb
        key = (CATEGORIES.index(f[2], 1), BIDI_NAMES.index(f[4]), comb,
               EAW_NAMES.index(eaw.get(cp, "N")), 1 if f[9] == "Y" else 0)
        if key not in records:
            records[key] = len(rec_list)
            rec_list.append(key)
        ids[cp] = records[key]
        if f[5]:
            decomp[cp] = f[5]
        if f[6]:
            decimals[cp] = int(f[6])
        if f[7]:
            digits[cp] = int(f[7])
        if f[8]:
            num, _, den = f[8].partition("/")
            numeric[cp] = float(num) / float(den) if den else float(num)
    for cp in sorted(set(decimals) | set(digits) | set(numeric)):
        if old[cp] and cp in fields:
            t.num_codes.append(cp)
            t.num_decimal.append(decimals.get(cp, -1))
            t.num_digit.append(digits.get(cp, -1))
            t.num_numeric.append(numeric.get(cp, 0.0))
            t.num_has_numeric.append(1 if cp in numeric else 0)
    for r in rec_list:
        t.rec_category.append(r[0])
        t.rec_bidi.append(r[1])
        t.rec_combining.append(r[2])
        t.rec_eaw.append(r[3])
        t.rec_mirrored.append(r[4])
    seen: dict[str, int] = {}
    parts: list[str] = []
    for b in range(0x1100):
        block = "".join(chr(ids[c] >> 8) + chr(ids[c] & 0xFF) for c in range(b * 256, b * 256 + 256))
        if block not in seen:
            seen[block] = len(parts)
            parts.append(block)
        t.index.append(seen[block])
    t.blocks = "".join(parts)
    for cp in sorted(decomp):
        t.decomp_codes.append(cp)
        t.decomp_strs.append(decomp[cp])
    build_normalization(t, decomp, combining)
    for cp, f in sorted(fields.items()):
        if old[cp] and not f[1].startswith("<"):
            t.name_codes.append(cp)
            t.names_by_code.append(f[1])
    pairs = sorted(zip(t.names_by_code, t.name_codes))
    t.sorted_names = [p[0] for p in pairs]
    t.codes_by_name = [p[1] for p in pairs]
    t.cjk_ranges = cjk
    return t


def build_normalization(t: Tables, decomp: dict[int, str], combining: list[int]) -> None:
    canon: dict[int, list[int]] = {}
    compat: dict[int, list[int]] = {}
    for cp, text in decomp.items():
        words = text.split()
        if words[0].startswith("<"):
            compat[cp] = [int(x, 16) for x in words[1:]]
        else:
            canon[cp] = compat[cp] = [int(x, 16) for x in words]

    def full(cp: int, table: dict[int, list[int]]) -> list[int]:
        if cp not in table:
            return [cp]
        out: list[int] = []
        for c in table[cp]:
            out += full(c, table)
        return out

    for cp in sorted(canon):
        t.nfd_codes.append(cp)
        t.nfd_values.append(utf8(full(cp, canon)))
    for cp in sorted(compat):
        t.nfkd_codes.append(cp)
        t.nfkd_values.append(utf8(full(cp, compat)))
    excluded = set()
    for line in data_lines("CompositionExclusions.txt"):
        excluded.add(int(line, 16))
    comp: dict[int, int] = {}
    for cp, pair in canon.items():
        if len(pair) != 2 or cp in excluded or combining[cp] != 0 or combining[pair[0]] != 0:
            continue
        comp[pair[0] * 0x110000 + pair[1]] = cp
    for key in sorted(comp):
        t.comp_keys.append(key)
        t.comp_values.append(comp[key])


def load() -> Tables:
    """build(), cached in build/ (parsing the files takes seconds)."""
    from pypy27.support.importroot import REPO
    stamp = int(os.path.getmtime(os.path.join(UCD_DIR, "UnicodeData.txt")))
    here = os.path.dirname(os.path.abspath(__file__))
    stamp += int(os.path.getmtime(os.path.join(here, "ucd52_corrections.txt")))
    if os.environ.get("PYPY27_UCD_NO_CORRECTIONS"):
        stamp = -stamp
    path = os.path.join(REPO, "build", "unicodedata-%d.%d-%d-v%d.pickle" % (VERSION[0], VERSION[1], stamp,
                                                                          CACHE_FORMAT))
    try:
        with open(path, "rb") as f:
            result = pickle.load(f)
            assert isinstance(result, Tables)
            return result
    except (OSError, EOFError, ValueError, AttributeError, pickle.UnpicklingError):
        pass
    tables = build()
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path + ".tmp", "wb") as f:
        pickle.dump(tables, f)
    os.replace(path + ".tmp", path)
    return tables
