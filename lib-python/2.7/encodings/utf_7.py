"""UTF-7 (RFC 2152); the real work is done by _codecs."""
import codecs
from _codecs import utf_7_encode as _enc, utf_7_decode as _dec


def encode(input, errors='strict'):
    return _enc(input, errors)


def decode(input, errors='strict'):
    # one-shot decoding: the input is complete
    return _dec(input, errors, True)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        text, _ = _enc(input, self.errors)
        return text


class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
    _buffer_decode = staticmethod(_dec)


class StreamWriter(codecs.StreamWriter):
    encode = staticmethod(_enc)


class StreamReader(codecs.StreamReader):
    decode = staticmethod(_dec)


def getregentry():
    return codecs.CodecInfo(encode, decode, name='utf-7',
                            streamreader=StreamReader, streamwriter=StreamWriter,
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder)
