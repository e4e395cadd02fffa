# the types of built-in functions and methods, their reprs and attributes
print type(len).__name__, type([].append).__name__, type(list.append).__name__
print type(object.__init__).__name__, type((1).__add__).__name__, type(int.__add__).__name__
print type(iter([]).next).__name__, type(object.__reduce__).__name__, type(object().__format__).__name__
print repr(object.__init__), repr(list.append), repr(len)
print repr((1).__add__)[:30]
print list.append.__objclass__, int.__add__.__objclass__, list.append.__name__, (1).__add__.__self__
l = []
list.append.__get__(l, list)(3)
int.__add__.__get__(4)(1)
print l, list.__dict__["append"](l, 4), l, int.__add__(2, 3)
print len.__doc__.split("\n")[0], callable(list.append), callable((1).__add__)
print repr(len.__doc__[:20]), len.__module__, len.__self__
