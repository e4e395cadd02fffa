"""The base64 codec: str to MIME base64 lines (76 characters) and back;
errors are binascii.Error."""
import binascii
from encodings._bytescodec import make_entry


def _encode(data):
    data = str(data)
    return ''.join([binascii.b2a_base64(data[i:i + 57]) for i in range(0, len(data), 57)])


def _decode(data):
    return binascii.a2b_base64(str(data))


def getregentry():
    return make_entry('base64', _encode, _decode)
