# The format-spec mini-language, parsed in place: ints, strs and floats against many specs.
# -*- coding: utf-8 -*-
def e(f, *a):
    try: print repr(f(*a))
    except Exception as ex: print type(ex).__name__, ex
for spec in ["", "<", ">5", "*^9", "x<4", "0>5", "05", "+", " 6", "#x", "#010x", ",", "012,", ".3", "8.2", "<<5", "=+8", "z", "xx", "5.", ".", "99999999999999999999999", ",x", ">", "^", "d", "s", "10s"]:
    e(format, 1234, spec); e(format, "abc", spec); e(format, 2.5, spec)
e(u"{0:\xc3\xa9<6}|{0:\xc3\xa9^7}".format, u"ab")
e(u"{0:\xc3\xa9\xc3\xa9}".format, u"x")
e(format, u"ab", u"\xc3\xa9>5")
e(format, u"abc", u"\xc3\xa9")
