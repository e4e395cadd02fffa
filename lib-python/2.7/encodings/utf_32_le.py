"""UTF-32, little endian, no byte order mark."""
import _codecs
from encodings._native import make_entry


def getregentry():
    return make_entry('utf_32_le', 'utf-32-le', _codecs.utf_32_le_decode)
