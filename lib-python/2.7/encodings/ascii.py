"""ASCII."""
from encodings._native import make_entry


def getregentry():
    return make_entry('ascii')
