"""UTF-16 with a byte order mark: written little-endian after a BOM; read
in the order the BOM gives (little-endian without one)."""
import codecs
import _codecs

encode = _codecs.utf_16_encode


def decode(input, errors='strict'):
    return _codecs.utf_16_decode(input, errors, True)


def _detect(data, errors, final):
    """Decode with BOM detection.  Returns (text, consumed, fixed) where
    `fixed` is the endian-specific decoder to use from now on, or None when
    nothing has been decided yet.  As in 2.7, a stream whose first code
    unit is not a BOM is refused."""
    text, used, order = _codecs.utf_16_ex_decode(data, errors, 0, final)
    if order == 1:
        return text, used, _codecs.utf_16_be_decode
    if order == -1:
        return text, used, _codecs.utf_16_le_decode
    if used >= 2:
        raise UnicodeError("UTF-16 stream does not start with BOM")
    return text, used, None


class IncrementalEncoder(codecs.IncrementalEncoder):
    # getstate() is 2 while the BOM is still owed and 0 once it is out.
    _bom_owed = True

    def encode(self, input, final=False):
        if not self._bom_owed:
            return _codecs.utf_16_le_encode(input, self.errors)[0]
        out = encode(input, self.errors)[0]
        self._bom_owed = False
        return out

    def reset(self):
        codecs.IncrementalEncoder.reset(self)
        self._bom_owed = True

    def getstate(self):
        if self._bom_owed:
            return 2
        return 0

    def setstate(self, state):
        self._bom_owed = bool(state)


class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
    _fixed = None       # endian-specific decoder once the order is known

    def reset(self):
        codecs.BufferedIncrementalDecoder.reset(self)
        self._fixed = None

    def _buffer_decode(self, input, errors, final):
        if self._fixed is not None:
            return self._fixed(input, errors, final)
        text, used, self._fixed = _detect(input, errors, final)
        return text, used


class StreamWriter(codecs.StreamWriter):
    _after_bom = None   # encoder for the chunks that follow the first

    def reset(self):
        codecs.StreamWriter.reset(self)
        self._after_bom = None

    def encode(self, input, errors='strict'):
        if self._after_bom is not None:
            return self._after_bom(input, errors)
        # first chunk: BOM plus data; later chunks carry no BOM
        result = encode(input, errors)
        self._after_bom = _codecs.utf_16_le_encode
        return result


class StreamReader(codecs.StreamReader):
    def decode(self, input, errors='strict'):
        text, used, fixed = _detect(input, errors, False)
        if fixed is not None:
            # shadow this method with the plain decoder from now on
            self.decode = fixed
        return text, used

    def reset(self):
        codecs.StreamReader.reset(self)
        self.__dict__.pop('decode', None)


def getregentry():
    return codecs.CodecInfo(encode, decode, name='utf-16',
                            streamreader=StreamReader, streamwriter=StreamWriter,
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder)
