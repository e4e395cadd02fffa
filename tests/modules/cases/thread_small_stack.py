# Threads with a small thread.stack_size start, and a full collection inside
# one (which clears dead stack below its caller) stays within that stack.
import gc
import thread
import threading

results = []


def work(n):
    gc.collect()
    results.append(sum(range(n)))


for size in (32768, 65536, 262144):
    old = thread.stack_size(size)
    t = threading.Thread(target=work, args=(size // 1024,))
    t.start()
    t.join()
    print size, thread.stack_size(old) == size
print results
thread.stack_size(0)
try:
    thread.stack_size(4096)
except ValueError as e:
    print 'ValueError', e
