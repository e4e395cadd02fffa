# Lists and strings: append, indexing, slicing, sort, join, str methods.
import sys

def main(n):
    words = []
    for i in xrange(n):
        words.append("w%d" % (i % 977))
    words.sort()
    s = 0
    for w in words:
        s += len(w)
        if w.startswith("w9"):
            s += 1
    text = " ".join(words[:5000])
    parts = text.split(" ")
    lst = [x * 2 for x in range(n // 10)]
    t = 0
    for j in range(len(lst)):
        t += lst[j] + lst[-1 - j]
    print "list_str", s, len(parts), t, text.upper()[:10]

main(int(sys.argv[1]) if len(sys.argv) > 1 else 200000)
