# Build and install a small pure-Python distribution (modules, packages,
# package data, scripts, data files) with --home into a temporary
# directory; print the installed files and the egg-info metadata.
import os
import sys
import shutil
import tempfile

sys.dont_write_bytecode = True
from distutils.core import setup


def write(path, text):
    d = os.path.dirname(path)
    if d and not os.path.isdir(d):
        os.makedirs(d)
    f = open(path, 'w')
    f.write(text)
    f.close()


def listing(root):
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        for name in filenames:
            found.append(os.path.relpath(os.path.join(dirpath, name), root))
    return sorted(found)


top = tempfile.mkdtemp()
old = os.getcwd()
try:
    src = os.path.join(top, 'src')
    os.makedirs(src)
    os.chdir(src)
    write('mod1.py', 'x = 1\n')
    write('pkg/__init__.py', '')
    write('pkg/a.py', 'y = 2\n')
    write('pkg/res.dat', 'data\n')
    write('pkg/sub/__init__.py', '')
    write('lib/other/__init__.py', 'z = 3\n')
    write('scripts/tool', '#!/usr/bin/env python -u\nprint "hi"\n')
    write('scripts/plain.sh', '#!/bin/sh\necho hi\n')
    write('data/conf.txt', 'conf\n')
    attrs = dict(name='demo-dist', version='1.2 beta', description='Demo',
                 author='Ann Author', author_email='ann@example.com',
                 url='http://example.com', license='MIT',
                 long_description='First line\nsecond line',
                 keywords='demo, test', platforms='any',
                 classifiers=['Programming Language :: Python :: 2'],
                 py_modules=['mod1'], packages=['pkg', 'pkg.sub', 'other'],
                 package_dir={'other': 'lib/other'},
                 package_data={'pkg': ['*.dat']},
                 scripts=['scripts/tool', 'scripts/plain.sh'],
                 data_files=[('etc/demo', ['data/conf.txt']), ('empty', [])])
    home = os.path.join(top, 'home')
    dist = setup(script_name='setup.py',
                 script_args=['-q', 'install', '--home', home, '--record', 'rec.txt'],
                 **attrs)
    print(dist.get_fullname())
    for name in listing(home):
        print(name)
    print(sorted(os.path.relpath(p, home) for p in open('rec.txt').read().split()))
    inst = dist.get_command_obj('install')
    print(os.path.relpath(inst.install_lib, home))
    print(os.path.relpath(inst.install_scripts, home))
    print(os.path.relpath(inst.install_headers, home))
    print(dist.have_run.get('build_py'), dist.have_run.get('install_egg_info'))
    # the script with a python #! line now names the interpreter
    first = open(os.path.join(home, 'bin', 'tool')).readline()
    print(first.startswith('#!') and first.rstrip().endswith(' -u'))
    print(open(os.path.join(home, 'bin', 'plain.sh')).readline().rstrip())
    print(oct(os.stat(os.path.join(home, 'bin', 'tool')).st_mode & 0777))
    egg = [n for n in listing(home) if n.endswith('.egg-info')][0]
    sys.stdout.write(open(os.path.join(home, egg)).read())
    print(os.path.isdir(os.path.join(home, 'empty')))
finally:
    os.chdir(old)
    shutil.rmtree(top)
