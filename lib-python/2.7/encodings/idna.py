"""IDNA (RFC 3490) host names: labels with non-ASCII characters become
'xn--' + punycode after nameprep (RFC 3491: the stringprep tables for
mapping, NFKC, prohibited characters and the bidi rules)."""
import codecs
import stringprep
import unicodedata
from encodings.punycode import punycode_encode, punycode_decode

_DOTS = (u'.', u'\u3002', u'\uff0e', u'\uff61')
_ACE_PREFIX = 'xn--'
# RFC 3454 table B.1: commonly mapped to nothing
_NOTHING = dict.fromkeys([0xAD, 0x34F, 0x1806, 0x180B, 0x180C, 0x180D, 0x200B, 0x200C,
                          0x200D, 0x2060, 0xFE00, 0xFE01, 0xFE02, 0xFE03, 0xFE04, 0xFE05,
                          0xFE06, 0xFE07, 0xFE08, 0xFE09, 0xFE0A, 0xFE0B, 0xFE0C, 0xFE0D,
                          0xFE0E, 0xFE0F, 0xFEFF])


_PROHIBITED = (stringprep.in_table_c12, stringprep.in_table_c22, stringprep.in_table_c3,
               stringprep.in_table_c4, stringprep.in_table_c5, stringprep.in_table_c6,
               stringprep.in_table_c7, stringprep.in_table_c8, stringprep.in_table_c9)


def nameprep(label):
    """The nameprep profile of stringprep for one label."""
    # map: B.1 characters vanish, B.2 case-folds
    mapped = [stringprep.map_table_b2(c) for c in label if not stringprep.in_table_b1(c)]
    label = unicodedata.normalize('NFKC', u''.join(mapped))
    for c in label:
        for prohibited in _PROHIBITED:
            if prohibited(c):
                raise UnicodeError("Invalid character %r" % c)
    # bidi: a label with right-to-left characters must have no left-to-right
    # ones and must begin and end with right-to-left ones
    rtl = [stringprep.in_table_d1(c) for c in label]
    if any(rtl):
        if any(stringprep.in_table_d2(c) for c in label):
            raise UnicodeError("Violation of BIDI requirement 2")
        if not rtl[0] or not rtl[-1]:
            raise UnicodeError("Violation of BIDI requirement 3")
    return label


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


def _complete_labels(labels, final):
    """(labels ready to convert, trailing dot?) -- until the input is final,
    the last label may still grow and stays in the buffer."""
    if labels and labels[-1] == u'':
        return labels[:-1], True
    if final:
        return labels, False
    return labels[:-1], bool(labels[:-1])


class IncrementalEncoder(codecs.BufferedIncrementalEncoder):
    def _buffer_encode(self, input, errors, final):
        if errors != 'strict':
            raise UnicodeError("unsupported error handling " + errors)
        if not input:
            return '', 0
        labels, dot = _complete_labels(_split(input), final)
        consumed = sum([len(label) for label in labels]) + max(len(labels) - 1, 0) + dot
        result = '.'.join([ToASCII(label) for label in labels])
        # 2.7 gives unicode when no dot ends the piece (u'' or u'org')
        return result + ('.' if dot else u''), consumed


class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
    def _buffer_decode(self, input, errors, final):
        if errors != 'strict':
            raise UnicodeError("Unsupported error handling " + errors)
        if not input:
            return u'', 0
        if isinstance(input, unicode):
            labels = _split(input)
        else:
            labels = str(input).split('.')
        labels, dot = _complete_labels(labels, final)
        consumed = sum([len(label) for label in labels]) + max(len(labels) - 1, 0) + dot
        result = u'.'.join([ToUnicode(label) for label in labels])
        return result + (u'.' if dot else u''), consumed


class StreamWriter(Codec, codecs.StreamWriter):
    pass


class StreamReader(Codec, codecs.StreamReader):
    pass


def getregentry():
    return codecs.CodecInfo(name='idna', encode=encode, decode=decode,
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder,
                            streamwriter=StreamWriter, streamreader=StreamReader)
