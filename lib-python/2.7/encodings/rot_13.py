"""The rot13 codec (implemented by the object space)."""
from encodings._native import make_entry


def getregentry():
    return make_entry('rot_13', 'rot13')
