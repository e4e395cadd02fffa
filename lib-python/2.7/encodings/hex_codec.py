"""The hex codec (implemented by the object space)."""
from encodings._native import make_entry


def getregentry():
    return make_entry('hex_codec', 'hex')
