"""Developers only: record ucd52_corrections.txt, the properties of the
code points where Unicode 5.2 (what CPython 2.7.18's unicodedata answers)
differs from the current UCD files restricted to the 5.2 repertoire.

    python3 interpreter/module/unicodedata/record_corrections.py [PYTHON27]

Each line is `CODEPOINT;FIELD;VALUE` (hexadecimal code point; FIELD one of
category bidirectional combining east_asian_width mirrored decomposition
name decimal digit numeric; an empty VALUE means "none").  The build applies
them (ucdbuild.py); the build never needs python2.7."""
import os
import subprocess
import sys

HOST_ONLY = True

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["category", "bidirectional", "combining", "east_asian_width", "mirrored", "decomposition", "name",
          "decimal", "digit", "numeric"]
DUMP = r'''
import sys, unicodedata as u
w = sys.stdout.write
for cp in range(0x110000):
    c = unichr(cp)
    num = u.numeric(c, None)
    w("%s;%s;%d;%s;%d;%s;%s;%s;%s;%s\n" % (u.category(c), u.bidirectional(c), u.combining(c),
      u.east_asian_width(c), u.mirrored(c), u.decomposition(c), u.name(c, ''), u.decimal(c, ''),
      u.digit(c, ''), '' if num is None else repr(num)))
'''


def ours(cp: int) -> list[str]:
    from pypy27.interpreter.module.unicodedata import tables as t
    dec = t.decimal(cp)
    dig = t.digit(cp)
    return [t.category(cp), t.bidirectional(cp), str(t.combining(cp)), t.east_asian_width(cp),
            str(t.mirrored(cp)), t.decomposition(cp), t.name(cp), "" if dec < 0 else str(dec),
            "" if dig < 0 else str(dig), repr(t.numeric(cp)) if t.has_numeric(cp) else ""]


def main() -> None:
    sys.path.insert(0, os.path.join(HERE, "..", "..", "..", "support"))
    import importroot  # type: ignore[import-untyped]
    importroot.ensure()
    os.environ["PYPY27_UCD_NO_CORRECTIONS"] = "1"
    py27 = sys.argv[1] if len(sys.argv) > 1 else os.path.expanduser("~/.pyenv/versions/2.7.18/bin/python2.7")
    theirs = subprocess.run([py27, "-c", DUMP], stdout=subprocess.PIPE, check=True,
                            text=True).stdout.splitlines()
    lines = []
    for cp in range(0x110000):
        mine = ours(cp)
        ref = theirs[cp].split(";")
        for i, field in enumerate(FIELDS):
            if mine[i] != ref[i]:
                lines.append("%04X;%s;%s\n" % (cp, field, ref[i]))
    with open(os.path.join(HERE, "ucd52_corrections.txt"), "w") as f:
        f.writelines(lines)
    print("%d corrections" % len(lines))


if __name__ == "__main__":
    main()
