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
        if a is None:
            a = _entropy_seed(2500)
        super(Random, self).seed(a)
        self.gauss_next = None

    def getstate(self):
        """The internal state, for setstate()."""
        return self.VERSION, super(Random, self).getstate(), self.gauss_next

    def setstate(self, state):
        """Restore a state returned by getstate()."""
        version = state[0]
        if version == 3:
            version, internalstate, self.gauss_next = state
            super(Random, self).setstate(internalstate)
        elif version == 2:
            version, internalstate, self.gauss_next = state
            # version 2 stored the words as signed C longs on some platforms
            try:
                internalstate = tuple(long(x) % (2 ** 32) for x in internalstate)
            except ValueError as e:
                raise TypeError(e)
            super(Random, self).setstate(internalstate)
        else:
            raise ValueError("state with version %s passed to "
                             "Random.setstate() of version %s" % (version, self.VERSION))

    def jumpahead(self, n):
        """Change the state to one far away from the current one, chosen by
        a hash of n and the current state."""
        from hashlib import sha512
        s = repr(n) + repr(self.getstate())
        n = int(sha512(s).hexdigest(), 16)
        super(Random, self).jumpahead(n)

    # pickling
    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return self.__class__, (), self.getstate()

    # ---- integers ----

    def randrange(self, start, stop=None, step=1, _int=int, _maxwidth=1L << BPF):
        """A random item from range(start, stop[, step]), without building it."""
        istart = _int(start)
        if istart != start:
            raise ValueError("non-integer arg 1 for randrange()")
        if stop is None:
            if istart > 0:
                if istart >= _maxwidth:
                    return self._randbelow(istart)
                return _int(self.random() * istart)
            raise ValueError("empty range for randrange()")

        istop = _int(stop)
        if istop != stop:
            raise ValueError("non-integer stop for randrange()")
        width = istop - istart
        if step == 1 and width > 0:
            if width >= _maxwidth:
                return _int(istart + self._randbelow(width))
            return _int(istart + _int(self.random() * width))
        if step == 1:
            raise ValueError("empty range for randrange() (%d,%d, %d)" % (istart, istop, width))

        istep = _int(step)
        if istep != step:
            raise ValueError("non-integer step for randrange()")
        if istep > 0:
            n = (width + istep - 1) // istep
        elif istep < 0:
            n = (width + istep + 1) // istep
        else:
            raise ValueError("zero step for randrange()")
        if n <= 0:
            raise ValueError("empty range for randrange()")
        if n >= _maxwidth:
            return istart + istep * self._randbelow(n)
        return istart + istep * _int(self.random() * n)

    def randint(self, a, b):
        """A random integer N with a <= N <= b."""
        return self.randrange(a, b + 1)

    def _randbelow(self, n, _log=_log, _int=int):
        """A random int in [0, n), for n too wide for a float's 53 bits."""
        try:
            getrandbits = self.getrandbits
        except AttributeError:
            pass
        else:
            # only trust getrandbits if it goes with random(): both built in,
            # or getrandbits overridden in Python
            if (type(self.random) is type(_random.Random().random)
                    or type(getrandbits) is type(self.randrange)):
                k = _int(1.00001 + _log(n - 1, 2.0))   # 2**k > n-1 > 2**(k-2)
                r = getrandbits(k)
                while r >= n:
                    r = getrandbits(k)
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
        if random is None:
            random = self.random
        _int = int
        for i in reversed(xrange(1, len(x))):
            j = _int(random() * (i + 1))
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k):
        """k unique elements chosen from population (a sequence or set)."""
        n = len(population)
        if not 0 <= k <= n:
            raise ValueError("sample larger than population")
        random = self.random
        _int = int
        result = [None] * k
        setsize = 21        # the size of a small set minus that of an empty list
        if k > 5:
            setsize += 4 ** _ceil(_log(k * 3, 4))     # the table of a big set
        if n <= setsize or hasattr(population, "keys"):
            # a pool copy is smaller than the set of selections (or a mapping)
            pool = list(population)
            for i in xrange(k):
                j = _int(random() * (n - i))
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            try:
                selected = set()
                selected_add = selected.add
                for i in xrange(k):
                    j = _int(random() * n)
                    while j in selected:
                        j = _int(random() * n)
                    selected_add(j)
                    result[i] = population[j]
            except (TypeError, KeyError):
                if isinstance(population, list):
                    raise
                return self.sample(tuple(population), k)
        return result

    # ---- real-valued distributions ----

    def uniform(self, a, b):
        """A random number between a and b."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """The triangular distribution on [low, high] peaking at mode (default: the middle)."""
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * (u * c) ** 0.5

    def normalvariate(self, mu, sigma):
        """Normal distribution (Kinderman and Monahan's ratio method)."""
        random = self.random
        while 1:
            u1 = random()
            u2 = 1.0 - random()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            zz = z * z / 4.0
            if zz <= -_log(u2):
                break
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
        random = self.random
        if kappa <= 1e-6:
            return TWOPI * random()
        s = 0.5 / kappa
        r = s + _sqrt(1.0 + s * s)
        while 1:
            u1 = random()
            z = _cos(_pi * u1)
            d = z / (r + z)
            u2 = random()
            if u2 < 1.0 - d * d or u2 <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        u3 = random()
        if u3 > 0.5:
            theta = (mu + _acos(f)) % TWOPI
        else:
            theta = (mu - _acos(f)) % TWOPI
        return theta

    def gammavariate(self, alpha, beta):
        """Gamma distribution (alpha > 0, beta > 0)."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        random = self.random
        if alpha > 1.0:
            # Cheng's rejection method (R.C.H. Cheng, 1977)
            ainv = _sqrt(2.0 * alpha - 1.0)
            bbb = alpha - LOG4
            ccc = alpha + ainv
            while 1:
                u1 = random()
                if not 1e-7 < u1 < .9999999:
                    continue
                u2 = 1.0 - random()
                v = _log(u1 / (1.0 - u1)) / ainv
                x = alpha * _exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                    return x * beta
        elif alpha == 1.0:
            u = random()
            while u <= 1e-7:
                u = random()
            return -_log(u) * beta
        else:
            # alpha in (0, 1): the method of Ahrens and Dieter (GS)
            while 1:
                u = random()
                b = (_e + alpha) / _e
                p = b * u
                if p <= 1.0:
                    x = p ** (1.0 / alpha)
                else:
                    x = -_log((b - p) / alpha)
                u1 = random()
                if p > 1.0:
                    if u1 <= x ** (alpha - 1.0):
                        break
                elif u1 <= _exp(-x):
                    break
            return x * beta

    def gauss(self, mu, sigma):
        """Gaussian distribution by the Box-Muller transform; faster than
        normalvariate, but each call pair shares one pair of draws."""
        random = self.random
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            x2pi = random() * TWOPI
            g2rad = _sqrt(-2.0 * _log(1.0 - random()))
            z = _cos(x2pi) * g2rad
            self.gauss_next = _sin(x2pi) * g2rad
        return mu + z * sigma

    def betavariate(self, alpha, beta):
        """Beta distribution on [0, 1] (alpha > 0, beta > 0)."""
        y = self.gammavariate(alpha, 1.)
        if y == 0:
            return 0.0
        return y / (y + self.gammavariate(beta, 1.))

    def paretovariate(self, alpha):
        """Pareto distribution with shape alpha."""
        u = 1.0 - self.random()
        return 1.0 / pow(u, 1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution with scale alpha and shape beta."""
        u = 1.0 - self.random()
        return alpha * pow(-_log(u), 1.0 / beta)


class WichmannHill(Random):
    """Wichmann and Hill's generator (Applied Statistics algorithm AS 183):
    three linear congruential generators, period about 7e12."""

    VERSION = 1

    def seed(self, a=None):
        """Initialize from a (an int, long or hashable object; None: system
        randomness or the time)."""
        if a is None:
            a = _entropy_seed(16)
        if not isinstance(a, (int, long)):
            a = hash(a)
        a, x = divmod(a, 30268)
        a, y = divmod(a, 30306)
        a, z = divmod(a, 30322)
        self._seed = int(x) + 1, int(y) + 1, int(z) + 1
        self.gauss_next = None

    def random(self):
        """The next float in [0, 1)."""
        x, y, z = self._seed
        x = (171 * x) % 30269
        y = (172 * y) % 30307
        z = (170 * z) % 30323
        self._seed = x, y, z
        # the fractional part of the sum of three uniforms is uniform
        return (x / 30269.0 + y / 30307.0 + z / 30323.0) % 1.0

    def getstate(self):
        return self.VERSION, self._seed, self.gauss_next

    def setstate(self, state):
        version = state[0]
        if version == 1:
            version, self._seed, self.gauss_next = state
        else:
            raise ValueError("state with version %s passed to "
                             "Random.setstate() of version %s" % (version, self.VERSION))

    def jumpahead(self, n):
        """Act as if random() had been called n times (n >= 0)."""
        if not n >= 0:
            raise ValueError("n must be >= 0")
        x, y, z = self._seed
        x = int(x * pow(171, n, 30269)) % 30269
        y = int(y * pow(172, n, 30307)) % 30307
        z = int(z * pow(170, n, 30323)) % 30323
        self._seed = x, y, z

    def __whseed(self, x=0, y=0, z=0):
        """Set the state from three ints in range(256); all zero: the time."""
        if not type(x) == type(y) == type(z) == int:
            raise TypeError('seeds must be integers')
        if not (0 <= x < 256 and 0 <= y < 256 and 0 <= z < 256):
            raise ValueError('seeds must be in range(0, 256)')
        if 0 == x == y == z:
            import time
            t = long(time.time() * 256)
            t = int((t & 0xffffff) ^ (t >> 24))
            t, x = divmod(t, 256)
            t, y = divmod(t, 256)
            t, z = divmod(t, 256)
        self._seed = (x or 1, y or 1, z or 1)
        self.gauss_next = None

    def whseed(self, a=None):
        """The pre-2.3 seeding: uses only 24 bits of hash(a)."""
        if a is None:
            self.__whseed()
            return
        a = hash(a)
        a, x = divmod(a, 256)
        a, y = divmod(a, 256)
        a, z = divmod(a, 256)
        x = (x + a) % 256 or 1
        y = (y + a) % 256 or 1
        z = (z + a) % 256 or 1
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
        x = _bytes_to_long(_urandom(nbytes))
        return x >> (nbytes * 8 - k)

    def _stub(self, *args, **kwds):
        return None
    seed = jumpahead = _stub

    def _notimplemented(self, *args, **kwds):
        raise NotImplementedError('System entropy source does not have state.')
    getstate = setstate = _notimplemented


# One shared instance behind the module-level functions.
_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
jumpahead = _inst.jumpahead
getrandbits = _inst.getrandbits
