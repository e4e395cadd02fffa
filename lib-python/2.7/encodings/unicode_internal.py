"""The unicode_internal codec: a unicode string as the interpreter's
internal code units (UCS-4 in machine order).  Decoding a unicode object
returns it unchanged, as 2.7 does (codecs.EncodedFile relies on it)."""
import codecs
import _codecs


class Codec(codecs.Codec):
    encode = staticmethod(_codecs.unicode_internal_encode)
    decode = staticmethod(_codecs.unicode_internal_decode)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return _codecs.unicode_internal_encode(input, self.errors)[0]


class IncrementalDecoder(codecs.IncrementalDecoder):
    def decode(self, input, final=False):
        return _codecs.unicode_internal_decode(input, self.errors)[0]


class StreamWriter(Codec, codecs.StreamWriter):
    pass


class StreamReader(Codec, codecs.StreamReader):
    pass


def getregentry():
    return codecs.CodecInfo(name='unicode-internal', encode=Codec.encode, decode=Codec.decode,
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder,
                            streamwriter=StreamWriter, streamreader=StreamReader)
