import binascii as b
for f, a in [(b.a2b_base64, 'YW55I==='), (b.a2b_base64, 'Y'), (b.a2b_base64, 'YW5=5'), (b.a2b_base64, '=YW55'), (b.a2b_base64, 'Y==='), (b.a2b_uu, '!!'), (b.a2b_uu, '\x7f'), (b.b2a_uu, 'x'*46), (b.a2b_hqx, 'abc:'), (b.a2b_hqx, 'ab'), (b.a2b_hqx, '\x00'), (b.hexlify, u'ab'), (b.unhexlify, u'ab'), (b.crc32, u'ab'), (b.b2a_base64, bytearray('ab')), (b.a2b_uu, ''), (b.a2b_uu, ' '), (b.a2b_uu, '\n'), (b.a2b_qp, '=\nab=4'), (b.a2b_qp, 'a_b'), (b.rledecode_hqx, 'a\x90'), (b.rledecode_hqx, '\x90\x00'), (b.a2b_uu, '$ab'), (b.b2a_hex, buffer('ab')), (b.rledecode_hqx, '\x90\x05'), (b.rledecode_hqx, 'ab\x90\x05c\x90\x00\x90\x03'),
  (b.a2b_base64, 'YW=55'), (b.a2b_base64, 'YW==55'), (b.a2b_base64, 'Y W 5 5\n'), (b.a2b_base64, 'YW\xff55'), (b.b2a_qp, 'x' * 200), (b.b2a_qp, 'a\tb \nc  \r\nd'), (b.b2a_qp, '\x00\x01 \t=\xff'), (b.b2a_uu, ''), (b.a2b_uu, b.b2a_uu('x'*45)), (b.a2b_uu, '#86)C  garbage')]:
    try: print repr(f(a))
    except Exception as e: print type(e).__name__, e
print repr(b.a2b_qp('a_b', header=True)), b.Error.__module__, b.Incomplete.__module__, repr(b.b2a_qp('a\r\nb')), repr(b.b2a_qp('a.\n.b\n.')), repr(b.b2a_qp('x\n', istext=False)), repr(b.b2a_qp(' \n')), repr(b.b2a_qp('a \t')), repr(b.b2a_qp('From x', quotetabs=True))
print b.crc32('a', -1), b.crc32('a', 2**40), b.crc_hqx('a', 2**20)
print repr(b.a2b_hqx('J@PXFA!!')), repr(b.b2a_hqx('\x00\xff\x10abcde'))
print issubclass(b.Error, ValueError)
