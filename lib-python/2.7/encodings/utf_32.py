"""UTF-32 with a byte order mark: written little-endian after a BOM; read
in the order the BOM gives (little-endian without one)."""
import codecs
import _codecs

encode = _codecs.utf_32_encode


def decode(input, errors='strict'):
    return _codecs.utf_32_decode(input, errors, True)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def __init__(self, errors='strict'):
        codecs.IncrementalEncoder.__init__(self, errors)
        self.bom_written = False

    def encode(self, input, final=False):
        if not self.bom_written:
            self.bom_written = True
            return _codecs.utf_32_encode(input, self.errors)[0]
        return _codecs.utf_32_le_encode(input, self.errors)[0]

    def reset(self):
        codecs.IncrementalEncoder.reset(self)
        self.bom_written = False

    def getstate(self):
        return 0 if self.bom_written else 2

    def setstate(self, state):
        self.bom_written = not state


class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
    def __init__(self, errors='strict'):
        codecs.BufferedIncrementalDecoder.__init__(self, errors)
        self.decoder = None

    def _buffer_decode(self, input, errors, final):
        if self.decoder is not None:
            return self.decoder(input, errors, final)
        output, consumed, byteorder = _codecs.utf_32_ex_decode(input, errors, 0, final)
        if byteorder == 1:
            self.decoder = _codecs.utf_32_be_decode
        elif byteorder == -1 or consumed > 0:
            self.decoder = _codecs.utf_32_le_decode
        return (output, consumed)

    def reset(self):
        codecs.BufferedIncrementalDecoder.reset(self)
        self.decoder = None


class StreamWriter(codecs.StreamWriter):
    def __init__(self, stream, errors='strict'):
        codecs.StreamWriter.__init__(self, stream, errors)
        self.encoder = None

    def reset(self):
        codecs.StreamWriter.reset(self)
        self.encoder = None

    def encode(self, input, errors='strict'):
        if self.encoder is None:
            result = _codecs.utf_32_encode(input, errors)
            self.encoder = _codecs.utf_32_le_encode
            return result
        return self.encoder(input, errors)


class StreamReader(codecs.StreamReader):
    def reset(self):
        codecs.StreamReader.reset(self)
        try:
            del self.decode
        except AttributeError:
            pass

    def decode(self, input, errors='strict'):
        output, consumed, byteorder = _codecs.utf_32_ex_decode(input, errors, 0, False)
        if byteorder == 1:
            self.decode = _codecs.utf_32_be_decode
        elif byteorder == -1 or consumed > 0:
            self.decode = _codecs.utf_32_le_decode
        return (output, consumed)


def getregentry():
    return codecs.CodecInfo(
        name='utf-32',
        encode=encode,
        decode=decode,
        incrementalencoder=IncrementalEncoder,
        incrementaldecoder=IncrementalDecoder,
        streamreader=StreamReader,
        streamwriter=StreamWriter,
    )
