"""codecs -- the codec registry front end.

Everything that does real work (the search-function registry, the
built-in encoders and decoders, the error handler registry) is provided by
the built-in _codecs module and re-exported here.  This file adds the
class hierarchy codecs are written against (Codec, the incremental and
stream classes), the byte order mark constants and a few conveniences such
as codecs.open() and EncodedFile()."""

import __builtin__
import sys

try:
    from _codecs import *
except ImportError as _failure:
    raise SystemError('Failed to load the builtin codecs: %s' % _failure)

__all__ = ["register", "lookup", "open", "EncodedFile",
           "BOM", "BOM_BE", "BOM_LE", "BOM32_BE", "BOM32_LE", "BOM64_BE", "BOM64_LE",
           "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE",
           "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE",
           "CodecInfo", "Codec", "IncrementalEncoder", "IncrementalDecoder",
           "StreamReader", "StreamWriter",
           "StreamReaderWriter", "StreamRecoder",
           "getencoder", "getdecoder", "getincrementalencoder",
           "getincrementaldecoder", "getreader", "getwriter",
           "encode", "decode", "iterencode", "iterdecode",
           "strict_errors", "ignore_errors", "replace_errors",
           "xmlcharrefreplace_errors", "backslashreplace_errors",
           "register_error", "lookup_error"]


# ---- byte order marks ------------------------------------------------------

BOM_UTF8 = '\xef\xbb\xbf'
BOM_UTF16_LE = '\xff\xfe'
BOM_UTF16_BE = '\xfe\xff'
BOM_UTF32_LE = BOM_UTF16_LE + '\x00\x00'
BOM_UTF32_BE = '\x00\x00' + BOM_UTF16_BE

# the unsuffixed names follow the machine's native order
_native_little = sys.byteorder == 'little'
BOM_UTF16 = BOM_UTF16_LE if _native_little else BOM_UTF16_BE
BOM_UTF32 = BOM_UTF32_LE if _native_little else BOM_UTF32_BE
BOM = BOM_UTF16
del _native_little

# historical aliases kept for old code
BOM_LE = BOM32_LE = BOM_UTF16_LE
BOM_BE = BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


# ---- shared pieces of the stream wrappers ----------------------------------
# Every wrapper class below hands unknown attributes to the wrapped stream
# and closes that stream when used as a context manager.

def _delegate_to_stream(self, name, getattr=getattr):
    return getattr(self.stream, name)

def _enter_returns_self(self):
    return self

def _exit_closes_stream(self, type, value, tb):
    self.stream.close()


class CodecInfo(tuple):
    """The record a codec search function returns.  It is the classic
    4-tuple (encode, decode, streamreader, streamwriter) with those parts
    also available by name, plus the incremental classes and the name."""

    # bytes-to-bytes codecs such as hex or zlib say False here; the
    # unicode/str methods consult it (2.7 -3 warnings)
    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                _is_text_encoding=None):
        info = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        info.name = name
        info.encode, info.decode = encode, decode
        info.streamreader, info.streamwriter = streamreader, streamwriter
        info.incrementalencoder = incrementalencoder
        info.incrementaldecoder = incrementaldecoder
        if _is_text_encoding is not None:
            info._is_text_encoding = _is_text_encoding
        return info

    def __repr__(self):
        kind = self.__class__
        return "<%s.%s object for encoding %s at 0x%x>" % (
            kind.__module__, kind.__name__, self.name, id(self))


class Codec:
    """Interface of a stateless codec.

    encode(input, errors='strict') and decode(input, errors='strict') each
    return a pair (converted object, number of input items consumed).  The
    errors argument names an error handler: 'strict' raises, 'ignore' and
    'replace' are the usual alternatives (see register_error)."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder(object):
    """Encodes input that arrives in pieces: call encode(piece) repeatedly
    and pass final=True with the last piece."""

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        """Return to the initial state (nothing pending)."""

    def getstate(self):
        """The encoder state as an integer (0 means initial)."""
        return 0

    def setstate(self, state):
        """Restore a state previously returned by getstate()."""


class BufferedIncrementalEncoder(IncrementalEncoder):
    """Incremental encoder that remembers input it could not encode yet.
    Subclasses implement _buffer_encode(input, errors, final) returning
    (output, number of input items consumed)."""

    def __init__(self, errors='strict'):
        IncrementalEncoder.__init__(self, errors)
        self.buffer = ""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        pending = self.buffer + input
        output, used = self._buffer_encode(pending, self.errors, final)
        self.buffer = pending[used:]
        return output

    def reset(self):
        IncrementalEncoder.reset(self)
        self.buffer = ""

    def getstate(self):
        if self.buffer:
            return self.buffer
        return 0

    def setstate(self, state):
        if not state:
            state = ""
        self.buffer = state


class IncrementalDecoder(object):
    """Decodes input that arrives in pieces: call decode(piece) repeatedly
    and pass final=True with the last piece."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        """Return to the initial state (nothing pending)."""

    def getstate(self):
        """A pair (pending undecoded bytes, integer flag)."""
        return ("", 0)

    def setstate(self, state):
        """Restore a state previously returned by getstate()."""


class BufferedIncrementalDecoder(IncrementalDecoder):
    """Incremental decoder that remembers bytes it could not decode yet.
    Subclasses implement _buffer_decode(input, errors, final) returning
    (output, number of bytes consumed)."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = ""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        pending = self.buffer + input
        output, used = self._buffer_decode(pending, self.errors, final)
        self.buffer = pending[used:]
        return output

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = ""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


class StreamWriter(Codec):
    """Wraps a byte stream; text written to it is encoded first."""

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        """Encode object and write the result to the stream."""
        self.stream.write(self.encode(object, self.errors)[0])

    def writelines(self, list):
        """Write the concatenation of the strings in list."""
        self.write(''.join(list))

    def reset(self):
        """Drop any encoder state; stateless writers have none."""

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        rewound = (whence == 0 and offset == 0)
        if rewound:
            self.reset()

    __getattr__ = _delegate_to_stream
    __enter__ = _enter_returns_self
    __exit__ = _exit_closes_stream


def _first_line(text, keepends):
    # a line as readline returns it, with or without its terminator
    if keepends:
        return text
    return text.splitlines(False)[0]


class StreamReader(Codec):
    """Wraps a byte stream; reads return decoded text.

    Decoded but unreturned text waits in charbuffer, undecodable trailing
    bytes in bytebuffer; readline may split text into whole lines kept in
    linebuffer (then charbuffer is unused)."""

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = ""
        self.charbuffer = ""
        self.linebuffer = None

    def decode(self, input, errors='strict'):
        raise NotImplementedError

    def _decode_more(self, size, firstline):
        """Read one chunk from the stream and decode what can be decoded.
        Returns False once the stream is exhausted."""
        if size < 0:
            raw = self.stream.read()
        else:
            raw = self.stream.read(size)
        # the decoder is called even with no bytes: its (empty) result
        # gives the buffer the decoder's text type
        data = self.bytebuffer + raw
        try:
            text, used = self.decode(data, self.errors)
        except UnicodeDecodeError as err:
            # readline can still use the text up to a bad byte when that
            # text already holds a complete line
            if not firstline:
                raise
            text, used = self.decode(data[:err.start], self.errors)
            if len(text.splitlines(True)) <= 1:
                raise
        self.bytebuffer = data[used:]
        self.charbuffer += text
        return bool(raw)

    def read(self, size=-1, chars=-1, firstline=False):
        """Return decoded text.

        chars is how many characters to return (when negative, size
        counts instead; everything when both are negative); size is
        roughly how many bytes to read per step (all at once when
        negative).  With firstline set, a decoding error after the first
        line only shortens the result."""
        if self.linebuffer:
            self.charbuffer = "".join(self.linebuffer)
            self.linebuffer = None
        if chars < 0:
            # a lone size argument also caps the result, as for files
            chars = size
        while chars < 0 or len(self.charbuffer) < chars:
            if not self._decode_more(size, firstline):
                break
        buffered = self.charbuffer
        if chars < 0:
            self.charbuffer = ""
            return buffered
        self.charbuffer = buffered[chars:]
        return buffered[:chars]

    def _next_buffered_line(self, keepends):
        pieces = self.linebuffer
        line = pieces.pop(0)
        if len(pieces) == 1:
            # the remaining piece may be a partial line: back to charbuffer
            self.charbuffer = pieces[0]
            self.linebuffer = None
        return _first_line(line, keepends)

    def readline(self, size=None, keepends=True):
        """Return one decoded line (with its end unless keepends is false)."""
        if self.linebuffer:
            return self._next_buffered_line(keepends)
        step = size or 72
        text = ""
        while True:
            chunk = self.read(step, firstline=True)
            if chunk and chunk.endswith("\r"):
                # the '\n' of a '\r\n' pair may still be unread
                chunk += self.read(size=1, chars=1)
            text += chunk
            pieces = text.splitlines(True)
            if len(pieces) > 1:
                line = pieces.pop(0)
                if len(pieces) == 1:
                    self.charbuffer = pieces[0] + self.charbuffer
                else:
                    pieces[-1] += self.charbuffer
                    self.linebuffer = pieces
                    self.charbuffer = None
                return _first_line(line, keepends)
            if pieces:
                bare = pieces[0].splitlines(False)[0]
                if bare != pieces[0]:
                    # a complete line: its terminator has been seen
                    return bare if not keepends else pieces[0]
            if size is not None or not chunk:
                if text and not keepends:
                    text = text.splitlines(False)[0]
                return text
            if step < 8000:
                step *= 2

    def readlines(self, sizehint=None, keepends=True):
        """Read everything that is left and return it as a list of lines."""
        return self.read().splitlines(keepends)

    def reset(self):
        """Forget all buffered bytes and text."""
        self.bytebuffer = ""
        self.charbuffer = u""
        self.linebuffer = None

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def next(self):
        """The next line of the stream."""
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __iter__(self):
        return self

    __getattr__ = _delegate_to_stream
    __enter__ = _enter_returns_self
    __exit__ = _exit_closes_stream


class StreamReaderWriter:
    """A stream opened for both reading and writing through one codec:
    reads go through a StreamReader, writes through a StreamWriter."""

    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream
        self.errors = errors
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def next(self):
        return self.reader.next()

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        for side in (self.reader, self.writer):
            side.reset()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        if offset == 0 and whence == 0:
            self.writer.reset()

    __getattr__ = _delegate_to_stream
    __enter__ = _enter_returns_self
    __exit__ = _exit_closes_stream


class StreamRecoder:
    """Two codecs back to back.  The stream holds data in one encoding
    (handled by Reader/Writer); callers exchange data in another (handled
    by the encode/decode functions)."""

    data_encoding = 'unknown'
    file_encoding = 'unknown'

    def __init__(self, stream, encode, decode, Reader, Writer, errors='strict'):
        self.stream = stream
        self.encode = encode
        self.decode = decode
        self.errors = errors
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)

    def _outgoing(self, text):
        return self.encode(text, self.errors)[0]

    def _incoming(self, data):
        return self.decode(data, self.errors)[0]

    def read(self, size=-1):
        return self._outgoing(self.reader.read(size))

    def readline(self, size=None):
        if size is not None:
            return self._outgoing(self.reader.readline(size))
        return self._outgoing(self.reader.readline())

    def readlines(self, sizehint=None):
        return self._outgoing(self.reader.read()).splitlines(1)

    def next(self):
        return self._outgoing(self.reader.next())

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(self._incoming(data))

    def writelines(self, list):
        return self.writer.write(self._incoming(''.join(list)))

    def reset(self):
        for side in (self.reader, self.writer):
            side.reset()

    __getattr__ = _delegate_to_stream
    __enter__ = _enter_returns_self
    __exit__ = _exit_closes_stream


# ---- conveniences -----------------------------------------------------------

def _binary_mode(mode):
    # codecs.open always opens the underlying file in binary mode; universal
    # newlines make no sense below a decoder
    if 'U' in mode:
        mode = mode.strip().replace('U', '')
        if mode[:1] not in ('r', 'w', 'a'):
            mode = 'r' + mode
    if 'b' not in mode:
        mode += 'b'
    return mode


def open(filename, mode='rb', encoding=None, errors='strict', buffering=1):
    """Open filename and wrap it in a StreamReaderWriter for encoding.

    Without an encoding this is the built-in open(); with one, the file is
    opened in binary mode and text is encoded/decoded transparently."""
    if encoding is None:
        return __builtin__.open(filename, mode, buffering)
    raw = __builtin__.open(filename, _binary_mode(mode), buffering)
    info = lookup(encoding)
    wrapper = StreamReaderWriter(raw, info.streamreader, info.streamwriter,
                                 errors)
    wrapper.encoding = encoding
    return wrapper


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    """Wrap file in a StreamRecoder: callers use data_encoding, the file
    holds file_encoding (the same as data_encoding by default)."""
    if file_encoding is None:
        file_encoding = data_encoding
    outer = lookup(data_encoding)
    inner = lookup(file_encoding)
    recoder = StreamRecoder(file, outer.encode, outer.decode,
                            inner.streamreader, inner.streamwriter, errors)
    recoder.data_encoding = data_encoding
    recoder.file_encoding = file_encoding
    return recoder


def getencoder(encoding):
    """The stateless encoding function of a codec."""
    return lookup(encoding).encode


def getdecoder(encoding):
    """The stateless decoding function of a codec."""
    return lookup(encoding).decode


def _required_class(encoding, attribute):
    found = getattr(lookup(encoding), attribute)
    if found is None:
        raise LookupError(encoding)
    return found


def getincrementalencoder(encoding):
    """The codec's IncrementalEncoder class; LookupError when it has none."""
    return _required_class(encoding, 'incrementalencoder')


def getincrementaldecoder(encoding):
    """The codec's IncrementalDecoder class; LookupError when it has none."""
    return _required_class(encoding, 'incrementaldecoder')


def getreader(encoding):
    """The codec's StreamReader class."""
    return lookup(encoding).streamreader


def getwriter(encoding):
    """The codec's StreamWriter class."""
    return lookup(encoding).streamwriter


def _run_incremental(convert, iterator):
    # feed every piece, then flush with final=True; empty results are skipped
    for piece in iterator:
        out = convert(piece)
        if out:
            yield out
    out = convert("", True)
    if out:
        yield out


def iterencode(iterator, encoding, errors='strict', **kwargs):
    """Lazily encode the strings produced by iterator."""
    coder = getincrementalencoder(encoding)(errors, **kwargs)
    for out in _run_incremental(coder.encode, iterator):
        yield out


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    """Lazily decode the strings produced by iterator."""
    coder = getincrementaldecoder(encoding)(errors, **kwargs)
    for out in _run_incremental(coder.decode, iterator):
        yield out


# ---- helpers for charmap codecs (used by the encodings package) -------------

def make_identity_dict(rng):
    """Map every element of rng to itself."""
    return dict((item, item) for item in rng)


def make_encoding_map(decoding_map):
    """Invert a decoding map.  A target reached from several keys becomes
    ambiguous and maps to None."""
    inverse = {}
    for key, target in decoding_map.items():
        inverse[target] = None if target in inverse else key
    return inverse


# ---- the standard error handlers as module attributes ----------------------

def _standard_handler(name):
    try:
        return lookup_error(name)
    except LookupError:
        return None

strict_errors = _standard_handler("strict")
ignore_errors = _standard_handler("ignore")
replace_errors = _standard_handler("replace")
xmlcharrefreplace_errors = _standard_handler("xmlcharrefreplace")
backslashreplace_errors = _standard_handler("backslashreplace")
del _standard_handler
