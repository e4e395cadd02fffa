import zipfile
import StringIO

mem = StringIO.StringIO()
zf = zipfile.ZipFile(mem, 'w', zipfile.ZIP_DEFLATED)
for name, data, ctype in [('a.txt', 'alpha\n' * 10, zipfile.ZIP_DEFLATED),
                          ('dir/b.bin', ''.join(chr(i) for i in range(256)), zipfile.ZIP_STORED),
                          ('empty', '', zipfile.ZIP_DEFLATED)]:
    info = zipfile.ZipInfo(name, date_time=(2020, 1, 2, 3, 4, 6))
    info.compress_type = ctype
    info.external_attr = 0644 << 16
    zf.writestr(info, data)
zf.close()
raw = mem.getvalue()
print len(raw), repr(raw[:4]), repr(raw[-22:-18]), zipfile.is_zipfile(StringIO.StringIO(raw))
print zipfile.is_zipfile(StringIO.StringIO('not a zip at all, sorry'))
zr = zipfile.ZipFile(StringIO.StringIO(raw))
print zr.namelist()
for i in zr.infolist():
    print i.filename, i.file_size, i.compress_type, '%08x' % (i.CRC & 0xffffffff), i.date_time, oct(i.external_attr >> 16)
print zr.read('a.txt') == 'alpha\n' * 10, len(zr.read('dir/b.bin')), repr(zr.read('empty'))
f = zr.open('a.txt')
print repr(f.readline()), repr(f.read(8))
print [l for l in f][:2]
f.close()
print zr.testzip()
try:
    zr.getinfo('missing')
except KeyError as e:
    print 'KeyError', e
try:
    zr.read('nope')
except KeyError as e:
    print 'KeyError', e
zr.close()
try:
    zipfile.ZipFile(StringIO.StringIO('this is not a zip file at all'))
except zipfile.BadZipfile as e:
    print 'BadZipfile', e
try:
    zipfile.ZipFile(mem, 'q')
except RuntimeError as e:
    print 'RuntimeError', e
app = StringIO.StringIO(raw)
with zipfile.ZipFile(app, 'a') as za:
    za.writestr(zipfile.ZipInfo('added.txt', (2021, 5, 6, 7, 8, 10)), 'appended')
with zipfile.ZipFile(StringIO.StringIO(app.getvalue())) as zr2:
    print zr2.namelist(), zr2.read('added.txt'), zr2.getinfo('added.txt').date_time
corrupt = raw.replace('alpha', 'alphA', 1) if 'alpha' in raw else raw
st = StringIO.StringIO()
with zipfile.ZipFile(st, 'w') as zs:
    zs.writestr(zipfile.ZipInfo('x.txt'), 'x' * 100)
data = st.getvalue()
bad = data.replace('x' * 100, 'y' + 'x' * 99)
with zipfile.ZipFile(StringIO.StringIO(bad)) as zb:
    print zb.testzip()
    try:
        zb.read('x.txt')
    except zipfile.BadZipfile as e:
        print 'BadZipfile', e
print zipfile.ZipInfo('n').date_time, zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED
