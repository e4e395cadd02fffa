"""The quoted-printable codec (quopri with quoted tabs)."""
import binascii
from encodings._bytescodec import make_entry


def _encode(data):
    return binascii.b2a_qp(str(data), quotetabs=True)


def _decode(data):
    return binascii.a2b_qp(str(data))


def getregentry():
    return make_entry('quopri', _encode, _decode)
