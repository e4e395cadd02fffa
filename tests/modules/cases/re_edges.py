# Edge cases: reprs, deep nesting, long subjects, callables returning None, pos/endpos clamping.
import re
print repr(re.compile("a"))[:24], repr(re.match("a", "a"))[:22]
print re.match('(' * 50 + 'a' + ')' * 50, 'a').groups()[:2]
print len(re.match(r'(a|b)*', 'ab' * 100000).group())
print re.match(r'(?:a*)*b', 'a' * 25 + 'b') is not None
print re.sub('a', lambda m: None, 'banana')
try:
    re.sub('a', lambda m: 1, 'banana')
except TypeError as e:
    print 'TypeError', e
try:
    re.compile("a").__copy__()
except TypeError as e:
    print 'TypeError', e
print re.compile('a').match('bab', 1).span(), re.compile('a').search('bab', 5, 2)
print re.findall('a', 'aaa', ) , re.compile('a').findall('aaaa', 1, 3)
print re.split('a', 'babab', -1), re.sub('a', 'x', 'aaa', -1)
print re.match('(?i)[^a]', 'A'), re.match('[^\\W]', '_').group()
print re.compile('(?P<x>a)').groupindex, re.compile('(a)(b)').match('ab').lastindex
m = re.search(r'(?<=(a))b', 'ab'); print m.groups(), m.span(1)
print re.match(r'\w+', u'\xe9t\xe9', re.U).group() == u'\xe9t\xe9', re.match(r'(?u)\d', u'\u0663') is not None
print re.sub(r'(?m)^\s+', '', '  a\n   b'), re.escape(u'\u1234') == u'\\\u1234'
print re.match(r'[\u0041]', 'u') is not None, re.match(ur'\u0041', u'u0041') is not None
