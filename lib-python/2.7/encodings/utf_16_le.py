"""UTF-16, little endian, no byte order mark."""
import _codecs
from encodings._native import make_entry


def getregentry():
    return make_entry('utf_16_le', 'utf-16-le', _codecs.utf_16_le_decode)
