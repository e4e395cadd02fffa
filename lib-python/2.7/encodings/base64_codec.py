"""The base64 codec (implemented by the object space)."""
from encodings._native import make_entry


def getregentry():
    return make_entry('base64_codec', 'base64')
