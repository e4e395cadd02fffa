"""The zlib codec: str to zlib-compressed str and back."""
import zlib
from encodings._bytescodec import make_entry


def _compress(data):
    return zlib.compress(data)


def _decompress(data):
    return zlib.decompress(data)


def getregentry():
    return make_entry('zlib', _compress, _decompress)
