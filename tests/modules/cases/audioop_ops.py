import audioop, struct
frag = struct.pack('8h', 0, 1000, -1000, 32767, -32768, 5, -5, 12345)
print audioop.max(frag, 2), audioop.minmax(frag, 2), audioop.avg(frag, 2), audioop.rms(frag, 2)
print audioop.avgpp(frag, 2), audioop.maxpp(frag, 2), audioop.cross(frag, 2), audioop.getsample(frag, 2, 3)
print repr(audioop.mul(frag, 2, 1.5)), repr(audioop.mul(frag, 2, -0.5))
print repr(audioop.add(frag, audioop.reverse(frag, 2), 2)), repr(audioop.bias(frag, 2, 100))
print repr(audioop.lin2lin(frag, 2, 1)), repr(audioop.lin2lin(frag, 2, 4)[:8])
print repr(audioop.tomono(frag, 2, 0.5, 0.5)), repr(audioop.tostereo(frag[:4], 2, 1, -1))
u = audioop.lin2ulaw(frag, 2); a = audioop.lin2alaw(frag, 2)
print repr(u), repr(audioop.ulaw2lin(u, 2)), repr(a), repr(audioop.alaw2lin(a, 2))
code, state = audioop.lin2adpcm(frag, 2, None)
print repr(code), state, audioop.adpcm2lin(code, 2, None)
print audioop.ratecv(frag, 2, 1, 8000, 16000, None)
print audioop.ratecv(frag, 2, 2, 8000, 6000, None, 2, 1)
ref = struct.pack('4h', 100, -200, 300, -400)
big = struct.pack('10h', 0, 0, 0, 200, -400, 600, -800, 0, 0, 0)
print audioop.findfit(big, ref), audioop.findfactor(ref, ref), audioop.findmax(big, 3)
print audioop.max('', 1), audioop.minmax('', 4), audioop.cross('', 1), audioop.avgpp('\x01', 1)
for call in (lambda: audioop.max('abc', 2), lambda: audioop.max('ab', 3), lambda: audioop.add('ab', 'abcd', 2),
             lambda: audioop.getsample('ab', 2, 1), lambda: audioop.findfit('ab', 'abcd'),
             lambda: audioop.ratecv('ab', 2, 1, 0, 1, None), lambda: audioop.findmax('ab', 2)):
    try:
        call()
    except audioop.error as e:
        print 'error', e
