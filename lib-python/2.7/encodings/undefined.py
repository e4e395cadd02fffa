"""A codec that refuses everything (to switch implicit conversions off)."""
import codecs


def _refuse(input, errors='strict'):
    raise UnicodeError("undefined encoding")


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        raise UnicodeError("undefined encoding")


class IncrementalDecoder(codecs.IncrementalDecoder):
    def decode(self, input, final=False):
        raise UnicodeError("undefined encoding")


class StreamWriter(codecs.StreamWriter):
    encode = staticmethod(_refuse)


class StreamReader(codecs.StreamReader):
    decode = staticmethod(_refuse)


def getregentry():
    return codecs.CodecInfo(name='undefined', encode=_refuse, decode=_refuse,
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder,
                            streamwriter=StreamWriter, streamreader=StreamReader)
