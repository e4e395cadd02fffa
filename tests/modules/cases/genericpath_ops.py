# genericpath through os.path: exists/isfile/isdir on files, directories,
# missing paths and broken links; commonprefix; splitext in posixpath and ntpath
import os
import genericpath as g
import posixpath
import ntpath

os.mkdir('d')
open('d/f', 'w').close()
os.symlink('nowhere', 'broken')
os.symlink('d', 'dlink')
for p in ['d', 'd/f', 'missing', 'broken', 'dlink', u'd', '', 'd/f/x']:
    print repr(p), g.exists(p), g.isfile(p), g.isdir(p), os.path.lexists(p)
print g.getsize('d/f'), type(g.getmtime('d/f')).__name__, g.getatime('d/f') > 0, g.getctime('d/f') > 0
try:
    g.getsize('missing')
except OSError as e:
    print 'OSError', e.errno
for m in [[], ['abc', 'abd', 'ab'], ['x'], [[1, 2, 3], [1, 2, 4]], ['', 'a'], ['abc', 'abc'],
          ('interspecies', 'interstellar', 'interstate'), [u'ab', 'ac']]:
    print repr(g.commonprefix(m))
for p in ['a.b', '.bashrc', '..x', 'a/.b.c', 'foo.', '/x/..', 'a.b/c', u'x.y', 'a\\b.c', '...',
          'a/...b', 'a/b.c.d', '', '.']:
    print repr(p), posixpath.splitext(p), ntpath.splitext(p)
print g.__all__
