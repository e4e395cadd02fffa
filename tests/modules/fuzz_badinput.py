# Python 2.7 program: calls the functions and methods of the built-in modules
# with bad arguments (wrong types, out-of-range and huge numbers, closed files,
# bad descriptors, undecodable strings) and feeds truncated or corrupted data
# to the decoders (zlib, bz2, pickle, marshal, json, gzip, zipfile, tarfile).
# Every call must end in a Python exception or a normal result.
#
#   fuzz_badinput.py list             print every call, one per line
#   fuzz_badinput.py run START [STEP] run the calls START, START+STEP, ...
#
# While running it writes "@N" before call N and "N TYPE" after it, flushed,
# so that tests/modules/test_fuzz_badinput.py can name the call that killed
# the process and restart after it.  Run it in a scratch directory: some
# posix calls create or remove files named 'x' in the current directory.
# FUZZ_ONLY=prefix1,prefix2 keeps only the calls whose text starts with one of
# the prefixes (tests/modules/fuzz_compare.py uses it to rerun one module).
import sys
import os

MODULES = ["posix", "_io", "_socket", "select", "_struct", "array", "marshal",
           "cPickle", "zlib", "_bz2", "binascii", "_codecs", "unicodedata",
           "_sre", "operator", "_collections", "time", "math", "cmath", "mmap",
           "fcntl", "termios", "_json", "_sqlite3", "_random", "_locale",
           "signal", "resource", "_functools", "_heapq", "_bisect", "imp",
           "grp", "pwd", "cStringIO", "_csv", "_md5", "_sha", "_sha256",
           "_sha512", "strop", "readline"]

# Calls that would end, stop, block or damage the test process by design.
SKIP = set("""
posix.fork posix.forkpty posix._exit posix.abort posix.kill posix.killpg
posix.execv posix.execve posix.spawnv posix.spawnve posix.system posix.popen
posix.wait posix.waitpid posix.wait3 posix.wait4 posix.closerange
posix.setuid posix.setgid posix.seteuid posix.setegid posix.setreuid
posix.setregid posix.setresuid posix.setresgid posix.setgroups posix.chroot
posix.initgroups posix.mkfifo posix.mknod posix.setsid posix.setpgrp
posix.setpgid posix.tcsetpgrp posix.nice posix.chdir posix.fchdir
posix.chown posix.lchown posix.fchown posix.chmod posix.lchmod posix.umask
posix.putenv posix.unsetenv posix.read posix.setsid
signal.alarm signal.pause signal.setitimer signal.signal signal.set_wakeup_fd
time.sleep select.select _socket.getaddrinfo _socket.gethostbyname
_socket.gethostbyname_ex _socket.gethostbyaddr _socket.getnameinfo
_socket.getfqdn resource.setrlimit termios.tcsendbreak termios.tcdrain
readline.read_history_file readline.write_history_file readline.read_init_file
readline.parse_and_bind readline.append_history_file
socket.accept socket.recv socket.recvfrom socket.recv_into
socket.recvfrom_into socket.connect socket.connect_ex socket.sendto
socket.settimeout socket.setblocking socket.makefile
fcntl.flock fcntl.lockf
""".split())

BIG = 2 ** 31


class Closed(object):
    pass


def scratch(name, data="abc"):
    f = open(name, "wb")
    f.write(data)
    f.close()
    return name


def closed_file():
    f = open(scratch("fuzz_closed"), "rb")
    f.close()
    return f


# (text shown in the call, factory); a fresh value for every call.
VALUES = [
    ("None", lambda: None),
    ("-1", lambda: -1),
    ("1000", lambda: 1000),
    ("2**31", lambda: BIG),
    ("2**63", lambda: 2 ** 63),
    ("-2**63", lambda: -2 ** 63),
    ("2**64", lambda: 2 ** 64),
    ("1e308", lambda: 1e308),
    ("nan", lambda: float("nan")),
    ("-0.5", lambda: -0.5),
    ("'x'", lambda: "x"),
    ("''", lambda: ""),
    ("'\\xff\\xfe'", lambda: "\xff\xfe"),
    ("u'\\udc80'", lambda: u"\udc80"),
    ("'a\\0b'", lambda: "a\0b"),
    ("[]", lambda: []),
    ("(1,)", lambda: (1,)),
    ("{}", lambda: {}),
    ("object()", lambda: object()),
    ("closed_file", closed_file),
]
SMALL = [v for v in VALUES if v[0] in ("None", "-1", "2**63", "'x'", "closed_file", "u'\\udc80'")]
TINY = [v for v in VALUES if v[0] in ("-1", "'x'", "None")]


def arg_lists():
    yield []
    for v in VALUES:
        yield [v]
    for v in VALUES:
        for w in SMALL:
            yield [v, w]
    for v in TINY:
        for w in TINY:
            for u in TINY:
                yield [v, w, u]


def load(name):
    try:
        return __import__(name)
    except ImportError:
        return None


def public(obj):
    names = []
    for n in sorted(dir(obj)):
        if n.startswith("__") and n not in ("__getitem__", "__setitem__", "__delitem__",
                                            "__init__", "__setstate__", "__reduce__",
                                            "__contains__", "__iter__"):
            continue
        try:
            a = getattr(obj, n)
        except Exception:
            continue
        if callable(a):
            names.append(n)
    return names


# Objects whose methods are fuzzed: (label, factory).  The label names the
# object in the call text; SKIP uses "label.method".
def make_socket():
    import _socket
    return _socket.socket()


def make_closed(factory):
    def make():
        o = factory()
        o.close()
        return o
    return make


def instances():
    import _io
    out = [
        ("FileIO", lambda: _io.FileIO(scratch("fuzz_f"), "r+")),
        ("BytesIO", lambda: _io.BytesIO("abc\ndef\n")),
        ("StringIO", lambda: _io.StringIO(u"abc\ndef\n")),
        ("BufferedReader", lambda: _io.BufferedReader(_io.BytesIO("abc\n"))),
        ("BufferedWriter", lambda: _io.BufferedWriter(_io.BytesIO())),
        ("BufferedRandom", lambda: _io.BufferedRandom(_io.BytesIO("abc"))),
        ("TextIOWrapper", lambda: _io.TextIOWrapper(_io.BytesIO("abc\n"), "utf-8")),
        ("file", lambda: open(scratch("fuzz_g"), "r+b")),
        ("socket", make_socket),
    ]
    for label, f in list(out):
        out.append(("closed_" + label, make_closed(f)))
    mods = {}
    for n in ("mmap", "zlib", "_bz2", "_sre", "_collections", "_random", "_sqlite3",
              "array", "_struct", "thread", "cStringIO", "select", "_csv", "_md5",
              "_sha", "unicodedata", "_json"):
        mods[n] = load(n)
    if mods["mmap"]:
        m = mods["mmap"]
        out.append(("mmap", lambda: m.mmap(-1, 64)))
        out.append(("closed_mmap", make_closed(lambda: m.mmap(-1, 64))))
    if mods["zlib"]:
        z = mods["zlib"]
        out.append(("compressobj", lambda: z.compressobj()))
        out.append(("decompressobj", lambda: z.decompressobj()))
    if mods["_bz2"]:
        b = mods["_bz2"]
        out.append(("BZ2Compressor", lambda: b.BZ2Compressor()))
        out.append(("BZ2Decompressor", lambda: b.BZ2Decompressor()))
    if mods["_sre"]:
        import re
        out.append(("pattern", lambda: re.compile(r"a(b)?(?P<n>c)")))
        out.append(("match", lambda: re.match(r"a(b)?(?P<n>c)", "abc")))
        out.append(("scanner", lambda: re.compile("a").scanner("aaa")))
    if mods["_collections"]:
        c = mods["_collections"]
        out.append(("deque", lambda: c.deque([1, 2, 3])))
        out.append(("defaultdict", lambda: c.defaultdict(list)))
    if mods["_random"]:
        out.append(("Random", lambda: mods["_random"].Random()))
    if mods["_sqlite3"]:
        s = mods["_sqlite3"]
        out.append(("connection", lambda: s.connect(":memory:")))
        out.append(("cursor", lambda: s.connect(":memory:").cursor()))
        out.append(("closed_connection", make_closed(lambda: s.connect(":memory:"))))
    if mods["array"]:
        out.append(("array", lambda: mods["array"].array("i", [1, 2, 3])))
        out.append(("array_c", lambda: mods["array"].array("c", "abc")))
    if mods["_struct"]:
        out.append(("Struct", lambda: mods["_struct"].Struct("<ihc")))
    if mods["thread"]:
        out.append(("lock", lambda: mods["thread"].allocate_lock()))
    if mods["cStringIO"]:
        out.append(("cStringIO_in", lambda: mods["cStringIO"].StringIO("abc\n")))
        out.append(("cStringIO_out", lambda: mods["cStringIO"].StringIO()))
    if mods["select"] and hasattr(mods["select"], "poll"):
        out.append(("poll", lambda: mods["select"].poll()))
    if mods["select"] and hasattr(mods["select"], "epoll"):
        out.append(("epoll", lambda: mods["select"].epoll()))
        out.append(("closed_epoll", make_closed(lambda: mods["select"].epoll())))
    if mods["_md5"]:
        out.append(("md5", lambda: mods["_md5"].new("a")))
    if mods["unicodedata"] and hasattr(mods["unicodedata"], "ucd_3_2_0"):
        out.append(("ucd_3_2_0", lambda: mods["unicodedata"].ucd_3_2_0))
    return out


# Huge results (2**31 * u'x', 1000 ** 2**63) take as long in 2.7: not errors.
for _op in ("pow", "mul", "repeat", "lshift"):
    for _form in ("%s", "i%s", "__%s__", "__i%s__"):
        SKIP.add("operator." + _form % _op)
SKIP.update("""posix.urandom(2**31) math.factorial(2**31) Random.getrandbits(2**31) lock.acquire lock.acquire_lock lock.__enter__ poll.poll epoll.poll
FileIO.readall file.read file.readlines file.xreadlines file.readline
Random.jumpahead""".split())


# --- corrupted data --------------------------------------------------------

def corruptions(blob, step):
    """Truncations every `step` bytes, then single bytes flipped."""
    out = []
    for n in range(0, len(blob), step):
        out.append(("[:%d]" % n, blob[:n]))
    for i in range(0, len(blob), step):
        for x in ("\x00", "\xff", "\x7f"):
            out.append(("[%d]=%r" % (i, x), blob[:i] + x + blob[i + 1:]))
    return out


def data_cases():
    """(text, function, data) triples."""
    import zlib
    import json
    import marshal
    import cPickle
    import pickle
    import gzip
    import zipfile
    import tarfile
    import io
    cases = []
    text = "hello world " * 20
    z = zlib.compress(text)
    for tag, d in corruptions(z, 3):
        cases.append(("zlib.decompress(z%s)" % tag, zlib.decompress, d))
        cases.append(("decompressobj().decompress(z%s)" % tag,
                      lambda d: zlib.decompressobj().decompress(d, 5) + zlib.decompressobj().flush(), d))
    bz2 = load("bz2")
    if bz2:
        b = bz2.compress(text)
        for tag, d in corruptions(b, 4):
            cases.append(("bz2.decompress(b%s)" % tag, bz2.decompress, d))
    obj = [1, 2 ** 70, -3.5, 1j, u"\xe9", "s", (None, True), {"k": [set([1])]}, frozenset("ab")]
    for proto in (0, 2):
        p = cPickle.dumps(obj, proto)
        for tag, d in corruptions(p, max(1, len(p) // 40)):
            cases.append(("cPickle.loads(p%d%s)" % (proto, tag), cPickle.loads, d))
            cases.append(("pickle.loads(p%d%s)" % (proto, tag), pickle.loads, d))
    m = marshal.dumps([1, 2 ** 70, -3.5, 1j, u"\xe9", "s", (None,), {"k": 1}, frozenset("a"),
                       compile("x = 1", "f", "exec")])
    for tag, d in corruptions(m, max(1, len(m) // 40)):
        cases.append(("marshal.loads(m%s)" % tag, marshal.loads, d))
    j = json.dumps({"a": [1, 2.5, -3e10, None, True, u"\xe9\u1234", "\\\"q"], "b": {}})
    for tag, d in corruptions(j, 2):
        cases.append(("json.loads(j%s)" % tag, json.loads, d))
        cases.append(("json.loads(uj%s)" % tag, json.loads, d.decode("latin-1")))
    for bad in ('"\\ud800"', '"\\u12"', '"\\x41"', "[1,]", "1e999", "-", '"\xff"', "[" * 50000,
                '{"a" 1}', "[1 2]", "nan", "NaN", "-Infinity", '"\\', "\x00"):
        cases.append(("json.loads(%r)" % bad[:20], json.loads, bad))

    def gz(d):
        return gzip.GzipFile(fileobj=io.BytesIO(d)).read()
    buf = io.BytesIO()
    g = gzip.GzipFile(fileobj=buf, mode="wb")
    g.write(text)
    g.close()
    for tag, d in corruptions(buf.getvalue(), 3):
        cases.append(("gzip(g%s)" % tag, gz, d))

    def zf(d):
        f = zipfile.ZipFile(io.BytesIO(d))
        return [f.read(n) for n in f.namelist()] + [f.testzip()]
    buf = io.BytesIO()
    f = zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED)
    f.writestr("a.txt", text)
    f.writestr("b/c.txt", "short")
    f.close()
    for tag, d in corruptions(buf.getvalue(), 6):
        cases.append(("zipfile(zf%s)" % tag, zf, d))

    def tf(d):
        t = tarfile.open(fileobj=io.BytesIO(d))
        return [t.extractfile(m).read() for m in t.getmembers() if m.isfile()]
    buf = io.BytesIO()
    t = tarfile.open(fileobj=buf, mode="w:gz")
    info = tarfile.TarInfo("a.txt")
    info.size = len(text)
    t.addfile(info, io.BytesIO(text))
    t.close()
    for tag, d in corruptions(buf.getvalue(), 5):
        cases.append(("tarfile(tf%s)" % tag, tf, d))
    raw = io.BytesIO()
    t = tarfile.open(fileobj=raw, mode="w")
    t.addfile(info, io.BytesIO(text))
    t.close()
    for tag, d in corruptions(raw.getvalue()[:1024], 16):
        cases.append(("tarfile(tr%s)" % tag, tf, d))
    import binascii
    for fn in ("a2b_base64", "a2b_hex", "a2b_uu", "a2b_qp", "a2b_hqx", "rledecode_hqx", "unhexlify"):
        for bad in ("=", "a", "abc", "\xff\x00", "YQ", "!!!!", "\x90\x00\x90", "====", "ab=c", "\x90"):
            cases.append(("binascii.%s(%r)" % (fn, bad), getattr(binascii, fn), bad))
    for enc in ("utf-8", "utf-16", "utf-16-le", "utf-32", "utf-7", "unicode_escape",
                "raw_unicode_escape", "string_escape", "latin-1", "ascii", "idna",
                "punycode", "base64_codec", "hex_codec", "zlib_codec", "uu_codec",
                "quopri_codec", "charmap", "cp1252", "mbcs", "undefined", "rot13",
                "utf-8-sig", "unicode_internal", "bz2_codec", "nosuch"):
        for bad in ("\xff", "\xc3", "\xed\xa0\x80", "\\", "\\x4", "\\u12", "\\N{foo}", "+AGE",
                    "\x00\xd8", "\x00\x00\x11\x00", "xn--", "begin 666 x\n", "=\n=X"):
            cases.append(("%r.decode(%r)" % (bad, enc), lambda b, e=enc: b.decode(e), bad))
        for bad in (u"\udc80", u"\xff", u"\U0010ffff", u"a\u20acb"):
            cases.append(("%r.encode(%r)" % (bad, enc), lambda u, e=enc: u.encode(e), bad))
    return cases


# --- the run ----------------------------------------------------------------

def calls():
    """[(text, thunk)] in a fixed order."""
    out = []
    for name in MODULES:
        mod = load(name)
        if mod is None:
            continue
        for fname in public(mod):
            if name + "." + fname in SKIP:
                continue
            fn = getattr(mod, fname)
            for args in arg_lists():
                text = "%s.%s(%s)" % (name, fname, ", ".join(a[0] for a in args))
                if text in SKIP:
                    continue
                out.append((text, make_call(fn, args)))
    for label, factory in instances():
        try:
            sample = factory()
        except Exception:
            continue
        base = label[len("closed_"):] if label.startswith("closed_") else label
        for meth in public(sample):
            if base + "." + meth in SKIP or label + "." + meth in SKIP:
                continue
            for args in arg_lists():
                text = "%s.%s(%s)" % (label, meth, ", ".join(a[0] for a in args))
                if text in SKIP:
                    continue
                out.append((text, make_method_call(factory, meth, args)))
        close(sample)
    for text, fn, data in data_cases():
        out.append((text, make_data_call(fn, data)))
    return out


def close(o):
    c = getattr(o, "close", None)
    if c is not None:
        try:
            c()
        except Exception:
            pass


def make_call(fn, args):
    def run():
        return fn(*[a[1]() for a in args])
    return run


def make_method_call(factory, meth, args):
    def run():
        o = factory()
        try:
            return getattr(o, meth)(*[a[1]() for a in args])
        finally:
            close(o)
    return run


def make_data_call(fn, data):
    def run():
        return fn(data)
    return run


def main():
    todo = calls()
    only = os.environ.get("FUZZ_ONLY")
    if only:
        prefixes = tuple(only.split(","))
        todo = [c for c in todo if c[0].startswith(prefixes)]
    if sys.argv[1] == "list":
        for i, (text, _) in enumerate(todo):
            sys.stdout.write("%d %s\n" % (i, text))
        return
    out = sys.stdout
    start = int(sys.argv[2])
    step = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    for i in range(start, len(todo), step):
        out.write("@%d\n" % i)
        out.flush()
        try:
            r = todo[i][1]()
            kind = "ok"
            del r
        except BaseException as e:
            kind = type(e).__name__
        out.write("%d %s\n" % (i, kind))
    out.write("done %d\n" % len(todo))


if __name__ == "__main__":
    main()
