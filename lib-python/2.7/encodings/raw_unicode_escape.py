"""The raw_unicode_escape codec (implemented by the object space)."""
from encodings._native import make_entry


def getregentry():
    return make_entry('raw_unicode_escape', 'raw_unicode_escape')
