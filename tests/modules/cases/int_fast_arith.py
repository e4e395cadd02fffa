# int + - * % // through the evaluator's fast paths: small-int cache edges,
# overflow to long, ZeroDivisionError messages
import sys
m = sys.maxint
for a in (7, -7, 0, 255, 256, 257, -5, -6, m, -m - 1):
    for b in (3, -3, 1, -1, 2, 256):
        print a + b, a - b, a * b, a % b, a // b, type(a * b).__name__
for a, b in ((1, 0), (5, 0)):
    for f in (lambda: a % b, lambda: a // b, lambda: a / b):
        try:
            f()
        except ZeroDivisionError as e:
            print e
x = 250
x += 6; print x, x is 256
x += 1; print x
print (-m - 1) // -1, (-m - 1) % -1, 3 - 8, 100 + 156, -3 - 3, 128 * 2
