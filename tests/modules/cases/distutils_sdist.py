# sdist of a small distribution: default file list, then a MANIFEST.in
# template (include, recursive-include, graft, prune, global-exclude);
# print MANIFEST, the archive members and PKG-INFO.
import os
import sys
import shutil
import tarfile
import tempfile
import zipfile

sys.dont_write_bytecode = True
from distutils.core import setup


def write(path, text):
    d = os.path.dirname(path)
    if d and not os.path.isdir(d):
        os.makedirs(d)
    f = open(path, 'w')
    f.write(text)
    f.close()


top = tempfile.mkdtemp()
old = os.getcwd()
try:
    os.chdir(top)
    write('setup.py', '# setup script\n')
    write('README.txt', 'readme\n')
    write('setup.cfg', '[sdist]\nformats = gztar\n')
    write('mod1.py', 'x = 1\n')
    write('pkg/__init__.py', '')
    write('pkg/res.dat', 'data\n')
    write('pkg/notes.txt', 'notes\n')
    write('docs/index.txt', 'docs\n')
    write('docs/api/ref.txt', 'ref\n')
    write('docs/build/junk.txt', 'junk\n')
    write('docs/tmp.bak', 'bak\n')
    write('test/test_x.py', '')
    write('.hg/store', 'vcs\n')
    write('data/conf.txt', 'conf\n')
    write('scripts/tool', '#!/bin/sh\n')
    attrs = dict(name='demo', version='0.3', url='http://example.com',
                 maintainer='Mo', maintainer_email='mo@example.com',
                 py_modules=['mod1'], packages=['pkg'],
                 package_data={'pkg': ['*.dat']}, scripts=['scripts/tool'],
                 data_files=[('etc', ['data/conf.txt'])],
                 requires=['other (>1.0)'], provides=['demo (0.3)'])

    def run(args):
        dist = setup(script_name='setup.py', script_args=['-q'] + args, **attrs)
        return dist

    dist = run(['sdist'])
    sys.stdout.write(open('MANIFEST').read())
    for kind, pyver, name in dist.dist_files:
        print(kind, repr(pyver), name)
    tar = tarfile.open('dist/demo-0.3.tar.gz')
    print(sorted(tar.getnames()))
    sys.stdout.write(tar.extractfile('demo-0.3/PKG-INFO').read())
    tar.close()

    write('MANIFEST.in', '\n'.join([
        'include *.txt',
        'recursive-include docs *.txt',
        'graft data',
        'prune docs/build',
        'global-exclude *.bak',
        'include missing.c',
        'exclude pkg/notes.txt',
        'bogus-action x',
        '']))
    os.remove('MANIFEST')
    dist = run(['sdist', '--formats=zip,tar', '--keep-temp'])
    sys.stdout.write(open('MANIFEST').read())
    print(sorted(zipfile.ZipFile('dist/demo-0.3.zip').namelist()))
    print(sorted(tarfile.open('dist/demo-0.3.tar').getnames()))
    print(os.path.isdir('demo-0.3'))
    print([os.path.basename(name) for kind, pyver, name in dist.dist_files])

    # a hand-written MANIFEST (without a template) is used as it is
    os.remove('MANIFEST.in')
    write('MANIFEST', 'setup.py\nmod1.py\n# a comment\n')
    run(['sdist', '--manifest-only'])
    sys.stdout.write(open('MANIFEST').read())
finally:
    os.chdir(old)
    shutil.rmtree(top)
