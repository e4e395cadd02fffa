# ctypes from several threads: foreign calls with callbacks interleave
# (each thread has its own C stacks for calls that call back)
import threading
from ctypes import *
from ctypes.util import find_library

libc = CDLL(find_library("c"))
CMP = CFUNCTYPE(c_int, POINTER(c_int), POINTER(c_int))
compare = CMP(lambda a, b: a[0] - b[0])
results = {}

def work(k):
    ok = True
    for i in range(50):
        arr = (c_int * 12)(*range(12 + k, k, -1))
        libc.qsort(arr, 12, sizeof(c_int), compare)
        ok = ok and list(arr) == range(k + 1, k + 13)
        ok = ok and libc.abs(-i) == i
    results[k] = ok

threads = [threading.Thread(target=work, args=(k,)) for k in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print sorted(results.items())
