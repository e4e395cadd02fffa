# A plain loop over xrange that fills and reads a dict (integer arithmetic,
# dict get/set, global and local loads).
import sys

def main(n):
    d = {}
    total = 0
    for i in xrange(n):
        k = i % 1000
        d[k] = d.get(k, 0) + i
        total += d[k] & 0xff
    print "loop_dict", n, total, len(d)

main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000000)
