"""Build time: the character-type data of unicode's methods (isspace, isalpha,
isdecimal, isdigit, isnumeric, islower, isupper, istitle and the simple
lower/upper/title mappings) as Python 2.7 has them, from Unicode 5.2.

The properties come from the unicodedata module's tables (ucdbuild.py: the
current UCD files restricted to the 5.2 repertoire, corrected to 5.2).  The
case mappings come from UnicodeData.txt restricted to that repertoire (a
mapping to a character added later is dropped, e.g. Georgian's uppercase of
Unicode 11).  With Debian's Unicode 15 files this matches CPython 2.7.18 for
every code point: no mapping of an old character changed otherwise."""
import os

HOST_ONLY = True

HERE = os.path.dirname(os.path.abspath(__file__))

# the flag bits; unicodeobject.py tests them
F_SPACE = 1
F_ALPHA = 2
F_DECIMAL = 4
F_DIGIT = 8
F_NUMERIC = 16
F_LOWER = 32
F_UPPER = 64
F_TITLE = 128

MAPPINGS = ["lower", "upper", "title"]


def flags_of(cp: int) -> int:
    """2.7's flags: derived from the category, the bidirectional class and
    the numeric fields of the 5.2 database."""
    from pypy27.interpreter.module.unicodedata import tables as t
    cat = t.category(cp)
    f = 0
    if cat == "Zs" or t.bidirectional(cp) in ("WS", "B", "S"):
        f |= F_SPACE
    if cat in ("Ll", "Lu", "Lt", "Lo", "Lm"):
        f |= F_ALPHA
    if t.decimal(cp) >= 0:
        f |= F_DECIMAL
    if t.digit(cp) >= 0:
        f |= F_DIGIT
    if t.has_numeric(cp):
        f |= F_NUMERIC
    if cat == "Ll":
        f |= F_LOWER
    elif cat == "Lu":
        f |= F_UPPER
    elif cat == "Lt":
        f |= F_TITLE
    return f


def mappings() -> dict[str, dict[int, int]]:
    """The simple case mappings of the 5.2 repertoire: {name: {code: code}},
    only where a character maps to another one."""
    from pypy27.interpreter.module.unicodedata import ucdbuild
    old = ucdbuild.assigned_in_version()
    maps: dict[str, dict[int, int]] = {"lower": {}, "upper": {}, "title": {}}
    for line in ucdbuild.data_lines("UnicodeData.txt"):
        f = line.split(";")
        cp = int(f[0], 16)
        if not old[cp]:
            continue
        upper = int(f[12], 16) if f[12] else cp
        lower = int(f[13], 16) if f[13] else cp
        # an empty titlecase field means the uppercase mapping
        title = int(f[14], 16) if f[14] else upper
        for name, target in (("lower", lower), ("upper", upper), ("title", title)):
            if target != cp and old[target]:
                maps[name][cp] = target
    return maps


def stamp() -> int:
    """Changes when the inputs of the data change (for build caches)."""
    from pypy27.interpreter.module.unicodedata import ucdbuild
    s = int(os.path.getmtime(os.path.join(ucdbuild.UCD_DIR, "UnicodeData.txt")))
    s += int(os.path.getmtime(os.path.join(HERE, "ucd52_corrections.txt")))
    s += int(os.path.getmtime(os.path.abspath(__file__)))
    return -s if os.environ.get("PYPY27_UCD_NO_CORRECTIONS") else s
