# py_compile and compileall: byte-code files, errors, directory walks
import os
import sys
import imp
import marshal
import shutil
import tempfile
import py_compile
import compileall

tmp = tempfile.mkdtemp()
try:
    src = os.path.join(tmp, 'good.py')
    with open(src, 'w') as f:
        f.write('x = 6 * 7\nprint "good", x\n')
    py_compile.compile(src)
    with open(src + 'c', 'rb') as f:
        data = f.read()
    print data[:4] == imp.get_magic(), len(data) > 8
    code = marshal.loads(data[8:])
    print code.co_filename == src
    exec code
    py_compile.compile(src, cfile=os.path.join(tmp, 'other.pyc'), dfile='shown.py')
    with open(os.path.join(tmp, 'other.pyc'), 'rb') as f:
        print marshal.loads(f.read()[8:]).co_filename
    bad = os.path.join(tmp, 'bad.py')
    with open(bad, 'w') as f:
        f.write('def f(:\n')
    try:
        py_compile.compile(bad, doraise=True)
    except py_compile.PyCompileError as e:
        print e.exc_type_name, e.file == bad, 'SyntaxError' in e.msg, str(e) == e.msg
        print e.msg.replace(tmp, 'TMP')
    err = py_compile.PyCompileError(ValueError, ValueError('boom'), 'f.py')
    print err.msg, err.args
    print py_compile.main([src]), os.path.exists(src + 'c')
    sub = os.path.join(tmp, 'pkg')
    os.mkdir(sub)
    with open(os.path.join(sub, 'm.py'), 'w') as f:
        f.write('y = 1\n')
    os.remove(src + 'c')
    os.chdir(tmp)
    print compileall.compile_dir('.', quiet=1)
    print sorted(n for n in os.listdir(tmp) if n.endswith('.pyc')), os.listdir(sub)
    os.remove(bad)
    print compileall.compile_dir(tmp, quiet=1, force=1)
    print compileall.compile_file(os.path.join(tmp, 'nothere.txt'))
    import re
    print compileall.compile_dir(tmp, quiet=1, rx=re.compile('good'), force=1)
finally:
    shutil.rmtree(tmp)
