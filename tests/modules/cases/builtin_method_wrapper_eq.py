# method-wrappers compare equal when they wrap the same slot of equal objects
l = []
print l.__add__ == l.__add__, l.__add__ == [].__add__, l.__add__ != [5].__add__
print l.__add__ == l.__mul__, l.__add__ != l.__add__
t = ()
t += (7,)
print t.__add__ == (7,).__add__, hash(t.__add__) == hash((7,).__add__)
try:
    hash(l.__add__)
except TypeError as e:
    print "TypeError", e
print (1).__add__ == (1).__add__, (1).__add__ == (2).__add__
print l.__add__ == 5, l.__add__.__name__
