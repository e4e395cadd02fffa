"""Random variable generators.

The Random class draws from the Mersenne Twister of the _random module and
turns its floats into integers, choices, permutations and samples from the
usual distributions.  The algorithms (and so the sequences produced after
random.seed(n)) are those of Python 2.7.

    integers:      randrange, randint, getrandbits
    sequences:     choice, shuffle, sample
    distributions: uniform, triangular, normalvariate, gauss, lognormvariate,
                   expovariate, vonmisesvariate, gammavariate, betavariate,
                   paretovariate, weibullvariate
"""
from __future__ import division
from math import log as _log, exp as _exp, pi as _pi, e as _e, ceil as _ceil
from math import sqrt as _sqrt, acos as _acos, cos as _cos, sin as _sin
import _random

__all__ = ["Random", "seed", "random", "uniform", "randint", "choice", "sample",
           "randrange", "shuffle", "normalvariate", "lognormvariate",
           "expovariate", "vonmisesvariate", "gammavariate", "triangular",
           "gauss", "betavariate", "paretovariate", "weibullvariate",
           "getstate", "setstate", "jumpahead", "WichmannHill", "getrandbits",
           "SystemRandom"]

NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
TWOPI = 2.0 * _pi
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53        # bits in a float
RECIP_BPF = 2 ** -BPF


def _urandom(n):
    """n random bytes from the system, or NotImplementedError."""
    try:
        from os import urandom
    except ImportError:
        raise NotImplementedError('no os.urandom')
    return urandom(n)


def _bytes_to_long(s):
    result = 0L
    for c in s:
        result = (result << 8) | ord(c)
    return result


def _entropy_seed(nbytes):
    try:
        return _bytes_to_long(_urandom(nbytes))
    except (NotImplementedError, OSError):
        import time
        return long(time.time() * 256)


def _method_type():
    class Probe(object):
        def method(self):
            pass
    return type(Probe().method)


_Method = _method_type()                            # a method written in Python
_BuiltinMethod = type(_random.Random(0).random)     # a method of the C generator
del _method_type


def _words_from_version2(words):
    """Version 2 states kept the twister's words as C longs, negative on some
    platforms; the generator wants them as unsigned 32-bit values."""
    try:
        return tuple([long(w) % (2 ** 32) for w in words])
    except ValueError as e:
        raise TypeError(e)


def _bad_version(version, expected):
    return ValueError("state with version %s passed to "
                      "Random.setstate() of version %s" % (version, expected))


class Random(_random.Random):
    """Random number generator base class used by the module-level functions.

    Subclass it and override random(), seed(), getstate(), setstate() and
    jumpahead() to use another basic generator.
    """

    VERSION = 3     # the version of getstate()'s result

    def __init__(self, x=None):
        self.seed(x)
        self.gauss_next = None

    def seed(self, a=None):
        """Initialize the generator from a (an int, long or hashable object;
        None means the system's randomness, or the time)."""
        super(Random, self).seed(_entropy_seed(2500) if a is None else a)
        self.gauss_next = None

    def getstate(self):
        """The internal state, for setstate()."""
        return self.VERSION, super(Random, self).getstate(), self.gauss_next

    def setstate(self, state):
        """Restore a state returned by getstate() (of version 2 or 3)."""
        version = state[0]
        if version not in (2, 3):
            raise _bad_version(version, self.VERSION)
        version, words, self.gauss_next = state
        if version == 2:
            words = _words_from_version2(words)
        super(Random, self).setstate(words)

    def jumpahead(self, n):
        """Change the state to one far away from the current one, chosen by
        a hash of n and the current state."""
        from hashlib import sha512
        digest = sha512(repr(n) + repr(self.getstate())).hexdigest()
        super(Random, self).jumpahead(int(digest, 16))

    # pickling goes through getstate/setstate
    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return self.__class__, (), self.getstate()

    # ---- integers ----

    def _below(self, n, _maxwidth=1L << BPF):
        """A random integer in [0, n): scaled from one float while n fits in
        its 53 bits, from getrandbits beyond."""
        if n < _maxwidth:
            return int(self.random() * n)
        return self._randbelow(n)

    def randrange(self, start, stop=None, step=1, _int=int, _maxwidth=1L << BPF):
        """A random item from range(start, stop[, step]), without building it."""
        first = _int(start)
        if first != start:
            raise ValueError("non-integer arg 1 for randrange()")
        if stop is None:
            # randrange(n): from range(n)
            if first <= 0:
                raise ValueError("empty range for randrange()")
            return self._below(first, _maxwidth)
        last = _int(stop)
        if last != stop:
            raise ValueError("non-integer stop for randrange()")
        width = last - first
        if step == 1:
            if width <= 0:
                raise ValueError("empty range for randrange() (%d,%d, %d)" % (first, last, width))
            return _int(first + self._below(width, _maxwidth))
        stride = _int(step)
        if stride != step:
            raise ValueError("non-integer step for randrange()")
        if stride == 0:
            raise ValueError("zero step for randrange()")
        # the number of items in range(first, last, stride)
        if stride > 0:
            count = (width + stride - 1) // stride
        else:
            count = (width + stride + 1) // stride
        if count <= 0:
            raise ValueError("empty range for randrange()")
        return first + stride * self._below(count, _maxwidth)

    def randint(self, a, b):
        """A random integer N with a <= N <= b."""
        return self.randrange(a, b + 1)

    def _randbelow(self, n, _log=_log, _int=int):
        """A random int in [0, n), for n too wide for a float's 53 bits."""
        bits = getattr(self, 'getrandbits', None)
        # getrandbits is only trusted when it goes with random(): both the
        # built-in ones, or a getrandbits written in Python
        if bits is not None and (type(self.random) is _BuiltinMethod or type(bits) is _Method):
            k = _int(1.00001 + _log(n - 1, 2.0))   # 2**k > n-1 > 2**(k-2)
            while True:
                r = bits(k)
                if r < n:
                    return r
        if n >= 1L << BPF:
            import warnings
            warnings.warn("Underlying random() generator does not supply \n"
                          "enough bits to choose from a population range this large")
        return _int(self.random() * n)

    # ---- sequences ----

    def choice(self, seq):
        """A random element of a non-empty sequence."""
        return seq[int(self.random() * len(seq))]

    def shuffle(self, x, random=None):
        """Shuffle list x in place (random: an optional 0-argument function
        returning floats in [0, 1))."""
        draw = self.random if random is None else random
        i = len(x) - 1
        while i > 0:
            # swap x[i] with one of x[0..i]
            j = int(draw() * (i + 1))
            x[i], x[j] = x[j], x[i]
            i -= 1

    def sample(self, population, k):
        """k unique elements chosen from population (a sequence or set)."""
        n = len(population)
        if k < 0 or k > n:
            raise ValueError("sample larger than population")
        # keep a shrinking copy of the population when that takes less
        # memory than the set of chosen indexes (always for a mapping)
        set_overhead = 21
        if k > 5:
            set_overhead += 4 ** _ceil(_log(k * 3, 4))
        if n <= set_overhead or hasattr(population, "keys"):
            return self._sample_from_copy(list(population), k)
        try:
            return self._sample_by_index(population, n, k)
        except (TypeError, KeyError):
            if isinstance(population, list):
                raise
            return self.sample(tuple(population), k)

    def _sample_from_copy(self, pool, k):
        """Draw k items, moving the last live item into each hole."""
        draw = self.random
        picked = []
        live = len(pool)
        for _ in xrange(k):
            j = int(draw() * live)
            picked.append(pool[j])
            live -= 1
            pool[j] = pool[live]
        return picked

    def _sample_by_index(self, population, n, k):
        """Draw k distinct indexes, redrawing the ones already taken."""
        draw = self.random
        taken = set()
        picked = []
        for _ in xrange(k):
            j = int(draw() * n)
            while j in taken:
                j = int(draw() * n)
            taken.add(j)
            picked.append(population[j])
        return picked

    # ---- real-valued distributions ----

    def uniform(self, a, b):
        """A random number between a and b."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """The triangular distribution on [low, high] peaking at mode (default: the middle)."""
        u = self.random()
        if mode is None:
            c = 0.5
        elif high == low:
            return low
        else:
            c = (mode - low) / (high - low)
        if u <= c:
            return low + (high - low) * (u * c) ** 0.5
        # the upper part of the triangle, mirrored
        return high + (low - high) * ((1.0 - u) * (1.0 - c)) ** 0.5

    def normalvariate(self, mu, sigma):
        """Normal distribution (Kinderman and Monahan's ratio method)."""
        draw = self.random
        while True:
            u = draw()
            v = 1.0 - draw()
            z = NV_MAGICCONST * (u - 0.5) / v
            if z * z / 4.0 <= -_log(v):
                return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """Log normal distribution: its log is normal with mean mu and deviation sigma."""
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        """Exponential distribution with rate lambd (1 / the mean)."""
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Circular data distribution: mean angle mu, concentration kappa
        (Best and Fisher's method)."""
        draw = self.random
        if kappa <= 1e-6:
            return TWOPI * draw()
        half_inv = 0.5 / kappa
        rho = half_inv + _sqrt(1.0 + half_inv * half_inv)
        while True:
            z = _cos(_pi * draw())
            d = z / (rho + z)
            accept = draw()
            if accept < 1.0 - d * d or accept <= (1.0 - d) * _exp(d):
                break
        inv = 1.0 / rho
        angle = _acos((inv + z) / (1.0 + inv * z))
        if draw() > 0.5:
            return (mu + angle) % TWOPI
        return (mu - angle) % TWOPI

    def gammavariate(self, alpha, beta):
        """Gamma distribution (alpha > 0, beta > 0)."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        if alpha > 1.0:
            return self._gamma_cheng(alpha) * beta
        if alpha == 1.0:
            # the exponential distribution
            u = self.random()
            while u <= 1e-7:
                u = self.random()
            return -_log(u) * beta
        return self._gamma_ahrens_dieter(alpha) * beta

    def _gamma_cheng(self, alpha):
        """A Gamma(alpha, 1) variate for alpha > 1: R.C.H. Cheng's rejection
        method (1977)."""
        draw = self.random
        ainv = _sqrt(2.0 * alpha - 1.0)
        bbb = alpha - LOG4
        ccc = alpha + ainv
        while True:
            u1 = draw()
            if u1 <= 1e-7 or u1 >= .9999999:
                continue
            u2 = 1.0 - draw()
            v = _log(u1 / (1.0 - u1)) / ainv
            x = alpha * _exp(v)
            z = u1 * u1 * u2
            r = bbb + ccc * v - x
            if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                return x

    def _gamma_ahrens_dieter(self, alpha):
        """A Gamma(alpha, 1) variate for 0 < alpha < 1: Ahrens and Dieter's
        method GS."""
        draw = self.random
        while True:
            b = (_e + alpha) / _e
            p = b * draw()
            if p <= 1.0:
                x = p ** (1.0 / alpha)
                if draw() <= _exp(-x):
                    return x
            else:
                x = -_log((b - p) / alpha)
                if draw() <= x ** (alpha - 1.0):
                    return x

    def gauss(self, mu, sigma):
        """Gaussian distribution by the Box-Muller transform; faster than
        normalvariate, but each call pair shares one pair of draws."""
        z, self.gauss_next = self.gauss_next, None
        if z is None:
            # one pair of uniforms gives two independent normals: use the
            # first now and keep the second for the next call
            angle = self.random() * TWOPI
            radius = _sqrt(-2.0 * _log(1.0 - self.random()))
            z = _cos(angle) * radius
            self.gauss_next = _sin(angle) * radius
        return mu + z * sigma

    def betavariate(self, alpha, beta):
        """Beta distribution on [0, 1] (alpha > 0, beta > 0)."""
        y = self.gammavariate(alpha, 1.)
        if y == 0:
            return 0.0
        return y / (y + self.gammavariate(beta, 1.))

    def paretovariate(self, alpha):
        """Pareto distribution with shape alpha."""
        return 1.0 / pow(1.0 - self.random(), 1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution with scale alpha and shape beta."""
        return alpha * pow(-_log(1.0 - self.random()), 1.0 / beta)


# the three generators of Wichmann-Hill: (multiplier, modulus)
_WH_GENERATORS = ((171, 30269), (172, 30307), (170, 30323))


def _base_digits(n, bases):
    """The mixed-radix digits of n (least significant first) and what is left."""
    digits = []
    for base in bases:
        n, d = divmod(n, base)
        digits.append(d)
    return digits, n


class WichmannHill(Random):
    """Wichmann and Hill's generator (Applied Statistics algorithm AS 183):
    three linear congruential generators, period about 7e12."""

    VERSION = 1

    def seed(self, a=None):
        """Initialize from a (an int, long or hashable object; None: system
        randomness or the time)."""
        if a is None:
            a = _entropy_seed(16)
        elif not isinstance(a, (int, long)):
            a = hash(a)
        digits = _base_digits(a, [m - 1 for _, m in _WH_GENERATORS])[0]
        self._seed = tuple([int(d) + 1 for d in digits])
        self.gauss_next = None

    def random(self):
        """The next float in [0, 1)."""
        x, y, z = [(a * s) % m for s, (a, m) in zip(self._seed, _WH_GENERATORS)]
        self._seed = x, y, z
        # the fractional part of the sum of three uniforms is uniform
        return (x / 30269.0 + y / 30307.0 + z / 30323.0) % 1.0

    def getstate(self):
        return self.VERSION, self._seed, self.gauss_next

    def setstate(self, state):
        if state[0] != 1:
            raise _bad_version(state[0], self.VERSION)
        version, self._seed, self.gauss_next = state

    def jumpahead(self, n):
        """Act as if random() had been called n times (n >= 0)."""
        if not n >= 0:
            raise ValueError("n must be >= 0")
        # n steps of s -> a*s mod m multiply s by a**n mod m
        self._seed = tuple([int(s * pow(a, n, m)) % m
                            for s, (a, m) in zip(self._seed, _WH_GENERATORS)])

    def __whseed(self, x=0, y=0, z=0):
        """Set the state from three ints in range(256); all zero: the time."""
        parts = (x, y, z)
        for p in parts:
            if type(p) is not int:
                raise TypeError('seeds must be integers')
        for p in parts:
            if not 0 <= p < 256:
                raise ValueError('seeds must be in range(0, 256)')
        if parts == (0, 0, 0):
            import time
            t = long(time.time() * 256)
            parts = _base_digits(int((t & 0xffffff) ^ (t >> 24)), (256, 256, 256))[0]
        self._seed = tuple([p or 1 for p in parts])
        self.gauss_next = None

    def whseed(self, a=None):
        """The pre-2.3 seeding: uses only 24 bits of hash(a)."""
        if a is None:
            self.__whseed()
            return
        digits, rest = _base_digits(hash(a), (256, 256, 256))
        x, y, z = [(d + rest) % 256 or 1 for d in digits]
        self.__whseed(x, y, z)


class SystemRandom(Random):
    """Random numbers from the operating system (os.urandom); it has no
    state, so seed and jumpahead do nothing and getstate/setstate fail."""

    def random(self):
        """A float in [0, 1) with 53 random bits."""
        return (_bytes_to_long(_urandom(7)) >> 3) * RECIP_BPF

    def getrandbits(self, k):
        """A long with k random bits."""
        if k <= 0:
            raise ValueError('number of bits must be greater than zero')
        if k != int(k):
            raise TypeError('number of bits should be an integer')
        nbytes = (k + 7) // 8
        return _bytes_to_long(_urandom(nbytes)) >> (nbytes * 8 - k)

    def _ignored(self, *args, **kwds):
        return None

    def _stateless(self, *args, **kwds):
        raise NotImplementedError('System entropy source does not have state.')

    seed = jumpahead = _ignored
    getstate = setstate = _stateless


# The module-level functions are the bound methods of one shared instance.
_inst = Random()
for _name in ('seed', 'random', 'uniform', 'triangular', 'randint', 'choice', 'randrange',
              'sample', 'shuffle', 'normalvariate', 'lognormvariate', 'expovariate',
              'vonmisesvariate', 'gammavariate', 'gauss', 'betavariate', 'paretovariate',
              'weibullvariate', 'getstate', 'setstate', 'jumpahead', 'getrandbits'):
    globals()[_name] = getattr(_inst, _name)
del _name
