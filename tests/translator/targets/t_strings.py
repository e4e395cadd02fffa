"""Byte strings: methods, slicing, formatting, comparisons."""


def entry_point(argv: list[str]) -> int:
    s = "  Hello, World  "
    t = s.strip()
    print("[" + t + "]", "[" + s.lstrip() + "]", "[" + s.rstrip() + "]", "[" + "xxaxx".strip("x") + "]")
    print(t.lower(), t.upper(), t.find("o"), t.rfind("o"), t.find("o", 5), t.find("zz"), t.count("l"))
    print(t[0], t[-1], t[1:4], t[:3], t[7:], t[-5:], t[3:1], t[100:], len(t))
    print(t.startswith("Hell"), t.endswith("ld"), "lo" in t, "xyz" not in t, t.replace("l", "L"),
          t.replace("l", "", 1))
    print(",".join(["a", "b", "c"]), "|".join("a,b,,c".split(",")), "|".join("  a  b c ".split()),
          "|".join("a b c d".split(" ", 2)), len("".split()), len("".split(",")))
    print("abc" < "abd", "abc" == "ab" + "c", "b" > "abc", "" < "a", "abc" != "abc", "x" * 3, 3 * "ab")
    print("12".isdigit(), "1a".isdigit(), "ab".isalpha(), " \t".isspace(), "a1".isalnum(), "".isdigit())
    print("%d|%5d|%-5d|%05d|%x|%X|%o|%s|%r|%%|%c" % (42, 42, 42, 42, 255, 255, 8, "str", "it's", 65))
    print("%s and %s" % ("a", 1), "%s" % True, "%.2s" % "abcdef", "%+d % d" % (5, 5))
    print(repr("a\nb\t'\"\\"), repr(chr(200)), ord("A"), chr(97), str(12) + str(1.5) + str(False))
    out = ""
    for c in "hello":
        out = c + out
    print(out, "hello".index("l"), "hello".rindex("l"))
    high = "\xe9t\xe9"
    print(high[0] == "\xe9", high[1] != "\xe9", high[2] == "t", out[0] == "o")
    try:
        "abc".index("z")
    except ValueError:
        print("substring ValueError")
    try:
        print("abc"[5])
    except IndexError:
        print("IndexError")
    parts = []
    for i in range(5):
        parts.append(str(i * i))
    print("-".join(parts), len("-".join(parts)))
    return 0
