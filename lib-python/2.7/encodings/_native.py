"""Codec entries for the encodings the object space implements itself: one
factory instead of a module per charmap codec.  The functions go through
_codecs.native_encode/native_decode, which add registered error handlers."""

import codecs
import _codecs

# encodings the object space knows beyond the ones with their own module
CHARMAP_MODULES = ("cp1250", "cp1251", "cp1252", "cp1253", "cp1254", "cp1255", "cp1256",
                   "cp1257", "cp1258", "cp437", "cp850", "cp852", "cp866", "iso8859_2",
                   "iso8859_3", "iso8859_4", "iso8859_5", "iso8859_6", "iso8859_7",
                   "iso8859_8", "iso8859_9", "iso8859_10", "iso8859_13", "iso8859_14",
                   "iso8859_15", "iso8859_16", "koi8_r", "koi8_u", "mac_roman",
                   "mac_latin2", "mac_cyrillic", "mac_greek", "cp037", "cp500", "tis_620")


def display_name(modname):
    """2.7's CodecInfo.name for a codec module."""
    if modname == 'latin_1':
        return 'iso8859-1'
    if modname.endswith('_codec'):
        modname = modname[:-6]
    return modname.replace('_', '-')


def make_entry(modname, native=None, decode_final=None):
    """A CodecInfo whose work is done by the native codec `native` (default:
    the module name).  decode_final(input, errors, final) -> (output,
    consumed), when given, is the incremental decoding step."""
    if native is None:
        native = modname

    def encode(input, errors='strict'):
        return (_codecs.native_encode(input, native, errors), len(input))

    def decode(input, errors='strict'):
        if isinstance(input, (buffer, bytearray, memoryview)):
            input = str(input) if not isinstance(input, memoryview) else input.tobytes()
        return (_codecs.native_decode(input, native, errors), len(input))

    class Codec(codecs.Codec):
        pass
    Codec.encode = staticmethod(encode)
    Codec.decode = staticmethod(decode)

    class IncrementalEncoder(codecs.IncrementalEncoder):
        def encode(self, input, final=False):
            return encode(input, self.errors)[0]

    if decode_final is None:
        class IncrementalDecoder(codecs.IncrementalDecoder):
            def decode(self, input, final=False):
                return decode(input, self.errors)[0]
    else:
        class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
            pass
        IncrementalDecoder._buffer_decode = staticmethod(decode_final)

    class StreamWriter(Codec, codecs.StreamWriter):
        pass

    class StreamReader(Codec, codecs.StreamReader):
        pass
    if decode_final is not None:
        StreamReader.decode = staticmethod(
            lambda input, errors='strict': decode_final(input, errors, False))

    return codecs.CodecInfo(
        name=display_name(modname),
        encode=encode,
        decode=decode,
        incrementalencoder=IncrementalEncoder,
        incrementaldecoder=IncrementalDecoder,
        streamwriter=StreamWriter,
        streamreader=StreamReader,
    )
