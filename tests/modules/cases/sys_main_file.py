# __file__, sys.argv[0] and sys.path[0] of a main script run by a relative,
# ./-prefixed, absolute or symlinked path
import os, subprocess, sys, tempfile, shutil
tmp = os.path.realpath(tempfile.mkdtemp())
try:
    os.mkdir(os.path.join(tmp, 'sub'))
    os.mkdir(os.path.join(tmp, 'other'))
    with open(os.path.join(tmp, 'sub', 's.py'), 'w') as f:
        f.write("import sys, os\n"
                "print repr(__file__), repr(sys.argv[0]), repr(sys.path[0])\n")
    os.symlink(os.path.join(tmp, 'sub', 's.py'), os.path.join(tmp, 'other', 'link.py'))
    for arg in ['sub/s.py', './sub/s.py', 'sub/../sub/s.py', os.path.join(tmp, 'sub', 's.py'),
                'other/link.py']:
        out = subprocess.Popen([sys.executable, arg], cwd=tmp, stdout=subprocess.PIPE).communicate()[0]
        print out.replace(tmp, '<tmp>'),
    out = subprocess.Popen([sys.executable, 's.py'], cwd=os.path.join(tmp, 'sub'),
                           stdout=subprocess.PIPE).communicate()[0]
    print out.replace(tmp, '<tmp>'),
finally:
    shutil.rmtree(tmp)
