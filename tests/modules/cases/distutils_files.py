# distutils dir_util and file_util: mkpath, copy_tree, remove_tree, copy_file, move_file, write_file
import os, tempfile, shutil
from distutils import dir_util, file_util, log
from distutils.errors import DistutilsFileError
log.set_verbosity(1)
import sys; sys.stderr = sys.stdout
d = tempfile.mkdtemp()
os.chdir(d)
print dir_util.mkpath('a/b/c'), dir_util.mkpath('a/b/c'), dir_util.mkpath('a/b/d', dry_run=1)
file_util.write_file('a/b/c/f.txt', ['one', 'two'])
print open('a/b/c/f.txt').read()
print file_util.copy_file('a/b/c/f.txt', 'a/g.txt'), file_util.copy_file('a/b/c/f.txt', 'a/g.txt', update=1)
print file_util.copy_file('a/b/c/f.txt', 'a'), file_util.copy_file('a/g.txt', 'a/h.txt', link='hard')
try: file_util.copy_file('nope', 'x')
except DistutilsFileError as e: print e
try: file_util.copy_file('a/g.txt', 'x', link='bad')
except ValueError as e: print e
print sorted(dir_util.copy_tree('a', 'z'))
print file_util.move_file('z/g.txt', 'z/moved.txt'), os.path.exists('z/g.txt')
try: file_util.move_file('z/moved.txt', 'z/h.txt')
except DistutilsFileError as e: print e
dir_util.remove_tree('z')
print os.path.exists('z'), dir_util.ensure_relative('/x/y')
dir_util.create_tree('q', ['r/s.txt', 't/u.txt'])
print sorted(os.listdir('q'))
try: dir_util.copy_tree('nothere', 'w')
except DistutilsFileError as e: print e
os.chdir('/')
shutil.rmtree(d)
