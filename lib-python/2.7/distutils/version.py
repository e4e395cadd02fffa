"""Version number classes.

StrictVersion: N.N[.N][(a|b)N] -- 'the' version number format, compared
numerically with pre-releases before releases.  LooseVersion: any string,
split into runs of digits (compared as numbers) and other text.
"""
import re
from types import StringType


class Version:
    """The comparison protocol shared by the version classes."""

    def __init__(self, vstring=None):
        if vstring:
            self.parse(vstring)

    def __repr__(self):
        return "%s ('%s')" % (self.__class__.__name__, str(self))


class StrictVersion(Version):
    """N.N[.N][(a|b)N]: StrictVersion('1.0.4b1') < StrictVersion('1.0.4')."""

    version_re = re.compile(r'^(\d+) \. (\d+) (\. (\d+))? ([ab](\d+))?$', re.VERBOSE)

    def parse(self, vstring):
        m = self.version_re.match(vstring)
        if not m:
            raise ValueError("invalid version number '%s'" % vstring)
        major, minor, _, patch, pre, prenum = m.group(1, 2, 3, 4, 5, 6)
        self.version = (int(major), int(minor), int(patch) if patch else 0)
        self.prerelease = (pre[0], int(prenum)) if pre else None

    def __str__(self):
        numbers = self.version if self.version[2] else self.version[:2]
        text = '.'.join(str(n) for n in numbers)
        if self.prerelease:
            text += self.prerelease[0] + str(self.prerelease[1])
        return text

    def __cmp__(self, other):
        if isinstance(other, StringType):
            other = StrictVersion(other)
        by_number = cmp(self.version, other.version)
        if by_number:
            return by_number
        # a pre-release sorts before the release itself
        if self.prerelease is None:
            return 0 if other.prerelease is None else 1
        if other.prerelease is None:
            return -1
        return cmp(self.prerelease, other.prerelease)


class LooseVersion(Version):
    """Any version string: '1.5.2b2', '3.10a', '2g6', '161'..."""

    component_re = re.compile(r'(\d+ | [a-z]+ | \.)', re.VERBOSE)

    def __init__(self, vstring=None):
        if vstring:
            self.parse(vstring)

    def parse(self, vstring):
        self.vstring = vstring
        parts = []
        for piece in self.component_re.split(vstring):
            if not piece or piece == '.':
                continue
            try:
                piece = int(piece)
            except ValueError:
                pass
            parts.append(piece)
        self.version = parts

    def __str__(self):
        return self.vstring

    def __repr__(self):
        return "LooseVersion ('%s')" % str(self)

    def __cmp__(self, other):
        if isinstance(other, StringType):
            other = LooseVersion(other)
        return cmp(self.version, other.version)
