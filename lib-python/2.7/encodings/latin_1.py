"""Latin-1 (ISO 8859-1)."""
from encodings._native import make_entry


def getregentry():
    return make_entry('latin_1', 'latin-1')
