import anydbm, whichdb, os, tempfile, shutil
root = tempfile.mkdtemp()
fn = os.path.join(root, 'db')
print whichdb.whichdb(fn)
try:
    anydbm.open(fn)
except anydbm.error as e:
    print type(e).__name__, e
print isinstance(anydbm.error, tuple), anydbm.error[0].__name__, IOError in anydbm.error
d = anydbm.open(fn, 'c')
d['a'] = 'b'
d.close()
print whichdb.whichdb(fn)
d = anydbm.open(fn, 'w')
print d['a']
d.close()
with open(os.path.join(root, 'junk'), 'wb') as f:
    f.write('0123456789abcdefXYZ')
print repr(whichdb.whichdb(os.path.join(root, 'junk')))
with open(os.path.join(root, 'short'), 'wb') as f:
    f.write('abc')
print repr(whichdb.whichdb(os.path.join(root, 'short')))
try:
    anydbm.open(os.path.join(root, 'junk'))
except anydbm.error as e:
    print type(e).__name__, e
open(fn + '.dir', 'w').close()
print whichdb.whichdb(fn)
shutil.rmtree(root)
