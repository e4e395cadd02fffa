from . import leaf
import sibling_implicit
print "pkg_a init", __name__, leaf.VALUE, sibling_implicit.WHERE
