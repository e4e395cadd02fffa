"""The uu codec: a complete uuencoded file ('begin 666 <data>' ... 'end')."""
import binascii
from encodings._bytescodec import make_entry


def _encode(data, filename='<data>', mode=0666):
    data = str(data)
    lines = ['begin %o %s\n' % (mode & 0777, filename)]
    for i in range(0, len(data), 45):
        lines.append(binascii.b2a_uu(data[i:i + 45]))
    lines.append(' \nend\n')
    return ''.join(lines)


def _decode(data):
    lines = str(data).splitlines(True)
    k = 0
    while k < len(lines) and not lines[k].startswith('begin'):
        k += 1
    if k == len(lines):
        raise ValueError('Missing "begin" line in input data')
    out = []
    for line in lines[k + 1:]:
        if line.startswith('end'):
            return ''.join(out)
        try:
            out.append(binascii.a2b_uu(line))
        except binascii.Error:
            # some encoders write trailing garbage: decode what the count says
            nbytes = (((ord(line[0]) - 32) & 63) * 4 + 5) // 3
            out.append(binascii.a2b_uu(line[:nbytes]))
    raise ValueError('Truncated input data')


def getregentry():
    return make_entry('uu', _encode, _decode)
