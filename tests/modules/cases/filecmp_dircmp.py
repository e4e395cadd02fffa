import filecmp, os, tempfile, shutil
root = tempfile.mkdtemp()
a = os.path.join(root, 'a'); b = os.path.join(root, 'b')
for d in (a, b, os.path.join(a, 'sub'), os.path.join(b, 'sub'), os.path.join(a, 'CVS')):
    os.mkdir(d)
def w(p, data):
    with open(os.path.join(root, p), 'wb') as f:
        f.write(data)
w('a/same', 'x' * 100); w('b/same', 'x' * 100)
w('a/diff', 'abc'); w('b/diff', 'abd')
w('a/size', 'abc'); w('b/size', 'abcd')
w('a/onlya', ''); w('b/onlyb', '')
w('a/sub/f', '1'); w('b/sub/f', '2')
for n in ('same', 'diff', 'size', 'sub/f'):
    os.utime(os.path.join(a, n), (1000000, 1000000))
    os.utime(os.path.join(b, n), (2000000, 2000000))
w('a/kind', ''); os.mkdir(os.path.join(b, 'kind'))
print filecmp.cmp(os.path.join(a, 'same'), os.path.join(b, 'same'))
print filecmp.cmp(os.path.join(a, 'diff'), os.path.join(b, 'diff'), shallow=0)
print filecmp.cmp(os.path.join(a, 'size'), os.path.join(b, 'size'))
print filecmp.cmp(a, b)
print filecmp.cmpfiles(a, b, ['same', 'diff', 'size', 'missing', 'kind'], shallow=0)
d = filecmp.dircmp(a, b)
print d.left_list, d.right_list
print sorted(d.common), sorted(d.left_only), sorted(d.right_only)
print d.common_dirs, sorted(d.common_files), d.common_funny
print sorted(d.same_files), sorted(d.diff_files), d.funny_files
print sorted(d.subdirs), d.subdirs['sub'].diff_files
try:
    d.nonsense
except AttributeError as e:
    print 'AttributeError', e
import sys, StringIO
old = sys.stdout; sys.stdout = buf = StringIO.StringIO()
d.report_full_closure()
sys.stdout = old
print buf.getvalue().replace(root, '<root>')
print filecmp.dircmp(a, b, ignore=[]).left_list
shutil.rmtree(root)
try:
    filecmp.cmp('/nonexistent/x', '/nonexistent/y')
except OSError as e:
    print 'OSError', e.errno
