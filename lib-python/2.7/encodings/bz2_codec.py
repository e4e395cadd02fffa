"""The bz2 codec: str to bz2-compressed str and back."""
import bz2
from encodings._bytescodec import make_entry


def _compress(data):
    return bz2.compress(data)


def _decompress(data):
    return bz2.decompress(data)


def getregentry():
    return make_entry('bz2', _compress, _decompress)
