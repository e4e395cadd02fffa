"""The 'undefined' codec: every operation fails.  Setting it as the default
encoding turns implicit str/unicode coercion into an error."""
import codecs


def _fail(*args, **kwargs):
    # Any call, whatever its arguments, is refused in the same way.
    raise UnicodeError("undefined encoding")


encode = decode = _fail


class IncrementalEncoder(codecs.IncrementalEncoder):
    encode = _fail


class IncrementalDecoder(codecs.IncrementalDecoder):
    decode = _fail


class StreamWriter(codecs.StreamWriter):
    encode = staticmethod(_fail)


class StreamReader(codecs.StreamReader):
    decode = staticmethod(_fail)


def getregentry():
    parts = dict(encode=_fail, decode=_fail,
                 incrementalencoder=IncrementalEncoder,
                 incrementaldecoder=IncrementalDecoder,
                 streamwriter=StreamWriter, streamreader=StreamReader)
    return codecs.CodecInfo(name='undefined', **parts)
