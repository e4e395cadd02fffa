import nturl2path
for u in ('///C|/foo/bar/spam.foo', '///C:/foo/bar/spam.foo', '//server/share/x%20y', '////server/share/a',
          'C:', 'C:/', 'C:foo', 'a/b', 'x|y|z', '|a', '///c|/a%2fb'):
    try:
        print repr(u), repr(nturl2path.url2pathname(u))
    except IOError as e:
        print repr(u), 'IOError', e
    except IndexError:
        print repr(u), 'IndexError'
for p in ('C:\\foo\\bar\\spam.foo', '\\\\server\\share\\x y', 'a\\b c', 'C:', 'c:\\', 'CD:\\x', 'a:b:c', 'C|\\d'):
    try:
        print repr(p), repr(nturl2path.pathname2url(p))
    except IOError as e:
        print repr(p), 'IOError', e
