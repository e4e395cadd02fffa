"""Tests of the C runtime (translator/c/runtime/).

Two C programs are compiled in two configurations: optimised with the Boehm
GC (what translated programs use) and -O0 with AddressSanitizer/UBSan on the
never-freeing debug allocator. test_rt_driver runs string/number operations
read from stdin; the expected results are computed here by Python 3 itself.
test_rt_main asserts list, dict, exception and process behaviour in C.
"""
import math
import os
import random
import shutil
import struct
import subprocess

import pytest

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
RUNTIME = os.path.join(ROOT, "translator", "c", "runtime")
TESTS = os.path.join(RUNTIME, "tests")
INT_MIN, INT_MAX = -(2**63), 2**63 - 1

CONFIGS = {
    "boehm": (["-O2"], ["rt_gc_boehm.c", "rt_gc_boehm_weak.c"], ["-lgc"]),
    "asan": (["-O0", "-g", "-DRT_DEBUG", "-fsanitize=address,undefined",
              "-fno-sanitize-recover=undefined", "-fno-omit-frame-pointer"],
             ["rt_gc_nofree.c"], []),
}

pytestmark = pytest.mark.skipif(shutil.which("gcc") is None, reason="needs gcc")


def runtime_sources(gc_files):
    names = sorted(f for f in os.listdir(RUNTIME)
                   if f.endswith(".c") and not f.startswith("rt_gc_"))
    return [os.path.join(RUNTIME, f) for f in names + gc_files]


def compile_program(tmpdir, name, config):
    cflags, gc_files, libs = CONFIGS[config]
    exe = os.path.join(str(tmpdir), "%s_%s" % (name, config))
    cmd = (["gcc", "-std=gnu11", "-Wall", "-Wextra", "-Werror", "-I", RUNTIME, "-I", TESTS]
           + cflags + ["-o", exe] + runtime_sources(gc_files)
           + [os.path.join(TESTS, name + ".c"), os.path.join(TESTS, "rt_test_hooks.c")]
           + libs + ["-lm"])
    subprocess.run(cmd, check=True)
    return exe


@pytest.fixture(scope="module", params=sorted(CONFIGS))
def programs(request, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("rt_" + request.param)
    return {name: compile_program(tmp, name, request.param)
            for name in ("test_rt_driver", "test_rt_main")}


def run(exe, args=(), stdin=""):
    env = dict(os.environ, ASAN_OPTIONS="detect_leaks=0")
    return subprocess.run([exe] + list(args), input=stdin, capture_output=True,
                          text=True, env=env, timeout=120)


# ---- encodings shared with test_rt_driver.c ------------------------------------

def es(s):
    return "n" if s is None else "x" + s.encode("latin-1").hex()


def ef(f):
    return f.hex()


def rs(s):
    return "S:" + s.encode("latin-1").hex()


def rf(f):
    if math.isnan(f):
        return "F:nan"
    return "F:%016x" % struct.unpack("<Q", struct.pack("<d", f))[0]


def rexc(name, msg):
    return "E:%s:%s" % (name, msg.encode("latin-1").hex())


def expect(fn, encode):
    """Runs fn() and encodes its result or exception like the driver."""
    try:
        return encode(fn())
    except ZeroDivisionError as e:
        return rexc("ZeroDivisionError", str(e))
    except OverflowError as e:
        return rexc("OverflowError", str(e))
    except (ValueError, TypeError) as e:      # the runtime has no TypeError
        return rexc("ValueError", str(e))
    except IndexError as e:
        return rexc("IndexError", str(e))


def ri(v):
    return "I:%d" % v


def rb(v):
    return "B:%d" % int(bool(v))


def rl(lst):
    return "L:" + ",".join(es(s) for s in lst)


def wrap(v):
    return (v + 2**63) % 2**64 - 2**63


def checked(v):
    if not INT_MIN <= v <= INT_MAX:
        raise OverflowError("integer overflow")
    return v


class Cases:
    def __init__(self):
        self.lines, self.expected = [], []

    def add(self, line, result):
        self.lines.append(line)
        self.expected.append(result)


def check_driver(exe, cases):
    out = run(exe, stdin="\n".join(cases.lines) + "\n")
    assert out.returncode == 0, out.stderr
    got = out.stdout.splitlines()
    assert len(got) == len(cases.lines), out.stderr
    bad = [(line, e, g) for line, e, g in zip(cases.lines, cases.expected, got) if e != g]
    assert not bad, "%d mismatches, first ones: %r" % (len(bad), bad[:5])


# ---- floats ---------------------------------------------------------------------

def float_values(rng, n):
    vals = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 1e16, 1e15, 9999999999999998.0,
            1e17, 1e-4, 1e-5, 0.0001234, 0.00001234, 1.5e-5, 5e-324, 2.2250738585072014e-308,
            1.7976931348623157e308, 123456789.0, 1e22, 1e23, 2.0**53, 2.0**63, 2.5, 0.5,
            float("inf"), float("-inf"), float("nan"), 100.0, 1234.5678, 4.35, 0.001, 1e100]
    for _ in range(n):
        bits = rng.getrandbits(64)
        f = struct.unpack("<d", struct.pack("<Q", bits))[0]
        if not math.isnan(f):
            vals.append(f)
        vals.append(round(rng.uniform(-1000, 1000), rng.randint(0, 6)))
        vals.append(rng.random() * 10.0 ** rng.randint(-25, 25))
        vals.append(rng.randint(1, 10**15) / 10 ** rng.randint(0, 22))   # 15-digit fast path
    return vals


def test_float_repr(programs):
    rng = random.Random(1)
    c = Cases()
    for f in float_values(rng, 1500):
        c.add("repr_float " + ef(f), rs(repr(f)))
    check_driver(programs["test_rt_driver"], c)


def test_float_and_int_arithmetic(programs):
    c = Cases()
    ints = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 2**31, 2**32 + 5, -(2**40), INT_MAX, INT_MIN,
            INT_MAX - 1, INT_MIN + 1, 3037000499, 3037000500]
    for a in ints:
        c.add("neg_ovf %d" % a, expect(lambda: checked(-a), ri))
        for b in ints:
            c.add("floordiv %d %d" % (a, b), expect(lambda: wrap(a // b), ri))
            c.add("mod %d %d" % (a, b), expect(lambda: wrap(a % b), ri))
            c.add("add_ovf %d %d" % (a, b), expect(lambda: checked(a + b), ri))
            c.add("sub_ovf %d %d" % (a, b), expect(lambda: checked(a - b), ri))
            c.add("mul_ovf %d %d" % (a, b), expect(lambda: checked(a * b), ri))
    for a in [0, 1, -1, 3, -3, 2**40, INT_MAX, INT_MIN]:
        for b in [-1, 0, 1, 2, 31, 40, 62, 63, 64, 100]:
            c.add("lshift_ovf %d %d" % (a, b), expect(lambda: checked(a << b), ri))
    for a in [0, 1, -1, 2, 3, -3, 10, 12345]:
        for b in [0, 1, 2, 5, 13, 40, 63, 64, 100]:
            c.add("int_pow %d %d" % (a, b), ri(wrap(a ** b)))
    floats = [0.0, -0.0, 1.0, -1.0, 2.5, -2.5, 0.1, 3.0, -3.0, 7.0, 1e300, -1e-300, 0.5, 1e308,
              float("inf"), float("-inf"), float("nan"), 5e-324]

    def pw(a, b):
        if a < 0 and math.isfinite(a) and math.isfinite(b) and b != math.floor(b):
            raise ValueError("negative number cannot be raised to a fractional power")
        return a ** b

    for a in floats:
        for b in floats:
            args = "%s %s" % (ef(a), ef(b))
            c.add("float_div " + args, expect(lambda: a / b, rf))
            c.add("float_mod " + args, expect(lambda: a % b, rf))
            c.add("float_floordiv " + args, expect(lambda: a // b, rf))
            c.add("float_pow " + args, expect(lambda: pw(a, b), rf))
    check_driver(programs["test_rt_driver"], c)


# ---- parsing --------------------------------------------------------------------

INT_LITERALS = [
    "0", "1", "-1", "+5", " 42 ", "\t\n 42\x0b\x0c", "\xa012\x85", "\x1c7\x1f", "1_000", "1__0", "_1",
    "1_", "0x1f", "0X1F", "0o17", "0b101", "0x_1f", "0x", "0b", "00", "000", "0_0", "010", "08",
    "9223372036854775807", "-9223372036854775808", "9223372036854775808",
    "-9223372036854775809", "99999999999999999999999", "", " ", "-", "+", "- 1", "1 1",
    "z", "Z", "zz", "abc", "ABC", "1.5", "1e5", "\xb2", "\xe9", "12\xff", "0x7fffffffffffffff",
    "-0x8000000000000000", "0b" + "1" * 64, "+0o_7", "0_x1", "0x1_", "1" * 300, "'\"",
]


def py_int(s, base):
    v = int(s, base)
    if not INT_MIN <= v <= INT_MAX:
        raise OverflowError("int too large to convert to a machine word")
    return v


def test_int_parsing(programs):
    c = Cases()
    for s in INT_LITERALS:
        for base in [10, 0, 2, 8, 16, 36, 1, 37, 3]:
            c.add("to_int %s %d" % (es(s), base), expect(lambda: py_int(s, base), ri))
    for v in [0, 1, -1, 10, -10, 12345678901234, INT_MAX, INT_MIN]:
        c.add("str_int %d" % v, rs(str(v)))
    check_driver(programs["test_rt_driver"], c)


FLOAT_LITERALS = [
    "0", "1.5", "-1.5", "+.5", "5.", ".", "1e5", "1E-5", "1e", "1e+", "e5", "inf", "-inf", "+INF",
    "Infinity", "-iNfInItY", "nan", "-nan", "NaN", "in", "infinit", "nana", " 3.25 ", "\xa0 7\x85",
    "1_000.5", "1_000.0_1", "1__0", "_1", "1_", "1._5", "1_.5", "1e1_0", "1e_1", "0x1p3", "1e400",
    "-1e400", "1e-400", "", "  ", "1.5.2", "12abc", "1,5", "0.1", "4.35", "123456789012345678901234",
    "2.2250738585072014e-308", "+-1",
]


def test_float_parsing(programs):
    c = Cases()
    for s in FLOAT_LITERALS:
        c.add("to_float " + es(s), expect(lambda: float(s), rf))
    check_driver(programs["test_rt_driver"], c)


# ---- string methods ---------------------------------------------------------------

def test_char_tables_and_repr(programs):
    c = Cases()

    def case_map(ch, fn):
        r = fn(ch)
        return ord(r) if len(r) == 1 and ord(r) < 256 else ord(ch)

    for i in range(256):
        ch = chr(i)
        flags = (ch.isspace() and 1) | (ch.isalpha() and 2) | (ch.isdigit() and 4) | (ch.isalnum() and 8)
        c.add("ctype %d" % i, "I:%d %d %d" % (flags, case_map(ch, str.lower), case_map(ch, str.upper)))
        c.add("repr " + es(ch), rs(repr(ch)))
    everything = "".join(chr(i) for i in range(256))
    for s in [everything, "", "'", '"', "'\"", "it's", 'say "hi"', "a\\b", "\t\n\r"]:
        c.add("repr " + es(s), rs(repr(s)))
    ascii_safe = "".join(ch for ch in everything if len(ch.upper()) == 1 and ord(ch.upper()) < 256)
    for s in [everything, "Hello World", "", "ABC", "abc", "\xc0\xe9\xde\xfe"]:
        c.add("lower " + es(s), rs(s.lower()))
    for s in [ascii_safe, "Hello World", "", "ABC", "\xc0\xe9\xde\xfe"]:
        c.add("upper " + es(s), rs(s.upper()))
    for s in ["", "123", "12a", "abc", "ab1", " ", " \t\xa0", "a b", "\xb2\xb3", "\xbd", "\xe9"]:
        for m in ["isdigit", "isalpha", "isspace", "isalnum"]:
            c.add("%s %s" % (m, es(s)), rb(getattr(s, m)()))
    check_driver(programs["test_rt_driver"], c)


def random_strings(rng, alphabet, n, maxlen):
    return [""] + ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, maxlen))) for _ in range(n)]


def test_search_and_slicing(programs):
    rng = random.Random(2)
    c = Cases()
    hay = random_strings(rng, "aab", 60, 9)
    subs = ["", "a", "b", "ab", "ba", "aa", "aba", "abab", "c"]
    bounds = [-12, -3, -1, 0, 1, 2, 5, 9, 12, INT_MAX, INT_MIN]
    for s in hay:
        for sub in subs:
            c.add("count %s %s" % (es(s), es(sub)), ri(s.count(sub)))
            c.add("contains %s %s" % (es(s), es(sub)), rb(sub in s))
            c.add("startswith %s %s" % (es(s), es(sub)), rb(s.startswith(sub)))
            c.add("endswith %s %s" % (es(s), es(sub)), rb(s.endswith(sub)))
            for _ in range(3):
                a, b = rng.choice(bounds), rng.choice(bounds)
                c.add("find %s %s %d %d" % (es(s), es(sub), a, b), ri(s.find(sub, a, b)))
                c.add("rfind %s %s %d %d" % (es(s), es(sub), a, b), ri(s.rfind(sub, a, b)))
        for a in bounds:
            c.add("getitem %s %d" % (es(s), a), expect(lambda: s[a], rs))
            for b in bounds[::2]:
                c.add("slice %s %d %d" % (es(s), a, b), rs(s[a:b]))
        for n in [-1, 0, 1, 3]:
            c.add("mul %s %d" % (es(s), n), rs(s * n))
        t = rng.choice(hay)
        c.add("concat %s %s" % (es(s), es(t)), rs(s + t))
        c.add("cmp %s %s" % (es(s), es(t)), ri((s > t) - (s < t)))
        c.add("eq %s %s" % (es(s), es(t)), rb(s == t))
        c.add("eq %s %s" % (es(s), es(s)), rb(True))
    c.add("cmp %s %s" % (es("\xff"), es("a")), ri(1))
    c.add("find %s %s 0 200" % (es("x" * 100 + "needle" + "y" * 50), es("needle")), ri(100))
    c.add("find %s %s 0 105" % (es("x" * 100 + "needle" + "y" * 50), es("needle")), ri(-1))
    c.add("join " + es(", ") + " " + " ".join(es(w) for w in ["a", "", "bc", "d"]), rs("a, , bc, d"))
    c.add("join " + es("-") + " " + es("solo"), rs("solo"))
    c.add("join " + es("-"), rs(""))
    check_driver(programs["test_rt_driver"], c)


def test_split_strip_replace(programs):
    rng = random.Random(3)
    c = Cases()
    texts = random_strings(rng, "ab ,\t\xa0\x85", 80, 12) + ["  a  b  c  ", "a,b,,c,", ",", "a"]
    for s in texts:
        for sep in [None, " ", ",", "a", "ab", ", "]:
            for maxsplit in [-1, 0, 1, 2]:
                c.add("split %s %s %d" % (es(s), es(sep), maxsplit), rl(s.split(sep, maxsplit)))
        c.add("split %s %s -1" % (es(s), es("")), expect(lambda: s.split(""), rl))
        for chars in [None, " ", "ab", ""]:
            for which, fn in [(1, str.lstrip), (2, str.rstrip), (3, str.strip)]:
                c.add("strip %s %s %d" % (es(s), es(chars), which), rs(fn(s, chars)))
        for old, new in [("a", "xy"), ("ab", ""), ("", "-"), (" ", "  "), ("zz", "q"), ("b", "b")]:
            for count in [-1, 0, 1, 2, 100]:
                c.add("replace %s %s %s %d" % (es(s), es(old), es(new), count),
                      rs(s.replace(old, new, count)))
    check_driver(programs["test_rt_driver"], c)


# ---- % formatting -----------------------------------------------------------------

FORMAT_VALUES = {
    "i": [0, 7, -7, 255, -255, 1234567, INT_MAX, INT_MIN],
    "f": [0.0, -0.0, 1.5, -2.25, 2.5, 1e-7, 123456.789, 1e16, 1e22, 0.1, 1 / 3,
          float("inf"), float("-inf"), float("nan")],
    "s": ["", "a", "abc", "it's", "tab\t\xe9"],
    "b": [True, False],
}
CONVERSIONS = {
    "d": "ifb", "i": "ifs", "u": "i", "x": "ibf", "X": "i", "o": "is", "e": "ifb", "E": "f",
    "f": "ifs", "F": "f", "g": "ifb", "G": "f", "s": "ifsb", "r": "ifsb", "c": "is",
}


def format_arg(kind, v):
    if kind == "i":
        return str(v)
    if kind == "b":
        return str(int(v))
    if kind == "f":
        return ef(v)
    return es(v)


def test_percent_format(programs):
    rng = random.Random(4)
    c = Cases()

    def add(fmt, kinds, values):
        line = "format %s _%s %s" % (es(fmt), kinds, " ".join(format_arg(k, v) for k, v in zip(kinds, values)))
        c.add(line.rstrip(), expect(lambda: fmt % tuple(values), rs))

    flags = ["", "-", "+", " ", "0", "#", "-0", "+0", " 0", "#0", "-#", "+#", "+ "]
    for conv, kinds in CONVERSIONS.items():
        for flag in flags:
            for width in ["", "1", "5", "12"]:
                for prec in ["", ".0", ".1", ".3", ".10"]:
                    fmt = "<%" + flag + width + prec + conv + ">"
                    for kind in kinds:
                        values = FORMAT_VALUES[kind]
                        if conv == "c" and kind == "i":
                            values = [65, 0, 255]
                        if conv == "c" and kind == "s":
                            values = ["a", "\xe9", "ab"]
                        if conv in "diu" and kind == "f":
                            values = [v for v in values if math.isfinite(v) and abs(v) < 1e18]
                        for v in rng.sample(values, min(3, len(values))):
                            add(fmt, kind, [v])
    add("plain", "", [])
    add("100%% sure", "", [])
    add("%s and %d and %.2f%%", "sif", ["x", 3, 2.5])
    add("%ld %hd %Lf", "iif", [1, 2, 0.5])
    add("%s", "", [])
    add("%s", "ii", [1, 2])
    add("%", "", [])
    add("abc%", "i", [1])
    add("%y", "i", [1])
    add("%5.2z", "i", [1])
    add("%d", "s", ["a"])
    add("%d", "f", [float("nan")])
    add("%d", "f", [float("inf")])
    add("%c", "s", ["ab"])
    add("%.30f", "f", [0.1])
    add("%.3f", "f", [1e300])
    add("%.0f %.0f %.0f", "fff", [0.5, 1.5, 2.5])
    # kind 'r': an rt_str shown through repr() by %s
    line = "format %s _r %s" % (es("[%s]"), es("a'b"))
    c.add(line, rs("[%s]" % repr("a'b")))
    check_driver(programs["test_rt_driver"], c)


# ---- containers, exceptions, process (asserted in C) ------------------------------

def test_c_assertions(programs):
    out = run(programs["test_rt_main"])
    assert out.returncode == 0, out.stdout + out.stderr
    lines = out.stdout.splitlines()
    assert not [l for l in lines if l.startswith("FAIL")], out.stdout
    assert lines[-1].startswith("ok "), out.stdout
    assert int(lines[-1].split()[1]) > 80


def test_exit_status_and_uncaught_exception(programs):
    exe = programs["test_rt_main"]
    out = run(exe, ["exit", "7"])
    assert out.returncode == 7
    assert out.stdout == "exiting with 7\n"
    out = run(exe, ["raise"])
    assert out.returncode == 1
    assert out.stdout == "before\n"          # stdout flushed
    assert out.stderr == "Fatal error: uncaught exception KeyError\n"
    out = run(exe, ["write"])
    assert out.returncode == 0
    assert out.stdout == "one\ntwo\nthree\n"
    assert out.stderr == "err\n"
    out = run(exe, ["argv", "a b", "", "\xe9"])
    # argv[3] arrives as the UTF-8 bytes c3 a9, printable latin-1 for repr
    assert out.stdout.splitlines() == ["4", "'argv'", "'a b'", "''", "'\xe9'"]


def test_stack_overflow_is_caught(programs):
    out = run(programs["test_rt_main"], ["recurse"])
    assert out.returncode == 0, out.stderr
    depth, caught = out.stdout.split()
    assert caught == "StackOverflow"
    assert int(depth) > 1000
