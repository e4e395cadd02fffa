"""Record what CPython 2.7's `fmt % arg` gives for constant operands.

Run with a Python 2.7 interpreter (never needed by the tests themselves):
    python2.7 tests/compiler/record_percent_format.py
writes tests/compiler/data/percent_format.json: a list of
[fmt source, arg source, repr of the result or null if 2.7 raises].
The cases are the `'...' % constant` expressions of the conformance corpus
plus a grid of conversions, flags, widths, precisions and values.
"""
import ast
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CONFORMANCE = os.path.join(HERE, "..", "..", "..", "shared", "conformance")

FLOATS = ["0.0", "-0.0", "0.1", "0.5", "1.5", "2.5", "-2.5", "1e-05", "0.0001",
          "123.456", "-123.456", "1e16", "1e22", "1e23", "9.999999999999999e22",
          "1.7976931348623157e308", "5e-324", "1e100", "1e400", "-1e400",
          "(1e400-1e400)", "0.125", "99.44", "0.95", "9.5", "123456789012.0",
          "1234567890123.0", "3.14159", "1e50", "2.675", "1.0", "100.0", "1e-300"]
FLOAT_FMTS = ["%e", "%.0e", "%.1e", "%.3e", "%E", "%.16e", "%.20e", "%f", "%.0f",
              "%.1f", "%.2f", "%.10f", "%.17f", "%.30f", "%F", "%g", "%.0g", "%.1g",
              "%.2g", "%.3g", "%.10g", "%.12g", "%.17g", "%.25g", "%G", "%#g",
              "%#.3g", "%#.0f", "%#.0e", "%10.3f", "%-10.3e|", "%+.2f", "% .2f",
              "%010.2f", "%+010.2f", "%-+10.1f|", "%s", "%r", "%d", "%x", "%o",
              "%i", "%u", "%5s", "%.3s", "%c", "%#x", "%010g", "% 010.3e"]
INTS = ["0", "5", "-5", "255", "-255", "8", "-8", "65", "9223372036854775807",
        "-9223372036854775808", "9223372036854775808L", "5L", "-5L", "0L",
        "123456789012345678901234567890L", "-123456789012345678901234567890L",
        "1114111", "1114112", "256", "8364"]
INT_FMTS = ["%d", "%i", "%u", "%5d", "%-5d|", "%05d", "%+d", "% d", "%+05d",
            "%x", "%X", "%#x", "%#X", "%o", "%#o", "%.5d", "%.3x", "%#.3x",
            "%#8.3x", "%-#8o|", "%c", "%r", "%s", "%10s", "%.2s", "%f", "%e",
            "%g", "%#.3o", "%+x", "% o", "%0#10x", "%ld", "%hd", "%Lx", "%a",
            "%%", "x%sy%%", "%s %s", "%(a)s", "%*d", "%.*f", "abc", "", "%",
            "%5", "%-", "%-05s|"]
STRS = ["''", "'ab'", "'abc'", "'it\\'s'", "'\\xc3\\xa9'", "u''", "u'ab'",
        "u'\\xe9'", "u'\\u20ac'", "u'\\U0001f600'", "'a'", "u'a'", "'say \"hi\"'",
        "None", "'\\n\\t'"]
STR_FMTS = ["%s", "%r", "%5s", "%-5s|", "%.1s", "%5.1s", "%05s", "%+s", "% s",
            "%c", "%d", "%x", "%f", "[%s]", "%s%%", "%s\\xe9", "%r\\xe9",
            "<%10r>", "%%s", "%s %s", "%(x)s"]
COMPLEX = ["1j", "(1+2j)", "(0.1+0.2j)", "(-1.5-2.5j)", "(1e20+1j)", "(1.23456789012345+1j)",
           "-0j", "(-0.0+1j)", "(1e400j)", "(1+0j)"]
COMPLEX_FMTS = ["%s", "%r", "%d", "%f", "%20s", "%.3s"]


def corpus_cases():
    cases = []
    for folder in ["lang", "builtins", "stdlib"]:
        d = os.path.join(CONFORMANCE, folder)
        for name in sorted(os.listdir(d)):
            if not name.endswith(".py"):
                continue
            with open(os.path.join(d, name), "rb") as f:
                src = f.read()
            try:
                tree = compile(src, name, "exec", ast.PyCF_ONLY_AST)
            except SyntaxError:
                continue
            lines = src.splitlines()
            for node in ast.walk(tree):
                if not (isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod)
                        and isinstance(node.left, ast.Str)):
                    continue
                r = node.right
                if isinstance(r, (ast.Num, ast.Str)) or (
                        isinstance(r, ast.Name) and r.id == "None"):
                    if isinstance(r, ast.Str) and node.left.col_offset < 0:
                        continue
                    cases.append([fmt_source(node.left), value_source(r)])
    return cases


def fmt_source(node):
    return ("u" if isinstance(node.s, unicode) else "") + repr_str(node.s)


def repr_str(s):
    r = repr(s)
    return r[1:] if r.startswith("u") else r


def value_source(node):
    if isinstance(node, ast.Name):
        return "None"
    if isinstance(node, ast.Str):
        return fmt_source(node)
    return repr(node.n)


def grid():
    cases = []
    for f in FLOAT_FMTS:
        for v in FLOATS:
            cases.append([repr(f), v])
    for f in INT_FMTS:
        for v in INTS:
            cases.append([repr(f), v])
        cases.append(["u" + repr(f), "5"])
        cases.append(["u" + repr(f), "-255L"])
    for f in STR_FMTS:
        f = f.replace("\\xe9", "\xe9")
        for v in STRS:
            cases.append([repr(f), v])
            if "\xe9" not in f:
                cases.append(["u" + repr(f), v])
    for f in COMPLEX_FMTS:
        for v in COMPLEX:
            cases.append([repr(f), v])
    for f in ["%s", "%r", "%.3f", "%d"]:
        for v in FLOATS[:12]:
            cases.append(["u" + repr(f), v])
    return cases


def main():
    result = []
    seen = set()
    for fmt, arg in corpus_cases() + grid():
        if (fmt, arg) in seen:
            continue
        seen.add((fmt, arg))
        try:
            value = eval(fmt) % eval(arg)
            out = repr(value)
        except Exception:
            out = None
        result.append([fmt, arg, out])
    path = os.path.join(HERE, "data", "percent_format.json")
    with open(path, "w") as f:
        json.dump(result, f, indent=0)
    print("%d cases recorded in %s" % (len(result), path))


if __name__ == "__main__":
    main()
