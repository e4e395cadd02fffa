import imghdr, sndhdr, os, tempfile, struct, StringIO, shutil
headers = {
    'gif': 'GIF89a' + '\0' * 26, 'gif87': 'GIF87a....', 'png': '\211PNG\r\n\032\n' + '\0' * 8,
    'jfif': '\xff\xd8\xff\xe0\0\x10JFIF\0', 'exif': '\xff\xd8\xff\xe1\0\x10Exif\0',
    'tiff': 'MM\0*', 'tiffi': 'II*\0', 'rgb': '\001\332\1\1', 'pbm': 'P1\n', 'pgm': 'P5 ', 'ppm': 'P6\t',
    'pbad': 'P7\n', 'rast': '\x59\xA6\x6A\x95', 'xbm': '#define w 1', 'bmp': 'BMxxxx', 'none': 'hello', 'empty': ''}
for name in sorted(headers):
    print name, imghdr.what(None, headers[name])
root = tempfile.mkdtemp()
p = os.path.join(root, 'img')
with open(p, 'wb') as f:
    f.write(headers['png'])
print imghdr.what(p)
f = StringIO.StringIO('junk' + headers['gif'])
f.seek(4)
print imghdr.what(f), f.tell()
try:
    imghdr.what(os.path.join(root, 'missing'))
except IOError as e:
    print 'IOError', e.errno
def snd(data):
    with open(p, 'wb') as f:
        f.write(data)
    return sndhdr.what(p)
au = '.snd' + struct.pack('>5L', 24, 800, 3, 8000, 2) + '\0' * 800
print snd(au)
print snd('dns.' + struct.pack('<5L', 24, 100, 1, 8000, 1))
print snd('.snd' + struct.pack('>5L', 24, 100, 27, 8000, 1))
wav = 'RIFF' + struct.pack('<L', 36) + 'WAVE' + 'fmt ' + struct.pack('<LHHLLHH', 16, 1, 2, 44100, 176400, 4, 16)
print snd(wav)
print snd('Creative Voice File\032' + struct.pack('<H', 26) + '\0' * 4 + '\1\0\0\0\x9c\0')
print snd('FORM\0\0\0\x20' + '8SVX' + '\0' * 20)
print snd('SOUND\0\0\0' + struct.pack('<L', 1234) + '\0' * 8 + struct.pack('<H', 11025) + '\0' * 10)
print snd('\0\0' + struct.pack('<H', 8000) + '\0' * 10)
print snd('\0\0' + struct.pack('<H', 100) + '\0' * 10)
print snd('nothing')
print sndhdr.get_long_be('\1\2\3\4'), sndhdr.get_long_le('\1\2\3\4'), sndhdr.get_short_be('\1\2'), sndhdr.get_short_le('\1\2')
shutil.rmtree(root)
