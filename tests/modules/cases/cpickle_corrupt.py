# cPickle.loads on truncated and corrupted pickles fails like 2.7's cPickle: a
# line's last character is taken for its newline, I/L lines stop at a NUL, a
# NUL opcode is EOFError, floats must end at a newline.
import cPickle
obj = [1, 2 ** 70, -3.5, 1j, u"\xe9", "s", (None, True), {"k": [set([1])]}, frozenset("ab")]
def corruptions(blob, step):
    out = []
    for n in range(0, len(blob), step):
        out.append(("[:%d]" % n, blob[:n]))
    for i in range(0, len(blob), step):
        for x in ("\x00", "\xff", "\x7f"):
            out.append(("[%d]=%r" % (i, x), blob[:i] + x + blob[i + 1:]))
    return out
for proto in (0, 2):
    p = cPickle.dumps(obj, proto)
    for tag, d in corruptions(p, max(1, len(p) // 40)):
        try:
            cPickle.loads(d)
            print proto, tag, 'ok'
        except Exception as e:
            print proto, tag, type(e).__name__
