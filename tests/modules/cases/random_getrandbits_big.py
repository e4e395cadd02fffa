# getrandbits for wide results: the 32-bit words are packed least significant
# first, and a result of millions of bits comes back quickly.
import random
import time

r = random.Random(2718)
for k in (1, 30, 31, 32, 33, 59, 60, 61, 64, 65, 90, 96, 97, 128, 250, 1000):
    n = r.getrandbits(k)
    print k, n, n.bit_length() <= k
r.seed(42)
big = r.getrandbits(4 * 1024 * 1024)
print big.bit_length() <= 4 * 1024 * 1024, big % 1000003, big >> (4 * 1024 * 1024 - 40)
# the generator state advanced by exactly one word per 32 bits
print r.getrandbits(32)
t = time.time()
r.getrandbits(8 * 1024 * 1024)
print "fast", time.time() - t < 5
