"""Floats: repr, arithmetic, conversions, errors."""


def show(x: float) -> str:
    return repr(x) + " " + str(x)


def entry_point(argv: list[str]) -> int:
    for x in [0.0, -0.0, 1.0, 0.1, 1.5, 1e16, 1e-5, 123456789.125, 1 / 3.0, 2.0 * 0.5, 1e300 * 1e10,
              -1e300 * 1e10, 3.0e-320, 100.0, 1e15, 0.0001]:
        print(show(x))
    print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, 2.0 ** 3, 10 / 4, 3 * 1.5)
    print(float("1.25"), float(" -3e2 "), float("inf"), int(3.99), int(-3.99), float(7))
    try:
        print(1.0 / (len(argv) - len(argv)))
    except ZeroDivisionError:
        print("ZeroDivisionError")
    try:
        print(float("abc"))
    except ValueError:
        print("ValueError")
    try:
        print(int(1e300 * 1e10))
    except OverflowError:
        print("OverflowError")
    s = 0.0
    for i in range(1, 1000):
        s += 1.0 / (i * i)
    print(s, abs(-2.5), min(1.5, 2), max(1.5, 2.0), 0.1 + 0.2 == 0.3, 1.0 < 2, -2.5 < -3)
    print("%.3f|%10.2f|%-8.1f|%e|%g|%g" % (3.14159, 2.5, -1.25, 12345.678, 0.00001234, 1e20))
    return 0
