# shlex: token streams in every mode (posix, whitespace_split), errors, line numbers,
# pushback, nested sources, custom character classes and the debug trace
import re, StringIO
import shlex, sys
inputs = ['a b c', 'a "b c" d', "a 'b c' d", 'a"b c"d', 'a\\ b', '"a\\"b"', "'a\\'b'", '"a\\\\b"', '"a\\nb"', "'a\\nb'", 'x=1;y=2', 'f(a, b)', 'a # c\nd', 'a#c\nd', '#only', '',
          '   ', '""', "''", 'a "" b', '"unterminated', "'unterm", 'esc\\', 'a\\', '\\', 'mix"ed"\'q\'s', 'l1\nl2\n\nl3', 'tab\there', 'caf\xe9 na\xefve', '\xd7x\xf7', 'a.b-c/d', '"" ""', 'x"y"#z', 'ab#cd ef',
          'a;b', '--opt=val', 'a\\"b', "a\\'b", '"\\$x"', 'end\\ ']
for posix in (False, True):
    for ws in (False, True):
        for text in inputs:
            lx = shlex.shlex(text, posix=posix)
            lx.whitespace_split = ws
            out = []
            try:
                while True:
                    t = lx.get_token()
                    out.append((t, lx.lineno))
                    if t == lx.eof or len(out) > 50: break
                print posix, ws, repr(text), out, repr(lx.state)
            except ValueError as e:
                print posix, ws, repr(text), out, 'ValueError', e, lx.lineno
for text in inputs:
    for c in (False, True):
        try: print repr(text), shlex.split(text, comments=c), shlex.split(text, c, False)
        except ValueError as e: print repr(text), 'ValueError', e
lx = shlex.shlex('one two three'); print lx.get_token(); lx.push_token('P1'); lx.push_token('P2'); print list(lx), repr(lx.get_token())
print repr(lx.eof), repr(shlex.shlex('', posix=True).eof), shlex.shlex(posix=True).instream is sys.stdin
lx = shlex.shlex('a b', posix=True); print len(lx.wordchars), repr(lx.wordchars[-70:]), repr(shlex.shlex('').wordchars)
print lx.error_leader(), lx.error_leader('f.txt', 7)
import tempfile, os, shutil
tmp = tempfile.mkdtemp()
with open(os.path.join(tmp, 'inc_txt'), 'w') as f:
    f.write('inc1 inc2\n"inc 3"\n')
lx = shlex.shlex('x source inc_txt y', infile=os.path.join(tmp, 'main.txt')); lx.source = 'source'; print list(lx)
shutil.rmtree(tmp)
lx = shlex.shlex('x y'); lx.push_source('p q'); print list(lx)
lx = shlex.shlex('x y', posix=True); lx.push_source('p "q r"', 'pushed'); print lx.get_token(), lx.infile, list(lx), lx.infile
lx = shlex.shlex('a b "c"', posix=True); lx.debug = 3; print list(lx)
lx = shlex.shlex('a&&b||c', posix=True); print list(lx)
lx = shlex.shlex('a&&b||c', posix=True); lx.wordchars += '&|'; print list(lx)
lx = shlex.shlex('a $x "$y" \'$z\'', posix=True); lx.escape = '$'; print list(lx)
lx = shlex.shlex('a "b\\"c" \'d\\\'e', posix=True); lx.escapedquotes = '"\''
try: print list(lx)
except ValueError as e: print 'ValueError', e
lx = shlex.shlex('a|b|c'); lx.whitespace = '|'; print list(lx)
lx = shlex.shlex('a%b\nc'); lx.commenters = '%'; print list(lx), lx.lineno
print [t for t in shlex.shlex(u'uni code')]
for s in ['"")abc', "'')abc", '"" )abc', 'a"";b']:
    print repr(s), list(shlex.shlex(s, posix=True)), list(shlex.shlex(s))

for lvl in (1, 2, 3):
    for posix in (False, True):
        for text in ['a b "c"', "x;y 'q' #c\nz", 'w\\ x "e\\"f"', 'p.q']:
            print '=== level', lvl, posix, repr(text)
            lx = shlex.shlex(text, posix=posix); lx.debug = lvl
            lx.push_token('pt'); lx.push_source('s1 s2', 'sf')
            buf = StringIO.StringIO(); sys.stdout = buf
            try:
                result = list(lx)
            except ValueError as e:
                result = 'ValueError %s' % e
            sys.stdout = sys.__stdout__
            print re.sub('0x[0-9a-f]+', 'ADDR', buf.getvalue()), result
