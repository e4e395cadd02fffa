# Plain function calls: recursion (fib), a small helper called in a loop,
# keyword and default arguments.
import sys

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def clamp(x, lo=0, hi=100):
    if x < lo:
        return lo
    if x > hi:
        return hi
    return x

def main(n):
    s = 0
    for i in xrange(n):
        s += clamp(i % 150 - 20)
        s += clamp(i % 7, hi=5)
    print "func_calls", fib(22), s

main(int(sys.argv[1]) if len(sys.argv) > 1 else 300000)
