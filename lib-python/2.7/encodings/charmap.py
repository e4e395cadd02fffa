"""The generic charmap codec: encode/decode with a mapping passed in."""
import codecs
import _codecs


def encode(input, errors='strict', mapping=None):
    return _codecs.charmap_encode(input, errors, mapping)


def decode(input, errors='strict', mapping=None):
    return _codecs.charmap_decode(input, errors, mapping)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def __init__(self, errors='strict', mapping=None):
        codecs.IncrementalEncoder.__init__(self, errors)
        self.mapping = mapping

    def encode(self, input, final=False):
        return _codecs.charmap_encode(input, self.errors, self.mapping)[0]


class IncrementalDecoder(codecs.IncrementalDecoder):
    def __init__(self, errors='strict', mapping=None):
        codecs.IncrementalDecoder.__init__(self, errors)
        self.mapping = mapping

    def decode(self, input, final=False):
        return _codecs.charmap_decode(input, self.errors, self.mapping)[0]


class StreamWriter(codecs.StreamWriter):
    def __init__(self, stream, errors='strict', mapping=None):
        codecs.StreamWriter.__init__(self, stream, errors)
        self.mapping = mapping

    def encode(self, input, errors='strict'):
        return _codecs.charmap_encode(input, errors, self.mapping)


class StreamReader(codecs.StreamReader):
    def __init__(self, stream, errors='strict', mapping=None):
        codecs.StreamReader.__init__(self, stream, errors)
        self.mapping = mapping

    def decode(self, input, errors='strict'):
        return _codecs.charmap_decode(input, errors, self.mapping)


def getregentry():
    return codecs.CodecInfo(name='charmap', encode=encode, decode=decode,
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder,
                            streamwriter=StreamWriter, streamreader=StreamReader)
