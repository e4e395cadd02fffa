import dumbdbm, os, tempfile, shutil
root = tempfile.mkdtemp()
fn = os.path.join(root, 'db')
db = dumbdbm.open(fn)
for k, v in ((1, 'a'), ('a', 1), (u'x', 'y'), ('x', u'y')):
    try:
        db[k] = v
    except TypeError as e:
        print 'TypeError', e
db['k'] = 'v' * 600
db['k2'] = 'w'
print sorted(os.listdir(root)), os.path.getsize(fn + '.dat')
db['k2'] = 'short'          # fits in its block: rewritten in place
print os.path.getsize(fn + '.dat'), db['k2']
db['k2'] = 'z' * 700        # does not fit: appended
print os.path.getsize(fn + '.dat'), len(db['k2'])
print len(db), sorted(db.keys()), 'k' in db, db.has_key('nope'), sorted(db)
try:
    db['missing']
except KeyError as e:
    print 'KeyError', e
del db['k']
try:
    del db['k']
except KeyError as e:
    print 'KeyError', e
db['e'] = ''
db.close()
print sorted(os.listdir(root))
print sorted(open(fn + '.dir').read().splitlines())
db = dumbdbm.open(fn, 'r')
print sorted(db.items(), key=lambda kv: kv[0])[0][0], len(db['k2']), repr(db['e'])
db.close()
print dumbdbm.error is IOError
shutil.rmtree(root)
