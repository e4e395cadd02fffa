"""The unicode_internal codec (implemented by the object space)."""
from encodings._native import make_entry


def getregentry():
    return make_entry('unicode_internal', 'unicode_internal')
