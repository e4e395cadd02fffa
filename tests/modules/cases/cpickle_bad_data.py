# cPickle's errors for malformed pickles (marks kept apart from the stack,
# odd SETITEMS, GET without newline) and recursive reduce structures
import cPickle, pickle
bad = ['N(.', 'N(2', 'c__builtin__\nlist\n)(R', 'c__builtin__\nlist\n()R', ']N(a',
       'c__builtin__\nValueError\n)R}(b', 'c__builtin__\nValueError\n)R(}b', '(Nd', 'N(p1\n', 'N(q\x00',
       '}NN(s', '}N(Ns', '}(NNs', '}((u', 'c__builtin__\nlist\n)(\x81', 'c__builtin__\nlist\n()\x81',
       'N(\x85', 'NN(\x86', 'N(N\x86', 'NNN(\x87', 'NN(N\x87', 'N(NN\x87', 'garyp', '(a.', '0.', 'a.', '(e.', '1.', ')(0.', '(lp0\n(I1\n0g0\n.']
for b in bad:
    try:
        print repr(b), repr(cPickle.loads(b))
    except Exception as e:
        print repr(b), type(e).__name__
bad = ['.', '0', '1', '2', 'R', ')R', 'a', 'Na', 'b', 'Nb', 'd', 'e', 'i__builtin__\nlist\n', 'l', 'o', '(o', 'p1\n', 'q\x00', 'r\x00\x00\x00\x00', 's', 'Ns', 'NNs', 't', 'u', '}(Nu', '\x81', ')\x81', '\x85', '\x86', 'N\x86', '\x87', 'N\x87', 'NN\x87', '(2', '(e', '(u', '}(NNu', '](Ne']
for b in bad:
    try:
        print repr(b), repr(cPickle.loads(b))
    except Exception as e:
        print repr(b), type(e).__name__
class C: pass
class S(set): pass
for mod in (pickle, cPickle):
    for proto in (0, 1, 2):
        s = set(); c = C(); c.s = s; s.add(c)
        try:
            d = mod.dumps(s, proto)
            x = mod.loads(d)
            y = list(x)[0]
            print mod.__name__, proto, repr(d), y.s is x
        except Exception as e:
            print mod.__name__, proto, type(e).__name__, e
        l = []; t = (l,); l.append(t)
        d = mod.dumps(t, proto); x = mod.loads(d); print repr(d), x[0][0] is x
