"""IDNA (RFC 3490) host names: labels with non-ASCII characters become
'xn--' + punycode.  Nameprep is reduced to what needs no Unicode database:
lower-casing and dropping the characters mapped to nothing (this build has
no unicodedata normalisation)."""
import codecs
from encodings.punycode import punycode_encode, punycode_decode

_DOTS = (u'.', u'\u3002', u'\uff0e', u'\uff61')
_ACE_PREFIX = 'xn--'
# RFC 3454 table B.1: commonly mapped to nothing
_NOTHING = dict.fromkeys([0xAD, 0x34F, 0x1806, 0x180B, 0x180C, 0x180D, 0x200B, 0x200C,
                          0x200D, 0x2060, 0xFE00, 0xFE01, 0xFE02, 0xFE03, 0xFE04, 0xFE05,
                          0xFE06, 0xFE07, 0xFE08, 0xFE09, 0xFE0A, 0xFE0B, 0xFE0C, 0xFE0D,
                          0xFE0E, 0xFE0F, 0xFEFF])


def nameprep(label):
    return u''.join([c for c in label if ord(c) not in _NOTHING]).lower()


def ToASCII(label):
    try:
        ascii_label = label.encode('ascii')
    except UnicodeError:
        pass
    else:
        if 0 < len(ascii_label) < 64:
            return ascii_label
        raise UnicodeError("label empty or too long")
    label = nameprep(label)
    try:
        ascii_label = label.encode('ascii')
    except UnicodeError:
        pass
    else:
        if 0 < len(ascii_label) < 64:
            return ascii_label
        raise UnicodeError("label empty or too long")
    if label.startswith(_ACE_PREFIX.decode('ascii')):
        raise UnicodeError("Label starts with ACE prefix")
    ascii_label = _ACE_PREFIX + punycode_encode(label)
    if 0 < len(ascii_label) < 64:
        return ascii_label
    raise UnicodeError("label empty or too long")


def ToUnicode(label):
    if isinstance(label, str):
        pure_ascii = True
    else:
        try:
            label = label.encode('ascii')
            pure_ascii = True
        except UnicodeError:
            pure_ascii = False
    if not pure_ascii:
        label = nameprep(label).encode('ascii')
    if not label.lower().startswith(_ACE_PREFIX):
        return unicode(label, 'ascii')
    result = punycode_decode(label[len(_ACE_PREFIX):])
    if ToASCII(result).lower() != label.lower():
        raise UnicodeError("IDNA does not round-trip", label, ToASCII(result))
    return result


def _split(text):
    for dot in _DOTS[1:]:
        text = text.replace(dot, u'.')
    return text.split(u'.')


def encode(input, errors='strict'):
    if errors != 'strict':
        raise UnicodeError("unsupported error handling " + errors)
    if not input:
        return '', 0
    labels = _split(input if isinstance(input, unicode) else input.decode('ascii'))
    trailing = ''
    if labels and labels[-1] == u'':
        trailing = '.'
        del labels[-1]
    result = [ToASCII(label) for label in labels]
    return '.'.join(result) + trailing, len(input)


def decode(input, errors='strict'):
    if errors != 'strict':
        raise UnicodeError("Unsupported error handling " + errors)
    if not input:
        return u'', 0
    if isinstance(input, unicode):
        labels = _split(input)
    else:
        labels = str(input).split('.')
    trailing = u''
    if labels and len(labels[-1]) == 0:
        trailing = u'.'
        del labels[-1]
    result = [ToUnicode(label) for label in labels]
    return u'.'.join(result) + trailing, len(input)


class Codec(codecs.Codec):
    def encode(self, input, errors='strict'):
        return encode(input, errors)

    def decode(self, input, errors='strict'):
        return decode(input, errors)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return encode(input, self.errors)[0]


class IncrementalDecoder(codecs.IncrementalDecoder):
    def decode(self, input, final=False):
        return decode(input, self.errors)[0]


class StreamWriter(Codec, codecs.StreamWriter):
    pass


class StreamReader(Codec, codecs.StreamReader):
    pass


def getregentry():
    return codecs.CodecInfo(name='idna', encode=encode, decode=decode,
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder,
                            streamwriter=StreamWriter, streamreader=StreamReader)
