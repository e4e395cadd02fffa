"""The string_escape codec (implemented by the object space)."""
from encodings._native import make_entry


def getregentry():
    return make_entry('string_escape', 'string_escape')
