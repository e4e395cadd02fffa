"""The 'utf-32' codec: UTF-32 with a byte order mark.

Encoding writes a little-endian BOM followed by little-endian code units
(the BOM only once per stream).  Decoding follows the BOM; the one-shot
decode() falls back to little-endian without one, while the incremental
decoder and the stream reader, like 2.7's, refuse a stream that does not
start with a BOM.
"""
import codecs
import _codecs

encode = _codecs.utf_32_encode

_ORDERED_DECODERS = {1: _codecs.utf_32_be_decode, -1: _codecs.utf_32_le_decode}


def decode(input, errors='strict'):
    return _codecs.utf_32_decode(input, errors, True)


def _first_chunk(data, errors, final):
    """Decode the start of a stream: (text, bytes used, decoder for the rest
    or None while the byte order is still open)."""
    text, used, order = _codecs.utf_32_ex_decode(data, errors, 0, final)
    follow = _ORDERED_DECODERS.get(order)
    if follow is None and used >= 4:
        raise UnicodeError("UTF-32 stream does not start with BOM")
    return text, used, follow


class IncrementalEncoder(codecs.IncrementalEncoder):
    """Emits the BOM with the first chunk.  The state is 2 while the BOM is
    pending and 0 after it."""

    def __init__(self, errors='strict'):
        codecs.IncrementalEncoder.__init__(self, errors)
        self._pending_bom = True

    def encode(self, input, final=False):
        if self._pending_bom:
            self._pending_bom = False
            return encode(input, self.errors)[0]
        return _codecs.utf_32_le_encode(input, self.errors)[0]

    def reset(self):
        codecs.IncrementalEncoder.reset(self)
        self._pending_bom = True

    def getstate(self):
        return self._pending_bom and 2 or 0

    def setstate(self, state):
        self._pending_bom = bool(state)


class IncrementalDecoder(codecs.BufferedIncrementalDecoder):

    def __init__(self, errors='strict'):
        codecs.BufferedIncrementalDecoder.__init__(self, errors)
        self._rest = None       # the fixed-order decoder once the BOM is read

    def _buffer_decode(self, input, errors, final):
        if self._rest is None:
            text, used, self._rest = _first_chunk(input, errors, final)
            return text, used
        return self._rest(input, errors, final)

    def reset(self):
        codecs.BufferedIncrementalDecoder.reset(self)
        self._rest = None


class StreamWriter(codecs.StreamWriter):

    def __init__(self, stream, errors='strict'):
        codecs.StreamWriter.__init__(self, stream, errors)
        self._started = False

    def reset(self):
        codecs.StreamWriter.reset(self)
        self._started = False

    def encode(self, input, errors='strict'):
        if self._started:
            return _codecs.utf_32_le_encode(input, errors)
        self._started = True
        return encode(input, errors)


class StreamReader(codecs.StreamReader):

    _rest = None    # the fixed-order decoder once the BOM is read

    def reset(self):
        codecs.StreamReader.reset(self)
        self._rest = None

    def decode(self, input, errors='strict'):
        if self._rest is not None:
            return self._rest(input, errors)
        text, used, self._rest = _first_chunk(input, errors, False)
        return text, used


def getregentry():
    return codecs.CodecInfo(name='utf-32', encode=encode, decode=decode,
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder,
                            streamreader=StreamReader, streamwriter=StreamWriter)
