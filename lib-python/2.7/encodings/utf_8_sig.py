"""UTF-8 with a signature: encoding writes the BOM first, decoding drops
one at the start."""
import codecs
from _codecs import utf_8_encode as _enc8, utf_8_decode as _dec8

_SIG = codecs.BOM_UTF8


def _sniff(data):
    """Classify the start of `data`: 'sig' when it begins with the BOM,
    'wait' when it is a proper prefix of the BOM, 'plain' otherwise."""
    if data[:3] == _SIG:
        return 'sig'
    if len(data) < 3 and _SIG.startswith(data):
        return 'wait'
    return 'plain'


def _decode_after_sig(data, errors, final):
    text, used = _dec8(data[3:], errors, final)
    return text, used + 3


def encode(input, errors='strict'):
    body = _enc8(input, errors)[0]
    return _SIG + body, len(input)


def decode(input, errors='strict'):
    if _sniff(input) == 'sig':
        return _decode_after_sig(input, errors, True)
    return _dec8(input, errors, True)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def __init__(self, errors='strict'):
        codecs.IncrementalEncoder.__init__(self, errors)
        self.first = True

    def encode(self, input, final=False):
        head = ''
        if self.first:
            head, self.first = _SIG, False
        return head + _enc8(input, self.errors)[0]

    def reset(self):
        codecs.IncrementalEncoder.reset(self)
        self.first = True

    def getstate(self):
        # 1 while the signature is still to be written, else 0
        return int(self.first)

    def setstate(self, state):
        self.first = bool(state)


class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
    def __init__(self, errors='strict'):
        codecs.BufferedIncrementalDecoder.__init__(self, errors)
        self.first = True

    def _buffer_decode(self, input, errors, final):
        if not self.first:
            return _dec8(input, errors, final)
        kind = _sniff(input)
        if kind == 'wait':
            # too short to tell whether a BOM is coming; keep buffering
            return u'', 0
        self.first = False
        if kind == 'sig':
            return _decode_after_sig(input, errors, final)
        return _dec8(input, errors, final)

    def reset(self):
        codecs.BufferedIncrementalDecoder.reset(self)
        self.first = True


class StreamWriter(codecs.StreamWriter):
    # The first write goes through the module-level encode (adding the BOM);
    # it then installs the plain encoder as an instance attribute, which
    # reset() removes again.
    def encode(self, input, errors='strict'):
        self.encode = _enc8
        return encode(input, errors)

    def reset(self):
        codecs.StreamWriter.reset(self)
        self.__dict__.pop('encode', None)


class StreamReader(codecs.StreamReader):
    def decode(self, input, errors='strict'):
        kind = _sniff(input)
        if kind == 'wait':
            return u'', 0
        self.decode = _dec8
        if kind == 'sig':
            text, used = _dec8(input[3:], errors)
            return text, used + 3
        return _dec8(input, errors)

    def reset(self):
        codecs.StreamReader.reset(self)
        self.__dict__.pop('decode', None)


def getregentry():
    return codecs.CodecInfo(encode, decode, name='utf-8-sig',
                            streamreader=StreamReader, streamwriter=StreamWriter,
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder)
