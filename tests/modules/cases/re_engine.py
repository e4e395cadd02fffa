# Engine semantics: backtracking, repeats, empty matches, marks, lastindex.
import re

def show(pat, s, flags=0):
    m = re.search(pat, s, flags)
    if m is None:
        print repr(pat), repr(s), None
    else:
        print repr(pat), repr(s), repr(m.group()), m.span(), m.groups(), m.lastindex

show(r'(a|ab)(c|bcd)(d*)', 'abcd')
show(r'(a*)*', 'aaa')
show(r'(a*)+', 'b')
show(r'(a|)+b', 'aab')
show(r'(?:(a)|b)*', 'ab')
show(r'(?:(a)|(b))*', 'ab')
show(r'(a)|(b)', 'b')
show(r'((a)b)', 'ab')
show(r'(a)(b)?', 'a')
show(r'(x)?(?(1)y|z)', 'z')
show(r'(x)?(?(1)y|z)', 'xy')
show(r'(?P<q>["\'])(.*?)(?P=q)', 'say "hi" or \'yo\'')
show(r'(a+?)(a*)', 'aaaa')
show(r'(a{2,3}?)(a*)', 'aaaa')
show(r'(?:a{2}){2}', 'aaaaa')
show(r'(ab){0,2}c', 'abababc')
show(r'(?:x|xy)z', 'xyz')
show(r'\b\w+\b', '  hello ')
show(r'\Bell\B', 'hello')
show(r'^$', '')
show(r'$', 'a\n')
show(r'a$', 'a\nb\n', re.M)
show(r'(?<!a)b', 'abcb')
show(r'(?<=ab)c', 'abc')
show(r'(?=(\w+))\w', 'abc')
show(r'(?!x)\w+', 'xab')
show(r'(a)(?=(b))', 'ab')
show(r'(?:(?!ab).)+', 'xxabyy')
show(r'[^a-c]+', 'abcdefabc')
show(r'[\]\-]+', 'a]-]b')
show(r'[a-c-e]+', 'x-ceb')
show(r'\d{2,}?', '12345')
show(r'(.)\1{2}', 'abbbc')
show(r'(?i)(a)\1', 'aA')
show(r'(?s).+', 'a\nb')
show(r'.+', 'a\nb')
show(r'x*', 'aaa')
show(r'(a*?)b', 'aab')
show(r'(?:a|b)*?c', 'ababc')
show(r'(a(b(c)))', 'abc')
show(r'\x41\101\0', 'AA\x00')
show(r'[\x41-\x43]+', 'ABCD')
show(r'a.c', 'a\nc')
show(r'a\sb', 'a\tb')
print re.findall(r'', 'abc')
print re.findall(r'a*', 'baaac')
print re.findall(r'(a)(b)?', 'abac')
print [m.span() for m in re.finditer(r'\w*', 'ab cd')]
print re.sub(r'a*', 'X', 'baac')
print re.split(r'(b)|c', 'abacad')
print re.match(r'(a)(b)', 'ab').regs
m = re.match(r'(?P<x>a)(?P<y>b)?', 'a')
print m.group('x', 'y'), m.groupdict('-'), m.groups('?'), m.start('y'), m.end(1), m.lastgroup
print m.expand(r'<\1\g<x>>'), m.re.pattern, m.string, m.pos, m.endpos
p = re.compile(r'\d+')
print p.search('ab12cd345', 5).group(), p.match('ab12cd345', 2, 3).group(), p.findall('1 22 333', 2, 7)
print p.groups, p.flags, p.pattern, re.compile(r'(a)(?P<n>b)').groupindex
s = p.scanner('a1b22c')
print s.search().group(), s.search().group(), s.search()
print re.compile('a', re.I).match('A').group(), re.purge()
big = 'x' * 20000 + 'y'
print re.match(r'(?:x|z)*y', big).end(), re.match(r'(x)*y', big).group(1), len(re.findall(r'x', big))
print re.match(r'(a|b)*?c', 'ab' * 5000 + 'c').end()
print repr(re.sub(u'(\xe9)', u'[\\1]', u'caf\xe9 \u0436\xe9'))
print re.findall(u'\u0436+', u'\u0436\u0436a\u0436'), re.match(u'.', u'\u20ac').group() == u'\u20ac'
try:
    re.match('(a)', 'a').group(2)
except IndexError as e:
    print 'IndexError', e
try:
    re.match('(a)', 'a').group('zz')
except IndexError as e:
    print 'IndexError', e
