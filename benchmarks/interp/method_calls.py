# Method calls on instances of a user class: attribute reads and writes on
# self, bound-method calls with positional arguments, a class-level constant.
import sys

class Point(object):
    SCALE = 3

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def norm1(self):
        return abs(self.x) + abs(self.y) * self.SCALE

def main(n):
    p = Point(0, 0)
    step = Point(1, -2)
    acc = 0
    for i in xrange(n):
        p = p.add(step)
        acc = (acc + p.norm1()) % 1000003
    print "method_calls", n, p.x, p.y, acc

main(int(sys.argv[1]) if len(sys.argv) > 1 else 300000)
