"""UTF-7 (RFC 2152), implemented in _codecs."""
import codecs
import _codecs


def encode(input, errors='strict'):
    return _codecs.utf_7_encode(input, errors)


def decode(input, errors='strict'):
    return _codecs.utf_7_decode(input, errors, True)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return _codecs.utf_7_encode(input, self.errors)[0]


class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
    _buffer_decode = staticmethod(_codecs.utf_7_decode)


class StreamWriter(codecs.StreamWriter):
    encode = staticmethod(_codecs.utf_7_encode)


class StreamReader(codecs.StreamReader):
    decode = staticmethod(_codecs.utf_7_decode)


def getregentry():
    return codecs.CodecInfo(
        name='utf-7',
        encode=encode,
        decode=decode,
        incrementalencoder=IncrementalEncoder,
        incrementaldecoder=IncrementalDecoder,
        streamreader=StreamReader,
        streamwriter=StreamWriter,
    )
