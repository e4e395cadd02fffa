import binhex, os, tempfile, shutil, StringIO
root = tempfile.mkdtemp()
src = os.path.join(root, 'src:name.txt')
enc = os.path.join(root, 'enc.hqx')
dst = os.path.join(root, 'dst')
data = 'Hello, world!\n' * 20 + '\x90\x90\x90' + 'a' * 300 + '\x90\0' + 'end'
for payload in ('text only\n', data, ''):
    with open(src, 'wb') as f:
        f.write(payload)
    binhex.binhex(src, enc)
    text = open(enc).read()
    print repr(text[:60]), len(text), text.endswith(':\n')
    binhex.hexbin(enc, dst)
    print open(dst, 'rb').read() == payload
    h = binhex.HexBin(enc)
    print h.FName, h.FInfo.Type, h.FInfo.Creator, h.FInfo.Flags, h.dlen, h.rlen
    print repr(h.read(5)), len(h.read()), repr(h.read_rsrc())
    h.close()
name, finfo, dlen, rlen = binhex.getfileinfo(src)
print name, finfo.Type, dlen, rlen
out = StringIO.StringIO()
out.close = lambda: None
fi = binhex.FInfo(); fi.Type = 'BINA'; fi.Creator = 'TEST'; fi.Flags = 3
b = binhex.BinHex(('x', fi, 3, 2), out)
b.write('abc')
b.write_rsrc('rs')
b.close()
print repr(out.getvalue())
h = binhex.HexBin(StringIO.StringIO(out.getvalue()))
print h.FInfo.Type, h.FInfo.Creator, h.FInfo.Flags, repr(h.read()), repr(h.read_rsrc())
b = binhex.BinHex(('y', None, 1, 0), StringIO.StringIO())
try:
    b.close_data()
except binhex.Error as e:
    print e
try:
    binhex.BinHex(('z' * 64, None, 0, 0), StringIO.StringIO())
except binhex.Error as e:
    print e
for bad in ('no colon here\n',):
    try:
        binhex.HexBin(StringIO.StringIO(bad))
    except binhex.Error as e:
        print 'Error', e
bad = out.getvalue()[:60] + ('A' if out.getvalue()[60] != 'A' else 'B') + out.getvalue()[61:]
try:
    h = binhex.HexBin(StringIO.StringIO(bad))
    h.read(); h.read_rsrc(); h.close()
except binhex.Error as e:
    print 'Error', str(e)[:9]
shutil.rmtree(root)
