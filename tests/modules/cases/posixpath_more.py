# posixpath corner cases (pure string functions) and a few file checks
import posixpath as pp
import os

print pp.normpath('//a'), pp.normpath('///a/b'), pp.normpath('a/../..'), pp.normpath('./')
print repr(pp.normpath(u'a//b')), pp.join(u'a', 'b'), type(pp.join(u'a', 'b')).__name__
print pp.split(''), pp.split('//'), pp.split('a//b'), pp.split('a/b/')
print pp.splitext(''), pp.splitext('a.'), pp.splitext('..'), pp.splitext('a/..b'), pp.splitext('...a.b')
print pp.basename(''), pp.dirname(''), pp.dirname('/'), pp.dirname('//a'), pp.dirname('a//b')
print pp.commonprefix(['a', 'b']), pp.commonprefix(['same', 'same']), pp.commonprefix([[1, 2], [1, 3]])
print pp.isabs('//x'), pp.splitdrive('a/b'), pp.normcase('AbC')
os.environ['PP_X'] = 'xv'
for s in ['$PP_X', '${PP_X}', '$PP_X$PP_X', '${PP_X', '$', 'a$', '$1', '$PP_X.y', '${}', '$$PP_X', '~$PP_X']:
    print repr(s), repr(pp.expandvars(s))
os.environ['HOME'] = '/h/'
print pp.expanduser('~'), pp.expanduser('~/x'), pp.expanduser('~x~'), pp.expanduser('x~')
os.environ['HOME'] = '/'
print pp.expanduser('~'), pp.expanduser('~/a')
print pp.relpath('/a/b', '/'), pp.relpath('/', '/a/b'), pp.relpath('a', 'b')
os.makedirs('r/s')
os.symlink('s', 'r/link')
os.symlink('../r/link/../s', 'r/s/back')
os.symlink('loop1', 'loop2')
os.symlink('loop2', 'loop1')
cwd = os.getcwd()
print pp.realpath('r/link') == os.path.join(cwd, 'r/s')
print pp.realpath('r/link/back') == os.path.join(cwd, 'r/s')
print pp.realpath('loop1') == os.path.join(cwd, 'loop1')
print pp.realpath('r/./s/../link') == os.path.join(cwd, 'r/s')
print pp.ismount('/'), pp.ismount('r'), pp.ismount('missing')
print pp.sameopenfile(os.open('r', os.O_RDONLY), os.open('r/../r', os.O_RDONLY))
print pp.getsize('r') > 0, pp.isdir('r/link'), pp.islink('r/link'), pp.exists('loop1')
print pp.lexists('loop1'), pp.isfile('r/link'), pp.getmtime('r') == os.stat('r').st_mtime
