import macpath as m
for p in ('a', ':a', 'a:', 'a:b', 'a:b:', ':a:b', '::a', 'disk:folder:file.txt', ''):
    print repr(p), m.isabs(p), m.split(p), m.splitext(p), m.dirname(p), m.basename(p), m.ismount(p), m.normcase(p.upper())
print m.join('a', 'b'), m.join('a:', 'b'), m.join(':a', ':b'), m.join('a', 'b:c'), m.join('', 'x'), m.join('a:b', 'c', 'd')
for p in ('a', ':a', 'a:b::c', 'a:b:c::', ':a::b', 'a:b:', '::', ':::a', 'a::'):
    try:
        print repr(p), repr(m.normpath(p))
    except m.norm_error as e:
        print repr(p), 'norm_error', e
print m.splitdrive('a:b'), m.expanduser('~x'), m.expandvars('$x'), m.sep, m.pardir, repr(m.pathsep), m.devnull, m.altsep
print m.commonprefix(['a:b:c', 'a:b:d']), m.islink('nowhere'), m.lexists('/nonexistent/x')
