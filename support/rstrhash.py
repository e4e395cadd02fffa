"""Python 2.7's hash of a byte string, as a primitive.

Translated, it is the runtime's own string hash (rt_str.c computes this same
function and caches it in the string), so a str is hashed once however many
W_BytesObject wrappers it gets (the str strategies of lists and dicts rewrap
their items on every read). The body is the host reference version.
"""
from pypy27.support.markers import primitive
from pypy27.support.rarith import uint_mul


@primitive
def str_hash27(s: str) -> int:
    """2.7's hash of a str (no hash randomization); -1 is never returned."""
    n = len(s)
    if n == 0:
        return 0
    x = ord(s[0]) << 7
    for c in s:
        x = uint_mul(1000003, x) ^ ord(c)
    x ^= n
    if x == -1:
        x = -2
    return x
