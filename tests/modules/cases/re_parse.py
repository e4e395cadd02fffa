# Parser: errors, DEBUG dumps, verbose mode, templates, Scanner.
import re

for pat in [r'a|b|c', r'ab|ac', r'(a)(?P<n>b)\1(?P=n)', r'[^a-z\d]', r'a{2,5}?b*', r'(?=x)(?<!y)\bz$',
            r'(?(1)a|b)', r'.\s\w']:
    print '--', pat
    re.compile(pat, re.DEBUG)
    re.purge()

for pat in ['a{,2}', 'a{2,}', 'a{x}', '{', 'x{', '(?i)(?x) a b', '(?iLmsux)a', r'\q', '[\\q]', 'a{1,2}{3}',
            '(a)\\2', '\\x4g', '[\\x4]', '(?P<a>x)(?P<a>y)', '(?P<1a>x)', '(?P=b)', '(?Px)', '[b-a]',
            '(?(a)b)', '(a)(?(1)b|c|d)', '(?<=a+)', '(a', 'a)', '(?:a', '*', 'a|*', '(?#x)a', '\\0\\07\\08',
            '\\', '(?P<x', '(?P=x', '(?P<x>a)(?P=x', u'\xe9+', '(?u)\\w']:
    try:
        p = re.compile(pat)
        print 'ok', repr(pat), p.groups
    except re.error as e:
        print 'error', repr(pat), e
    except Exception as e:
        print type(e).__name__, repr(pat), e

print re.compile('''
    (\d+)   # number
    \s* ,   # comma
''', re.X).findall('1 ,2,3 , 4')
m = re.match(r'(?P<a>x)(y)?', 'x')
for t in [r'\1-\g<a>-\g<1>', r'\n\t\\', r'\0\101', r'\x']:
    print repr(m.expand(t))
try:
    m.expand(r'\2')
except re.error as e:
    print 'error', e

scanner = re.Scanner([
    (r'[a-z]+', lambda s, tok: ('word', tok)),
    (r'\d+', lambda s, tok: ('num', int(tok))),
    (r'\s+', None),
])
print scanner.scan('abc 12 de 3 !x')
print re.template('a').match('a') is not None
print re.escape('a-b'), re.compile(re.escape('x.y+')).match('x.y+').group()
