# struct sequences (os.stat, os.statvfs, time.struct_time) pickle and come
# back equal, with their extra fields
import os, time, pickle, cPickle
st = os.stat(os.curdir)
print st.__reduce__()[0] is type(st), sorted(st.__reduce__()[1][1].keys())
for mod in (pickle, cPickle):
    for proto in (0, 1, 2):
        for obj in (time.localtime(0), st, os.statvfs(os.curdir)):
            back = mod.loads(mod.dumps(obj, proto))
            ok = back == obj and type(back) is type(obj)
            if obj is st:
                ok = ok and back.st_mtime == st.st_mtime and back.st_blksize == st.st_blksize
            print mod.__name__, proto, type(obj).__name__, ok
r = type(st)(tuple(st), {"st_mtime": 1.5})
print r.st_mtime, r.st_atime == st[7], r.st_rdev
vfs = type(os.statvfs(os.curdir))
try:
    vfs((1, 2))
except TypeError as e:
    print "TypeError:", e
