import stringprep as s
chars = [u'a', u'A', u' ', u'\u00a0', u'\u00ad', u'\u00df', u'\u0130', u'\u03a3', u'\u05d0', u'\u0627', u'\u200b',
         u'\u180e', u'\u2ff5', u'\ue000', u'\ufdd0', u'\ufffe', u'\ufff9', u'\u0340', u'\u0221', u'\u0237', u'\u2028',
         u'\x01', u'\x85', u'\U000e0001', u'\U0001d400', u'\u3000', u'\u2126', u'\u1e9e', u'\ufb01', u'\u0041']
names = sorted(n for n in dir(s) if n.startswith('in_table'))
print names
for ch in chars:
    print repr(ch), ''.join('1' if getattr(s, n)(ch) else '0' for n in names), repr(s.map_table_b3(ch)), repr(s.map_table_b2(ch))
print len(s.b3_exceptions), sorted(s.b1_set)[:5], sorted(s.c9_set)[:3]
print sum(1 for c in range(0, 0x10000, 7) if s.in_table_a1(unichr(c)))
