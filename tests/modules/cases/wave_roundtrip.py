import wave, struct, StringIO, os, tempfile
class Buf(StringIO.StringIO):
    def close(self):
        pass
frames = ''.join(struct.pack('<hh', i * 100, -i * 100) for i in range(50))
for nframes_hint in (0, 50, 10):
    buf = Buf()
    w = wave.open(buf, 'wb')
    w.setparams((2, 2, 8000.4, nframes_hint, 'NONE', 'not compressed'))
    print w.getparams(), w.tell()
    w.writeframes(frames[:40])
    w.writeframesraw(frames[40:])
    print w.getnframes(), w.tell()
    try:
        w.setnchannels(1)
    except wave.Error as e:
        print e
    w.close()
    data = buf.getvalue()
    print len(data), repr(data[:44])
    r = wave.open(Buf(data), 'rb')
    print r.getparams(), r.getmarkers(), r.tell()
    print r.readframes(3) == frames[:12], r.tell()
    r.setpos(48)
    print repr(r.readframes(10)), r.tell(), repr(r.readframes(1))
    r.rewind()
    print len(r.readframes(100)), r.tell()
    try:
        r.setpos(51)
    except wave.Error as e:
        print e
    try:
        r.getmark(1)
    except wave.Error as e:
        print e
    r.close()
w = wave.open(Buf(), 'wb')
for call in (lambda: w.setnchannels(0), lambda: w.setsampwidth(5), lambda: w.setframerate(0),
             lambda: w.setcomptype('ULAW', ''), w.getnchannels, w.getsampwidth, w.getframerate,
             w.getparams, lambda: w.writeframes('x'), lambda: w.setmark(1, 2, 'x')):
    try:
        call()
    except wave.Error as e:
        print 'Error', e
w.setnchannels(1); w.setsampwidth(1); w.setframerate(11025)
w.writeframes('\x80\x81\x7f')
w.close()
for bad in ('RIFX' + '\0' * 40, 'RIFF\x04\0\0\0WAVX', 'RIFF\x04\0\0\0WAVE', 'RIFF\x14\0\0\0WAVEdata\x04\0\0\0abcd'):
    try:
        wave.open(Buf(bad))
    except (wave.Error, EOFError) as e:
        print type(e).__name__, e
try:
    wave.open(Buf(), 'x')
except wave.Error as e:
    print e
fn = tempfile.mktemp()
w = wave.open(fn, 'w')
w.setnchannels(1); w.setsampwidth(3); w.setframerate(44100)
w.writeframes('\1\2\3\4\5\6')
w.close()
r = wave.open(fn)
print r.getparams(), repr(r.readframes(5))
r.close()
os.unlink(fn)
