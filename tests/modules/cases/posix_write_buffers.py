# os.write takes any read buffer: str, buffer, bytearray, memoryview.
import os

r, w = os.pipe()
for data in ('abc', buffer('hello', 1), bytearray('xy'), memoryview('view'),
             memoryview(bytearray('slice'))[1:4]):
    n = os.write(w, data)
    print type(data).__name__, n, repr(os.read(r, 100))
for bad in (None, 5, [1]):
    try:
        os.write(w, bad)
    except TypeError as e:
        print 'TypeError', e
os.close(r)
os.close(w)
