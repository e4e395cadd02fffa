"""CodecInfo for a stateless str-to-str codec given its two functions
(each taking the whole input and returning the whole output)."""
import codecs


def make_entry(name, encode_all, decode_all):
    def encode(input, errors='strict'):
        assert errors == 'strict'
        return (encode_all(input), len(input))

    def decode(input, errors='strict'):
        assert errors == 'strict'
        return (decode_all(input), len(input))

    class Codec(codecs.Codec):
        pass
    Codec.encode = staticmethod(encode)
    Codec.decode = staticmethod(decode)

    class IncrementalEncoder(codecs.IncrementalEncoder):
        """Collects the input and encodes it all when final."""
        def __init__(self, errors='strict'):
            codecs.IncrementalEncoder.__init__(self, errors)
            self.pending = []

        def encode(self, input, final=False):
            self.pending.append(input)
            if not final:
                return ''
            data = ''.join(self.pending)
            self.pending = []
            return encode_all(data)

        def reset(self):
            self.pending = []

    class IncrementalDecoder(codecs.IncrementalDecoder):
        def __init__(self, errors='strict'):
            codecs.IncrementalDecoder.__init__(self, errors)
            self.pending = []

        def decode(self, input, final=False):
            self.pending.append(input)
            if not final:
                return ''
            data = ''.join(self.pending)
            self.pending = []
            return decode_all(data)

        def reset(self):
            self.pending = []

    class StreamWriter(Codec, codecs.StreamWriter):
        pass

    class StreamReader(Codec, codecs.StreamReader):
        pass

    return codecs.CodecInfo(
        name=name,
        encode=encode,
        decode=decode,
        incrementalencoder=IncrementalEncoder,
        incrementaldecoder=IncrementalDecoder,
        streamwriter=StreamWriter,
        streamreader=StreamReader,
    )
