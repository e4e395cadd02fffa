"""The raw_unicode_escape codec (decoding in _codecs: error handlers, \\N{name})."""
import codecs
import _codecs

encode = _codecs.raw_unicode_escape_encode
decode = _codecs.raw_unicode_escape_decode


class Codec(codecs.Codec):
    encode = staticmethod(_codecs.raw_unicode_escape_encode)
    decode = staticmethod(_codecs.raw_unicode_escape_decode)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return _codecs.raw_unicode_escape_encode(input, self.errors)[0]


class IncrementalDecoder(codecs.IncrementalDecoder):
    def decode(self, input, final=False):
        return _codecs.raw_unicode_escape_decode(input, self.errors)[0]


class StreamWriter(Codec, codecs.StreamWriter):
    pass


class StreamReader(Codec, codecs.StreamReader):
    pass


def getregentry():
    return codecs.CodecInfo(
        name='raw-unicode-escape',
        encode=encode,
        decode=decode,
        incrementalencoder=IncrementalEncoder,
        incrementaldecoder=IncrementalDecoder,
        streamwriter=StreamWriter,
        streamreader=StreamReader,
    )
