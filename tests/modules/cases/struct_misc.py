import struct
for fmt, v in [('b',128),('B',-1),('h',2**15),('H',-1),('i',2**31),('I',-1),('l',2**63),('L',-1),('q',2**63),('Q',-1),('P',-1),('>l',2**31),('>L',-1),('>L',2**32),('>q',2**64),('>Q', 2**64), ('<I', 2**32), ('i', 1.5), ('<i', 2.7), ('<Q', 1.5), ('?', []), ('c', u'a'), ('s', u'ab'), ('p', u'x'), ('d', 1L), ('d', '1'), ('<h', 1.5), ('<b', -129), ('<B', 256), ('<h', -32769), ('<H', -1), ('<i', 2**40), ('<q', 'x'), ('<Q', 2**64), ('<Q', 1.0)]:
    try:
        print fmt, repr(struct.pack(fmt, v))
    except Exception as e:
        print fmt, type(e).__name__, e
print struct.calcsize('P'), struct.calcsize('l'), struct.calcsize('?'), struct.calcsize('5p')
for f in ['3', 'i3', ' i', 'i i', '<' , '2x', '<>i', 'ii<', '0p', '1p', '99999999999999999999i']:
    try: print repr(f), struct.calcsize(f)
    except Exception as e: print repr(f), type(e).__name__, e
s = struct.Struct('<hh')
print s.size, s.format, struct.unpack_from('<h', buffer('abcd'), 1), struct.unpack('<h', bytearray('ab'))
try: struct.pack_into('<i', bytearray(2), 0, 1)
except Exception as e: print type(e).__name__, e
try: struct.unpack_from('<i', 'abcdefg', -1)
except Exception as e: print type(e).__name__, e
try: struct.pack_into('<i', bytearray(8), 6, 1)
except Exception as e: print type(e).__name__, e
try: struct.pack_into('<i', 'abcdefgh', 0, 1)
except Exception as e: print type(e).__name__, e
try: struct.pack()
except Exception as e: print type(e).__name__, e
try: struct.unpack('i')
except Exception as e: print type(e).__name__, e
print repr(struct.pack('<p', 'abc')), repr(struct.pack('<300p', 'a'*300)[:2]), struct.unpack('3p', '\x09ab')
print struct.unpack('<f', '\x00\x00\xc0\x7f'), repr(struct.pack('<f', float('nan'))), repr(struct.pack('>d', float('nan')))
print repr(struct.pack('<f', 1e-45)), repr(struct.pack('<f', 3.4028235e38)), repr(struct.pack('<f', 3.40282356e38))
print struct.unpack('<f', struct.pack('<f', 1e-40)), struct.unpack('<f', struct.pack('<f', 16777217.0))
print type(struct.unpack('<I', '\x01\x00\x00\x00')[0]), type(struct.unpack('<Q', '\x01'+'\x00'*7)[0]), type(struct.unpack('<q', '\x01'+'\x00'*7)[0]), type(struct.unpack('L', '\x01'+'\x00'*7)[0]), type(struct.unpack('P', '\x01'+'\x00'*7)[0])
print struct.unpack('<?', '\x02'), repr(struct.pack('<s', '')), struct.calcsize('=P') if 0 else ''
