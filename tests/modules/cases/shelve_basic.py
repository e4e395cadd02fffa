import shelve, os, tempfile, shutil
root = tempfile.mkdtemp()
fn = os.path.join(root, 'shelf')
s = shelve.open(fn)
s['list'] = [1, 2, 3]
s['dict'] = {'a': (1, 2.5, u'x')}
s['list'].append(4)          # lost: no writeback
print s['list'], s['dict'], len(s), sorted(s.keys()), 'list' in s, s.has_key('no')
print s.get('no', 'default'), s.get('list')
del s['dict']
print sorted(s)
s.close()
try:
    s['x']
except ValueError as e:
    print e
print repr(s.dict)
s = shelve.open(fn, writeback=True)
s['list'].append(4)
s['new'] = {'k': []}
s['new']['k'].append('v')
print sorted(s.cache)
s.sync()
print s.cache
s.close()
s = shelve.open(fn, flag='r')
print s['list'], s['new']
s.close()
d = {}
sh = shelve.Shelf(d, protocol=2)
sh['x'] = (1, 2)
print d['x'][:2] == '\x80\x02', sh['x']
sh = shelve.Shelf(d)
sh['y'] = 'str'
print d['y'].startswith("S'str'\n")
try:
    sh['missing']
except KeyError as e:
    print 'KeyError', e
print shelve.__all__
shutil.rmtree(root)
