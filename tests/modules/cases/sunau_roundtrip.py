import sunau, struct, StringIO
class Buf(StringIO.StringIO):
    def close(self):
        pass
for comptype, width in (('NONE', 1), ('NONE', 2), ('NONE', 4), ('ULAW', 2)):
    buf = Buf()
    w = sunau.open(buf, 'w')
    w.setparams((2, width, 8000, 3, comptype, ''))
    print w.getparams(), w.tell()
    frames = ''.join(chr((i * 37) & 0x7f) for i in range(2 * width * 5))
    w.writeframes(frames)
    print w.getnframes()
    w.close()
    data = buf.getvalue()
    print comptype, width, len(data), repr(data[:28])
    r = sunau.open(Buf(data), 'r')
    print r.getparams(), r.getmarkers()
    got = r.readframes(2)
    print len(got), r.tell(), got == frames[:len(got)]
    r.setpos(4)
    print len(r.readframes(10)), r.tell()
    r.rewind()
    print len(r.readframes(100))
    r.close()
for bad in ('.sn', 'xxxx' + '\0' * 20, '.snd\0\0\0\x10' + '\0' * 16, '.snd\0\0\0\xff' + '\0' * 16,
            '.snd\0\0\0\x18\0\0\0\0\0\0\0\x17' + '\0' * 8):
    try:
        sunau.open(Buf(bad))
    except (sunau.Error, EOFError) as e:
        print type(e).__name__, e
w = sunau.open(Buf(), 'w')
for call in (lambda: w.setnchannels(3), lambda: w.setsampwidth(5), lambda: w.setnframes(-1),
             lambda: w.setcomptype('ALAW', ''), w.getnchannels, w.getframerate, lambda: w.writeframes('x')):
    try:
        call()
    except sunau.Error as e:
        print 'Error', e
print sunau.AUDIO_FILE_ENCODING_ALAW_8, sunau.AUDIO_UNKNOWN_SIZE, hex(sunau.AUDIO_FILE_MAGIC)
try:
    sunau.open(Buf(), 'a')
except sunau.Error as e:
    print e
