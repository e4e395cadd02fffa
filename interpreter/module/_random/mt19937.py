"""The Mersenne Twister (MT19937) as 2.7's _random module runs it, including
its seeding by init_by_array.  Words are kept as C `unsigned long`s (64 bits on
this platform): jumpahead can leave a word above 2**32 and 2.7 does not mask
it, so neither do we."""

N = 624
M = 397
MATRIX_A = 0x9908b0df
UPPER_MASK = 0x80000000
LOWER_MASK = 0x7fffffff
MASK32 = 0xffffffff


class MTState(object):
    mt: list[int]
    index: int

    def __init__(self) -> None:
        self.mt = [0] * N
        self.index = N + 1


def init_genrand(st: MTState, s: int) -> None:
    mt = st.mt
    mt[0] = s & MASK32
    for i in range(1, N):
        prev = mt[i - 1]
        mt[i] = (1812433253 * (prev ^ (prev >> 30)) + i) & MASK32
    st.index = N


def init_by_array(st: MTState, key: list[int]) -> None:
    init_genrand(st, 19650218)
    mt = st.mt
    i = 1
    j = 0
    n = len(key)
    k = N if N > n else n
    while k > 0:
        prev = mt[i - 1]
        mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1664525)) + key[j] + j) & MASK32
        i += 1
        j += 1
        if i >= N:
            mt[0] = mt[N - 1]
            i = 1
        if j >= n:
            j = 0
        k -= 1
    k = N - 1
    while k > 0:
        prev = mt[i - 1]
        mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1566083941)) - i) & MASK32
        i += 1
        if i >= N:
            mt[0] = mt[N - 1]
            i = 1
        k -= 1
    mt[0] = 0x80000000     # MSB is 1, assuring a non-zero initial array


def _twist(mt: list[int], kk: int, next_k: int, far: int) -> None:
    y = (mt[kk] & UPPER_MASK) | (mt[next_k] & LOWER_MASK)
    mag = MATRIX_A if (y & 1) != 0 else 0
    mt[kk] = mt[far] ^ (y >> 1) ^ mag


def genrand_int32(st: MTState) -> int:
    mt = st.mt
    if st.index >= N:
        for kk in range(N - M):
            _twist(mt, kk, kk + 1, kk + M)
        for kk in range(N - M, N - 1):
            _twist(mt, kk, kk + 1, kk + M - N)
        _twist(mt, N - 1, 0, M - 1)
        st.index = 0
    y = mt[st.index]
    st.index += 1
    y ^= y >> 11
    y ^= (y << 7) & 0x9d2c5680
    y ^= (y << 15) & 0xefc60000
    y ^= y >> 18
    return y


def random_float(st: MTState) -> float:
    """53 random bits as a float in [0, 1)."""
    a = genrand_int32(st) >> 5
    b = genrand_int32(st) >> 6
    return (float(a) * 67108864.0 + float(b)) * (1.0 / 9007199254740992.0)
