"""Encoders setting a message's payload and Content-Transfer-Encoding."""

__all__ = ['encode_7or8bit', 'encode_base64', 'encode_noop', 'encode_quopri']

import base64
from quopri import encodestring as _encodestring


def _qencode(s):
    enc = _encodestring(s, quotetabs=True)
    return enc.replace(' ', '=20')


def _bencode(s):
    # base64 without the final newline when the input had none
    if not s:
        return s
    hasnewline = (s[-1] == '\n')
    value = base64.encodestring(s)
    if not hasnewline and value[-1] == '\n':
        return value[:-1]
    return value


def encode_base64(msg):
    """Payload in base64; Content-Transfer-Encoding: base64."""
    msg.set_payload(_bencode(msg.get_payload()))
    msg['Content-Transfer-Encoding'] = 'base64'


def encode_quopri(msg):
    """Payload in quoted-printable; Content-Transfer-Encoding set."""
    msg.set_payload(_qencode(msg.get_payload()))
    msg['Content-Transfer-Encoding'] = 'quoted-printable'


def encode_7or8bit(msg):
    """Content-Transfer-Encoding 7bit or 8bit, as the payload needs."""
    orig = msg.get_payload()
    if orig is None:
        msg['Content-Transfer-Encoding'] = '7bit'
        return
    try:
        orig.encode('ascii')
    except UnicodeError:
        charset = msg.get_charset()
        output_cset = charset and charset.output_charset
        if output_cset and output_cset.lower().startswith('iso-2022-'):
            msg['Content-Transfer-Encoding'] = '7bit'
        else:
            msg['Content-Transfer-Encoding'] = '8bit'
    else:
        msg['Content-Transfer-Encoding'] = '7bit'


def encode_noop(msg):
    """Leave the payload alone."""
