import array
A = array.array
def t(f):
    try: r = f(); print repr(r)
    except Exception as e: print type(e).__name__, e
for code in 'bBhHiIlL':
    for v in [-2**63-1, -2**31-1, -1, 2**31, 2**32, 2**63, 2**64]:
        t(lambda: A(code, [v]))
t(lambda: A('i', [1.5])); t(lambda: A('d', ['x'])); t(lambda: A('d', [1])); t(lambda: A('c', ['ab'])); t(lambda: A('u', ['a'])); t(lambda: A('u', [u'ab']))
t(lambda: A('i', 'abcd')); t(lambda: A('i', 'abc')); t(lambda: A('u', 'ab')); t(lambda: A('c', u'ab')); t(lambda: A('u', u'ab'))
t(lambda: A('i').pop()); t(lambda: A('i', [1]).pop(5)); t(lambda: A('i', [1])[5]); t(lambda: A('i').fromunicode(u'a')); t(lambda: A('i').tounicode())
a = A('i', [1,2,3,4,5,6])
def s(): a[::2] = A('i', [9, 9]);
t(s)
def s2(): a[::2] = A('i', [7, 8, 9]); return a
t(s2)
def s3(): a[0] = 'x'
t(s3)
def s4(): a[10] = 1
t(s4)
t(lambda: A('i', [1]) + A('d', [1.0])); t(lambda: A('i', [1]) + [1]); t(lambda: A('i') * -1)
t(lambda: A('i').fromfile('x', 1)); t(lambda: A('i').extend(5)); t(lambda: A('i').extend([1, 'a']))
t(lambda: A('u', u'ab')); t(lambda: A('c', 'ab') < A('c', 'b')); t(lambda: A('i', [1,2]) < A('d', [1.0, 3.0]))
t(lambda: A('i', [1]).fromstring('abc')); t(lambda: A('c', 'abcdef')[1:5:2]); t(lambda: A('i', range(4))[::-2])
t(lambda: A('i', [1]).index(1.0)); t(lambda: A('i', range(5)).count(2)); t(lambda: array.array.__name__)
t(lambda: A(1)); t(lambda: A('ii')); t(lambda: A('i', 5)); t(lambda: A('i', (x for x in [1, 2])))
t(lambda: A('d', [1, 2.5]).tolist()); t(lambda: repr(A('u', u'a\xe9'))); t(lambda: str(A('i', [1])))
t(lambda: A('i', [1]) == [1]); t(lambda: A('b', [1]).itemsize); t(lambda: A('u').itemsize)
b = A('i', [1, 2, 3]); b[1:2] = A('i'); t(lambda: b); del b[5:]; t(lambda: b); b.insert(1, 5); t(lambda: b)
t(lambda: A('f', [1e300])); t(lambda: A('f', [1e39])); t(lambda: A('i', [True]))
c = A('c', 'ab'); c[0] = 'z'; t(lambda: c)
def s5(): c[0] = 'zz'
t(s5)
t(lambda: A('B', [1]).tostring()); t(lambda: list(reversed(A('i', [1, 2]))))
t(lambda: A('i', [3, 1]).__copy__()); t(lambda: A('H', [3]).__deepcopy__({}))
t(lambda: A('i', [1, 2, 3])[1:2] == A('i', [2])); t(lambda: A('i').typecode)
