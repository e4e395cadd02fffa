# list.sort() detects a list changed by the comparison function
def check(label, f):
    try:
        f()
        print label, "no error"
    except ValueError as e:
        print label, "ValueError", e

L = [1, 2]
def append_pop(x, y):
    L.append(3)
    L.pop()
    return cmp(x, y)
check("append+pop", lambda: L.sort(append_pop))
print L

def append_clear(x, y):
    L.append(3)
    del L[:]
    return cmp(x, y)
check("append+clear", lambda: L.sort(append_clear))

M = [3, 1, 2]
def grow(x, y):
    M.append(x)
    return cmp(x, y)
check("grow", lambda: M.sort(grow))

N = [3, 1, 2, 5, 4]
def reads(x, y):
    len(N)
    return cmp(x, y)
check("reads only", lambda: N.sort(reads))
print N
K = ["b", "a", "c"]
check("key", lambda: K.sort(key=lambda s: (K.append(s), K.pop(), s)[2]))
