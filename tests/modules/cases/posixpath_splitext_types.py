import os.path, genericpath, posixpath, ntpath
for p in [u'a.txt', u'a', u'.bashrc', u'x/y.z', u'x.y/z', u'..', u'', 'a.b', 'a', '', u'a.', u'...x']:
    for f in (os.path.splitext, posixpath.splitext, ntpath.splitext):
        r = f(p)
        print repr(p), repr(r), [type(x).__name__ for x in r]
    r = genericpath._splitext(p, '/', None, '.')
    print repr(r), [type(x).__name__ for x in r]
