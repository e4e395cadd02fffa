# pydoc: the text rendering of a module (classes, methods, properties,
# data, functions, metadata), render_doc/describe/locate, help() output,
# writedoc, the helpers (splitdoc, cram, stripid, synopsis, visiblename).
import os
import sys
import tempfile
import shutil
import pydoc
from StringIO import StringIO

SOURCE = '''\
"""Sample module for pydoc.

It has a longer description
over two lines.
"""

__version__ = '0.1'
__author__ = 'Someone'
__credits__ = 'Others'

ANSWER = 42
NAMES = ['a', 'b']
_hidden = 1


class Base(object):
    """The base class."""
    kind = 'base'

    def __init__(self, value=3):
        """Make one."""
        self.value = value

    def method(self, x, y=None, *rest, **options):
        """Do something
        with x."""
        return x

    @classmethod
    def build(cls):
        """A class method."""
        return cls()

    @staticmethod
    def helper(a, b=[1, 2]):
        return a

    @property
    def size(self):
        """The size."""
        return 1


class Derived(Base):
    """Derived from Base."""

    def method(self, x, y=None, *rest, **options):
        return 2

    alias = method


class Old:
    def old_method(self):
        pass


def function(a, b='text', c=None):
    """A function.

    With details."""
    return a

lam = lambda x, y=1: x
'''

tmp = tempfile.mkdtemp()
sys.path.insert(0, tmp)
with open(os.path.join(tmp, 'sample_mod.py'), 'w') as f:
    f.write(SOURCE)
import sample_mod

text = pydoc.plain(pydoc.render_doc(sample_mod))
print text.replace(os.path.join(tmp, 'sample_mod.py'), 'sample_mod.py')
print pydoc.plain(pydoc.render_doc(sample_mod.Derived.method))
print pydoc.plain(pydoc.render_doc('sample_mod.function'))
print pydoc.plain(pydoc.render_doc(sample_mod.Base().method))
print pydoc.plain(pydoc.render_doc(sample_mod.lam))
print pydoc.plain(pydoc.render_doc(sample_mod.Base.size))
print pydoc.plain(pydoc.render_doc(3)).splitlines()[:3]
print pydoc.describe(sample_mod), pydoc.describe(sample_mod.Base), pydoc.describe(sample_mod.function)
print pydoc.describe(sample_mod.Old()), pydoc.describe(sample_mod.Base()), pydoc.describe(len), pydoc.describe(sys)
print pydoc.locate('sample_mod.Base.method') == sample_mod.Base.method, pydoc.locate('nosuchmodule_x'), pydoc.locate('str.join') == str.join
try:
    pydoc.render_doc('nosuchmodule_x')
except ImportError as e:
    print 'ImportError', e
print pydoc.splitdoc('one line'), pydoc.splitdoc('title\n\nbody\nmore'), pydoc.splitdoc('a\nb')
print pydoc.cram('abcdefghijklmnop', 10), pydoc.stripid('<object at 0x7f00aa00bb00>')
print pydoc.visiblename('_x'), pydoc.visiblename('__x__'), pydoc.visiblename('__doc__'), pydoc.visiblename('_x', ['_x'])
print pydoc.synopsis(os.path.join(tmp, 'sample_mod.py')), pydoc.classname(sample_mod.Base, 'other')
print sorted(pydoc.Helper.keywords) == sorted(__import__('keyword').kwlist)
out = StringIO()
saved = sys.stdout
sys.stdout = out
try:
    pydoc.help(sample_mod.function)
    pydoc.help('nosuchmodule_x')
finally:
    sys.stdout = saved
print out.getvalue()
os.chdir(tmp)
out = StringIO()
sys.stdout = out
try:
    pydoc.writedoc('sample_mod')
finally:
    sys.stdout = saved
print out.getvalue(), os.path.exists('sample_mod.html')
html = open('sample_mod.html').read()
print 'Derived' in html, 'function' in html, 'Sample module' in html
os.chdir('/')
shutil.rmtree(tmp)
