# str(x) returns what __str__ returned, a str subclass instance included
class Foo8(str):
    def __new__(cls, content=""):
        return str.__new__(cls, 2 * content)
    def __str__(self):
        return self
class Foo9(str):
    def __str__(self):
        return "string"
class Plain(str):
    pass
class Other(object):
    def __str__(self):
        return Foo8("ab")
class Uni(object):
    def __str__(self):
        return u"uni"
for x in [Foo8("foo"), Foo9("x"), Plain("p"), Other(), Uni(), 5, "s", u"u"]:
    r = str(x)
    print type(r).__name__, repr(r)
