# binascii: the qp flags and the hqx CRC are C ints, converted like 2.7.
import binascii
for f, args in [(binascii.a2b_qp, ('x', None)), (binascii.a2b_qp, ('x', 2**63)), (binascii.a2b_qp, ('=41', 1)), (binascii.a2b_qp, ('x', True)),
                (binascii.b2a_qp, ('x', None)), (binascii.b2a_qp, ('x', 1, 'x')), (binascii.b2a_qp, ('x', 0, 1, 2**63)), (binascii.b2a_qp, ('a b\t', 1, 0, 1)),
                (binascii.crc_hqx, ('x', 2**63)), (binascii.crc_hqx, ('x', 2**31)), (binascii.crc_hqx, ('x', -1)), (binascii.crc_hqx, ('x', None))]:
    try:
        print f.__name__, args, 'ok', repr(f(*args))
    except Exception as e:
        print f.__name__, args, type(e).__name__, e
