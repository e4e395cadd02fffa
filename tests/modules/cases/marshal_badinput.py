# Corrupted or truncated marshal data raises 2.7's exceptions.
import marshal

data = marshal.dumps([1, 2 ** 70, -3.5, 1j, u"\xe9", "s", (None,), {"k": 1}, frozenset("a")])
for d in ["[\xff\xff\xff\xff", "(\xff\xff\xff\xff", "<\xff\xff\xff\xff", ">\xff\xff\xff\xff",
          "s\xff\xff\xff\xff", "", "i\x01", "?", "0", "R\x05\x00\x00\x00", data[:5], data[:-1],
          data[:4] + "\xff" + data[5:], data[:10] + "\x00" + data[11:]]:
    try:
        print repr(marshal.loads(d))[:60]
    except Exception as e:
        print type(e).__name__, e
# a count corrupted into about 2**31 items: EOFError at once, as in 2.7
for i in (4, 10):
    try:
        print repr(marshal.loads(data[:i] + "\x7f" + data[i + 1:]))[:60]
    except Exception as e:
        print type(e).__name__, e
