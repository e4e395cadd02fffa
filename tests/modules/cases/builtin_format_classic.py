# format() and unicode() of old-style instances use their own attributes
class D:
    def __init__(self, x):
        self.x = x
    def __format__(self, spec):
        return str(self.x) + spec
class E:
    def __str__(self):
        return "E!"
class U:
    def __unicode__(self):
        return u"uni"
print '{1}{0}'.format(D(10), D(20)), u'{0:x}'.format(D(1)), format(D(3), "y")
print '{0}'.format(E()), format(E(), ">5"), u'{0:<4}|'.format(E())
print repr(unicode(U())), repr(u'%s' % U())
try:
    format(E(), "x")
except ValueError as e:
    print e
class V(unicode):
    def __unicode__(self):
        return u'__unicode__ overridden'
v = V(u'xxx')
print repr("%s" % v), repr(unicode(v))
class W(unicode):
    pass
print repr(unicode(W(u'w')))
# format() of classes looks __format__ up on their type
print format(object, ""), format(int, ""), format(D, ""), repr(format(int, u""))
print format(3, u"x"), repr(format(3.5, u"")), repr(format(u"ab", ">4")), repr(format("ab", u">4"))
class R(object):
    def __format__(self, spec):
        return 42
try:
    format(R(), "")
except TypeError as e:
    print e
