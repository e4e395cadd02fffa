"""UTF-32, big endian, no byte order mark."""
import _codecs
from encodings._native import make_entry


def getregentry():
    return make_entry('utf_32_be', 'utf-32-be', _codecs.utf_32_be_decode)
