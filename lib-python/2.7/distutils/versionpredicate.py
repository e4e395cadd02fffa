"""Version predicates of 'requires'/'obsoletes' metadata, such as
'pkg.mod (>=1.0, !=1.3)', and the 'name (version)' form of 'provides'."""
import re
import operator

import distutils.version

__revision__ = "$Id$"

_name_re = re.compile(r"(?i)^\s*([a-z_]\w*(?:\.[a-z_]\w*)*)(.*)")
_paren_re = re.compile(r"^\s*\((.*)\)\s*$")
_comparison_re = re.compile(r"^\s*(<=|>=|<|>|!=|==)\s*([^\s,]+)\s*$")

compmap = {"<": operator.lt, "<=": operator.le, "==": operator.eq,
           ">": operator.gt, ">=": operator.ge, "!=": operator.ne}


def splitUp(pred):
    """'>= 1.0' -> ('>=', StrictVersion('1.0'))."""
    m = _comparison_re.match(pred)
    if not m:
        raise ValueError("bad package restriction syntax: %r" % pred)
    comp, ver = m.groups()
    return (comp, distutils.version.StrictVersion(ver))


class VersionPredicate:
    """A package name with optional version restrictions; satisfied_by()
    tests a version against all of them."""

    def __init__(self, versionPredicateStr):
        text = versionPredicateStr.strip()
        if not text:
            raise ValueError("empty package restriction")
        m = _name_re.match(text)
        if not m:
            raise ValueError("bad package name in %r" % text)
        self.name, rest = m.groups()
        rest = rest.strip()
        if rest:
            m = _paren_re.match(rest)
            if not m:
                raise ValueError("expected parenthesized list: %r" % rest)
            self.pred = [splitUp(p) for p in m.groups()[0].split(",")]
            if not self.pred:
                raise ValueError("empty parenthesized list in %r" % text)
        else:
            self.pred = []

    def __str__(self):
        if self.pred:
            return "%s (%s)" % (self.name, ", ".join(["%s %s" % (c, v) for c, v in self.pred]))
        return self.name

    def satisfied_by(self, version):
        for comp, ver in self.pred:
            if not compmap[comp](version, ver):
                return False
        return True


_provision_rx = None


def split_provision(value):
    """'name (1.0)' -> ('name', StrictVersion('1.0')); 'name' -> ('name', None)."""
    global _provision_rx
    if _provision_rx is None:
        _provision_rx = re.compile(r"([a-zA-Z_]\w*(?:\.[a-zA-Z_]\w*)*)(?:\s*\(\s*([^)\s]+)\s*\))?$")
    value = value.strip()
    m = _provision_rx.match(value)
    if not m:
        raise ValueError("illegal provides specification: %r" % value)
    ver = m.group(2) or None
    if ver:
        ver = distutils.version.StrictVersion(ver)
    return m.group(1), ver
