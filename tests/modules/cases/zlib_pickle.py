# zlib's stream objects cannot be pickled or copied (2.7's C types expose no
# reduce methods); the error types and messages follow pickle/copy.
import copy
import pickle
import zlib

for make in (zlib.compressobj, zlib.decompressobj):
    obj = make()
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        try:
            pickle.dumps(obj, proto)
        except (TypeError, pickle.PicklingError) as e:
            print make.__name__, proto, type(e).__name__, str(e).split(":")[0]
        else:
            print make.__name__, proto, "pickled"
    for fn in (copy.copy, copy.deepcopy):
        try:
            fn(obj)
        except copy.Error as e:
            print make.__name__, fn.__name__, str(e).split(" of type")[0]
# the stream still works afterwards
c = zlib.compressobj()
data = c.compress("spam " * 100) + c.flush()
print zlib.decompress(data) == "spam " * 100
