import aifc, StringIO, struct
class Buf(StringIO.StringIO):
    def close(self):
        pass
frames = struct.pack('>8h', 0, 100, -100, 32767, -32768, 5, -5, 1234)
for kind, comptype in (('aiff', 'NONE'), ('aifc', 'NONE'), ('aifc', 'ULAW'), ('aifc', 'G722')):
    buf = Buf()
    w = aifc.open(buf, 'wb')
    getattr(w, kind)()
    w.setparams((2, 2, 22050, 0, comptype, 'name of ' + comptype))
    w.setmark(1, 2, 'start')
    w.setmark(2, 3, 'end')
    w.setmark(1, 0, 'again')
    w.writeframes(frames)
    print w.getparams(), w.tell(), w.getmarkers(), w.getmark(2)
    w.close()
    data = buf.getvalue()
    print kind, comptype, len(data), repr(data[:12])
    r = aifc.open(Buf(data), 'rb')
    print r.getparams(), r.getmarkers(), r.getmark(1)
    got = r.readframes(2)
    print len(got), r.tell(), got == frames[:8] if comptype == 'NONE' else repr(got)
    if comptype != 'G722':
        r.setpos(3)
        print len(r.readframes(10)), r.tell()
    r.rewind()
    print len(r.readframes(100))
    try:
        r.getmark(9)
    except aifc.Error as e:
        print e
    r.close()
w = aifc.open(Buf(), 'w')
for call in (lambda: w.setnchannels(0), lambda: w.setsampwidth(5), lambda: w.setframerate(0),
             lambda: w.setcomptype('MP3', ''), w.getnchannels, w.getsampwidth, w.getframerate, w.getparams,
             lambda: w.setmark(0, 1, 'x'), lambda: w.setmark(1, -1, 'x'), lambda: w.setmark(1, 1, 5)):
    try:
        call()
    except aifc.Error as e:
        print 'Error', e
for comptype, width in (('ULAW', 1), ('ALAW', 2), ('G722', 4)):
    w = aifc.open(Buf(), 'w')
    w.setnchannels(1); w.setsampwidth(width); w.setframerate(8000); w.setcomptype(comptype, '')
    try:
        w.writeframes('abcd')
    except aifc.Error as e:
        print 'Error', e
    w._file = None
for bad in ('RIFF\0\0\0\x04WAVE', 'FORM\0\0\0\x04AIFX', 'FORM\0\0\0\x04AIFF'):
    try:
        aifc.open(Buf(bad))
    except aifc.Error as e:
        print 'Error', e
for value in (0.0, 1.0, 8000.0, 44100.0, 1e-300, 1e300, float('inf'), -2.5):
    b = StringIO.StringIO()
    aifc._write_float(b, value)
    b.seek(0)
    print repr(b.getvalue()), aifc._read_float(b)
try:
    aifc.open(Buf(), 'x')
except aifc.Error as e:
    print e
