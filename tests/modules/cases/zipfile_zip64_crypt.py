# zipfile: ZIP64 records (forced with small limits), universal-newline
# reading, CRC checked at the end of reading, reading back while writing,
# UTF-8 names, and members encrypted with the traditional PKWARE cipher.
import io
import struct
import zipfile
import zlib

# ---- ZIP64 with small limits
saved = zipfile.ZIP64_LIMIT, zipfile.ZIP_FILECOUNT_LIMIT
zipfile.ZIP64_LIMIT, zipfile.ZIP_FILECOUNT_LIMIT = 100, 3
try:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', allowZip64=True) as zf:
        for i in range(5):
            zf.writestr('m%d' % i, 'x' * (60 * i))
    raw = buf.getvalue()
    print 'zip64 end record', zipfile.stringEndArchive64 in raw
    print 'locator', zipfile.stringEndArchive64Locator in raw
    with zipfile.ZipFile(io.BytesIO(raw)) as zf:
        print [(i.filename, i.file_size, i.compress_size) for i in zf.infolist()]
        print [len(zf.read(n)) for n in zf.namelist()]
    zipfile.ZIP64_LIMIT = 1000
    with zipfile.ZipFile(io.BytesIO(), 'w') as zf:
        for i in range(3):
            zf.writestr('n%d' % i, '')
        try:
            zf.writestr('n3', '')
        except zipfile.LargeZipFile as e:
            print 'LargeZipFile', e
        print zf.namelist()
    with zipfile.ZipFile(io.BytesIO(), 'w') as zf:
        try:
            zf.writestr('big', 'y' * 1500)
        except zipfile.LargeZipFile as e:
            print 'LargeZipFile', e
    zf = zipfile.ZipFile(io.BytesIO(), 'w')
    zf.writestr('a', 'z' * 600)
    zf.writestr('b', 'z' * 600)
    try:
        zf.close()
    except zipfile.LargeZipFile as e:
        print 'LargeZipFile', e
finally:
    zipfile.ZIP64_LIMIT, zipfile.ZIP_FILECOUNT_LIMIT = saved
print zipfile.sizeEndCentDir64, zipfile.sizeEndCentDir64Locator, zipfile.ZIP_FILECOUNT_LIMIT

# ---- universal newlines
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as zf:
    zf.writestr('mixed', 'one\rtwo\r\nthree\nfour')
    with zf.open('mixed') as f:      # reading back before closing
        print repr(f.read(3))
    zf.writestr('after', 'still fine')
with zipfile.ZipFile(buf) as zf:
    f = zf.open('mixed', 'rU')
    print repr(f.readline()), repr(f.read(2)), repr(f.readline())
    print f.readlines(), f.newlines
    print list(zf.open('mixed', 'U')), repr(zf.read('mixed'))
    print zf.read('after')

# ---- bad CRC noticed when the reading reaches the end
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w') as zf:
    zf.writestr('afile', 'abcdefgh')
raw = buf.getvalue().replace('abcdefgh', 'abcdefgX')
with zipfile.ZipFile(io.BytesIO(raw)) as zf:
    f = zf.open('afile')
    try:
        f.read()
    except zipfile.BadZipfile as e:
        print 'BadZipfile', e

# ---- non-ASCII names are stored as UTF-8 with flag bit 11
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w') as zf:
    zf.writestr(u'caf\xe9.txt', 'coffee')
    print hex(zf.getinfo(u'caf\xe9.txt').flag_bits)
with zipfile.ZipFile(buf) as zf:
    print repr(zf.namelist()), zf.read(u'caf\xe9.txt')


# ---- an encrypted member, made by hand with the traditional cipher
def crc_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table

TABLE = crc_table()


class Keys(object):
    def __init__(self, pwd):
        self.k = [305419896, 591751049, 878082192]
        for ch in pwd:
            self.update(ord(ch))

    def update(self, b):
        k = self.k
        k[0] = (k[0] >> 8) ^ TABLE[(k[0] ^ b) & 0xff]
        k[1] = ((k[1] + (k[0] & 0xff)) * 134775813 + 1) & 0xffffffff
        k[2] = (k[2] >> 8) ^ TABLE[(k[2] ^ (k[1] >> 24)) & 0xff]

    def encrypt(self, data):
        out = []
        for ch in data:
            t = (self.k[2] | 2) & 0xffff
            out.append(chr(ord(ch) ^ (((t * (t ^ 1)) >> 8) & 0xff)))
            self.update(ord(ch))
        return ''.join(out)


def encrypted_zip(name, plain, pwd):
    crc = zlib.crc32(plain) & 0xffffffff
    header = 'saltsaltsal' + chr(crc >> 24)
    body = Keys(pwd).encrypt(header + plain)
    local = struct.pack('<4s2B4HL2L2H', 'PK\x03\x04', 20, 0, 1, 0, 0, 33, crc,
                        len(body), len(plain), len(name), 0) + name + body
    central = struct.pack('<4s4B4HL2L5H2L', 'PK\x01\x02', 20, 3, 20, 0, 1, 0, 0, 33,
                          crc, len(body), len(plain), len(name), 0, 0, 0, 0, 0, 0) + name
    end = struct.pack('<4s4H2LH', 'PK\x05\x06', 0, 0, 1, 1, len(central), len(local), 0)
    return local + central + end

data = encrypted_zip('secret.txt', 'the plain text of a secret member', 'python')
with zipfile.ZipFile(io.BytesIO(data)) as zf:
    try:
        zf.read('secret.txt')
    except RuntimeError as e:
        print 'RuntimeError', e
    try:
        zf.read('secret.txt', pwd='perl')
    except RuntimeError as e:
        print 'RuntimeError', e
    print zf.read('secret.txt', pwd='python')
    zf.setpassword('python')
    print zf.open('secret.txt').read(10)
