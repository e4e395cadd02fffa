"""Functions that transfer-encode a Message's payload in place and record the
matching Content-Transfer-Encoding header."""

__all__ = ['encode_7or8bit', 'encode_base64', 'encode_noop', 'encode_quopri']

import base64
import quopri

_CTE = 'Content-Transfer-Encoding'


def _bencode(data):
    # base64.encodestring always ends its output with a newline; keep that
    # newline only if the payload itself ended with one.
    if not data:
        return data
    out = base64.encodestring(data)
    if data.endswith('\n') or not out.endswith('\n'):
        return out
    return out[:-1]


def _qencode(data):
    # Tabs and spaces are quoted everywhere so they survive transport intact.
    return quopri.encodestring(data, quotetabs=True).replace(' ', '=20')


def _recode(msg, transform, cte):
    msg.set_payload(transform(msg.get_payload()))
    msg[_CTE] = cte


def encode_base64(msg):
    """Base64-encode the payload and set the header to base64."""
    _recode(msg, _bencode, 'base64')


def encode_quopri(msg):
    """Quoted-printable-encode the payload and set the header accordingly."""
    _recode(msg, _qencode, 'quoted-printable')


def _needs_8bit(msg, payload):
    if payload is None:
        return False
    try:
        payload.encode('ascii')
        return False
    except UnicodeError:
        pass
    # ISO-2022 charsets are 7-bit on the wire even when the text is not ASCII.
    cs = msg.get_charset()
    out = cs and cs.output_charset
    return not (out and out.lower().startswith('iso-2022-'))


def encode_7or8bit(msg):
    """Leave the payload as is; declare 7bit or 8bit depending on its bytes."""
    if _needs_8bit(msg, msg.get_payload()):
        msg[_CTE] = '8bit'
    else:
        msg[_CTE] = '7bit'


def encode_noop(msg):
    """Do nothing at all."""
