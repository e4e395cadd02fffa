"""Character sets of messages: how headers and bodies in each are encoded."""

__all__ = ['Charset', 'add_alias', 'add_charset', 'add_codec']

import codecs
import email.base64mime
import email.quoprimime
from email import errors
from email.encoders import encode_7or8bit

QP = 1          # quoted-printable
BASE64 = 2      # base64
SHORTEST = 3    # whichever of the two is shorter (headers only)

MISC_LEN = 7
DEFAULT_CHARSET = 'us-ascii'

# input charset -> (header encoding, body encoding, output charset)
CHARSETS = {
    'iso-8859-1': (QP, QP, None),
    'iso-8859-2': (QP, QP, None),
    'iso-8859-3': (QP, QP, None),
    'iso-8859-4': (QP, QP, None),
    'iso-8859-9': (QP, QP, None),
    'iso-8859-10': (QP, QP, None),
    'iso-8859-13': (QP, QP, None),
    'iso-8859-14': (QP, QP, None),
    'iso-8859-15': (QP, QP, None),
    'iso-8859-16': (QP, QP, None),
    'windows-1252': (QP, QP, None),
    'viscii': (QP, QP, None),
    'us-ascii': (None, None, None),
    'big5': (BASE64, BASE64, None),
    'gb2312': (BASE64, BASE64, None),
    'euc-jp': (BASE64, None, 'iso-2022-jp'),
    'shift_jis': (BASE64, None, 'iso-2022-jp'),
    'iso-2022-jp': (BASE64, None, None),
    'koi8-r': (BASE64, BASE64, None),
    'utf-8': (SHORTEST, BASE64, 'utf-8'),
    '8bit': (None, BASE64, 'utf-8'),
}

ALIASES = {
    'latin_1': 'iso-8859-1', 'latin-1': 'iso-8859-1',
    'latin_2': 'iso-8859-2', 'latin-2': 'iso-8859-2',
    'latin_3': 'iso-8859-3', 'latin-3': 'iso-8859-3',
    'latin_4': 'iso-8859-4', 'latin-4': 'iso-8859-4',
    'latin_5': 'iso-8859-9', 'latin-5': 'iso-8859-9',
    'latin_6': 'iso-8859-10', 'latin-6': 'iso-8859-10',
    'latin_7': 'iso-8859-13', 'latin-7': 'iso-8859-13',
    'latin_8': 'iso-8859-14', 'latin-8': 'iso-8859-14',
    'latin_9': 'iso-8859-15', 'latin-9': 'iso-8859-15',
    'latin_10': 'iso-8859-16', 'latin-10': 'iso-8859-16',
    'cp949': 'ks_c_5601-1987',
    'euc_jp': 'euc-jp',
    'euc_kr': 'euc-kr',
    'ascii': 'us-ascii',
}

CODEC_MAP = {
    'gb2312': 'eucgb2312_cn',
    'big5': 'big5_tw',
    'us-ascii': None,
}


def add_charset(charset, header_enc=None, body_enc=None, output_charset=None):
    """Register (or redefine) how charset is encoded in headers and bodies
    and which charset it is converted to for output."""
    if body_enc == SHORTEST:
        raise ValueError('SHORTEST not allowed for body_enc')
    CHARSETS[charset] = (header_enc, body_enc, output_charset)


def add_alias(alias, canonical):
    """Make alias another name of the charset canonical."""
    ALIASES[alias] = canonical


def add_codec(charset, codecname):
    """Use the Python codec codecname for charset."""
    CODEC_MAP[charset] = codecname


def _ascii_name(name):
    # charset names must be ASCII; the result is a lower-case byte string
    try:
        if isinstance(name, unicode):
            name.encode('ascii')
        else:
            name = unicode(name, 'ascii')
    except UnicodeError:
        raise errors.CharsetError(name)
    return name.lower().encode('ascii')


def _canonical(name):
    # unknown names are normalised through the codec registry when possible
    if name not in ALIASES and name not in CHARSETS:
        try:
            name = codecs.lookup(name).name
        except (LookupError, AttributeError):
            pass
    return ALIASES.get(name, name)


# Encoders of an encoded header word / a body, by encoding constant.
def _b64_header(s, cset):
    return email.base64mime.header_encode(s, cset)


def _qp_header(s, cset):
    return email.quoprimime.header_encode(s, cset, maxlinelen=None)


class Charset:
    """Everything the package needs to know about one character set:
    input_charset, header_encoding, body_encoding, output_charset,
    input_codec and output_codec.  Compares equal to its name."""

    def __init__(self, input_charset=DEFAULT_CHARSET):
        name = _canonical(_ascii_name(input_charset))
        self.input_charset = name
        henc, benc, out = CHARSETS.get(name, (SHORTEST, BASE64, None))
        out = out or name
        self.header_encoding = henc
        self.body_encoding = benc
        self.output_charset = ALIASES.get(out, out)
        self.input_codec = CODEC_MAP.get(name, name)
        self.output_codec = CODEC_MAP.get(self.output_charset, self.output_charset)

    def __str__(self):
        return self.input_charset.lower()

    __repr__ = __str__

    def __eq__(self, other):
        return str(other).lower() == str(self)

    def __ne__(self, other):
        return not self == other

    def get_output_charset(self):
        """The charset used on the wire."""
        return self.output_charset or self.input_charset

    def get_body_encoding(self):
        """The Content-Transfer-Encoding for bodies: 'quoted-printable',
        'base64', or else the encode_7or8bit function to call."""
        return {QP: 'quoted-printable', BASE64: 'base64'}.get(self.body_encoding,
                                                                encode_7or8bit)

    def convert(self, s):
        """s re-encoded from the input codec to the output codec."""
        if self.input_codec == self.output_codec:
            return s
        return unicode(s, self.input_codec).encode(self.output_codec)

    def to_splittable(self, s):
        """s as unicode (undecodable bytes replaced) when that is possible."""
        if isinstance(s, unicode) or self.input_codec is None:
            return s
        try:
            return unicode(s, self.input_codec, 'replace')
        except LookupError:
            return s

    def from_splittable(self, ustr, to_output=True):
        """Back from to_splittable, in the output (or input) codec."""
        codec = self.output_codec if to_output else self.input_codec
        if codec is None or not isinstance(ustr, unicode):
            return ustr
        try:
            return ustr.encode(codec, 'replace')
        except LookupError:
            return ustr

    def _header_encoder(self, s):
        # which header encoder to use for s, None for none
        enc = self.header_encoding
        if enc == SHORTEST:
            if email.base64mime.base64_len(s) < email.quoprimime.header_quopri_len(s):
                enc = BASE64
            else:
                enc = QP
        if enc == BASE64:
            return _b64_header
        if enc == QP:
            return _qp_header
        return None

    def encoded_header_len(self, s):
        """Length of s once header-encoded (encoded-word overhead included)."""
        enc = self.header_encoding
        if enc == BASE64:
            n = email.base64mime.base64_len(s)
        elif enc == QP:
            n = email.quoprimime.header_quopri_len(s)
        elif enc == SHORTEST:
            n = min(email.base64mime.base64_len(s), email.quoprimime.header_quopri_len(s))
        else:
            return len(s)
        return n + len(self.get_output_charset()) + MISC_LEN

    def header_encode(self, s, convert=False):
        """s as an RFC 2047 encoded word; unchanged when the charset needs
        no header encoding."""
        cset = self.get_output_charset()
        if convert:
            s = self.convert(s)
        encoder = self._header_encoder(s)
        if encoder is None:
            return s
        return encoder(s, cset)

    def body_encode(self, s, convert=True):
        """s (converted first, by default) in the body encoding."""
        if convert:
            s = self.convert(s)
        if self.body_encoding is BASE64:
            return email.base64mime.body_encode(s)
        if self.body_encoding is QP:
            return email.quoprimime.body_encode(s)
        return s
