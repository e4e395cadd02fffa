"""cp1140: EBCDIC US/Canada with the euro sign, i.e. cp037 with byte 0x9F
mapping to U+20AC instead of U+00A4.  A charmap codec over tables derived
from cp037 at import."""
import codecs

decoding_table = u''.join([chr(b).decode('cp037') for b in range(256)])
decoding_table = decoding_table[:0x9f] + u'\u20ac' + decoding_table[0xa0:]
encoding_table = codecs.charmap_build(decoding_table)


class Codec(codecs.Codec):
    def encode(self, input, errors='strict'):
        return codecs.charmap_encode(input, errors, encoding_table)

    def decode(self, input, errors='strict'):
        return codecs.charmap_decode(input, errors, decoding_table)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return codecs.charmap_encode(input, self.errors, encoding_table)[0]


class IncrementalDecoder(codecs.IncrementalDecoder):
    def decode(self, input, final=False):
        return codecs.charmap_decode(input, self.errors, decoding_table)[0]


class StreamWriter(Codec, codecs.StreamWriter):
    pass


class StreamReader(Codec, codecs.StreamReader):
    pass


def getregentry():
    return codecs.CodecInfo(name='cp1140', encode=Codec().encode, decode=Codec().decode,
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder,
                            streamreader=StreamReader, streamwriter=StreamWriter)
