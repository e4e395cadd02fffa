# posixpath: splitting, normalising, expanding, links (loops, broken), realpath/relpath, ismount, os.path.walk
import posixpath as P, os, tempfile, shutil
paths = ['', '/', '//', '///', 'a', 'a/', 'a//', '/a', '//a/b', '///a', 'a/b/c', 'a/b/c/', '/a/b/../c', 'a/./b', '../x', '~', '~/x', '~root/y', '~nosuchuser/z', u'/u/\xe9/', u'~', 'a.b.c', '.bashrc', 'x/.y', '$HOME/$NOPE/${HOME}x${NOPE}', '$', '${unterminated', 'a$b_c-d', u'$HOME']
for p in paths:
    print repr((p, P.split(p), P.dirname(p), P.basename(p), P.splitext(p) if isinstance(p, str) else 'skip', P.normpath(p), P.isabs(p), P.expanduser(p).replace(os.environ.get('HOME', '~'), 'HOME'), P.expandvars(p).replace(os.environ.get('HOME', '~'), 'HOME'), P.splitdrive(p), P.normcase(p)))
print P.join('a', 'b', '/c', 'd'), P.join('', 'x'), P.join('a/', 'b'), P.join(u'a', 'b'), P.commonprefix(['/a/bc', '/a/bd'])
d = os.path.realpath(tempfile.mkdtemp())
try:
    os.makedirs(P.join(d, 'x', 'y')); open(P.join(d, 'x', 'f'), 'w').close()
    os.symlink(P.join(d, 'x'), P.join(d, 'lx')); os.symlink('lx/y', P.join(d, 'ly')); os.symlink('loop2', P.join(d, 'loop1')); os.symlink('loop1', P.join(d, 'loop2')); os.symlink('nowhere', P.join(d, 'broken'))
    for q in ['lx', 'ly', 'lx/../x', 'ly/..', 'loop1', 'loop1/z', 'broken', 'x/f', 'nope', '.', 'lx/y/../..']:
        full = P.join(d, q)
        print q, P.islink(full), P.lexists(full), P.exists(full), P.isdir(full), P.realpath(full).replace(d, 'D'), P.relpath(full, d), P.ismount(full)
    print P.samefile(P.join(d, 'lx'), P.join(d, 'x')), P.samefile(P.join(d, 'x', 'f'), P.join(d, 'x')), P.ismount('/'), P.ismount(d)
    seen = []
    P.walk(d, lambda arg, top, names: (seen.append((top.replace(d, 'D'), sorted(names), arg)), names.remove('lx') if 'lx' in names else None), 'ARG')
    print sorted(seen)
    fd1 = os.open(P.join(d, 'x', 'f'), os.O_RDONLY); fd2 = os.open(P.join(d, 'lx', 'f'), os.O_RDONLY); print P.sameopenfile(fd1, fd2); os.close(fd1); os.close(fd2)
    cwd = os.getcwd(); os.chdir(d); print P.abspath('x/../lx').replace(d, 'D'), P.realpath('ly/..').replace(d, 'D'), repr(P.abspath(u'x')).replace(d, 'D'), P.relpath('x/y', 'lx'); os.chdir(cwd)
finally:
    shutil.rmtree(d)
for a in [('/a/b', '/a'), ('/a', '/a/b/c'), ('/', '/'), ('x', 'x')]:
    print P.relpath(*a)
try: P.relpath('')
except ValueError as e: print 'ValueError', e
print P.curdir, P.pardir, P.extsep, P.sep, P.pathsep, P.defpath, P.altsep, P.devnull, P.supports_unicode_filenames, len(P.__all__)
