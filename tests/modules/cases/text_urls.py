# textwrap, shlex, difflib, urlparse, urllib, HTMLParser: extra behaviour.
import textwrap, shlex, difflib, urlparse, urllib
from HTMLParser import HTMLParser

w = textwrap.TextWrapper(width=12, break_on_hyphens=True)
print w.wrap('state-of-the-art --- dashes--here and emails a-b@c-d.com')
print textwrap.fill('x ' * 10, 7, initial_indent='>>', subsequent_indent='..')
print textwrap.wrap('\tindented\ttabs', 30, expand_tabs=True), textwrap.wrap(u'\u00e9t\u00e9 long words here', 6)
print repr(textwrap.dedent('\n    a\n\n      b\n    c')), repr(textwrap.dedent(u'  u\n  v'))
print shlex.split("a 'b c' \"d \\\" e\" f\\ g #h", comments=True)
lx = shlex.shlex("if x == 'y': print(1)")
print list(lx)
lx = shlex.shlex('a,b;c', posix=True)
lx.whitespace += ',;'
print list(lx)
a = 'one two three four five six'.split()
b = 'one 2 three four six seven'.split()
print list(difflib.unified_diff(a, b, 'x', 'y', 'd1', 'd2', n=1, lineterm=''))
print list(difflib.context_diff(a, b, n=0, lineterm=''))
print list(difflib.ndiff(['abcdefg\n', 'xyz\n'], ['abcdXfg\n', 'xyz\n', 'new\n']))
sm = difflib.SequenceMatcher(None, 'x' * 300 + 'abc', 'abc' + 'x' * 300)
print sm.get_matching_blocks()[:3], round(sm.ratio(), 4)
print difflib.get_close_matches('helo', ['hello', 'help', 'hell', 'halo', 'world'], n=3, cutoff=0.5)
for u in ['http://a.b/c?d=1;e=2#f', 'HTTPS://[2001:db8::1]:8443/p', 'ftp://u@h/p;type=a', '//x/y', 'a:b', 'path/only',
          'http://h:80', 'mailto:x@y?subject=hi']:
    r = urlparse.urlparse(u)
    print u, tuple(r), r.hostname, r.port, r.username
for base, rel in [('http://a/b/c', '../../../../g'), ('http://a/b/', './'), ('http://a/b', '?q'),
                  ('http://a/b/c', 'g?y/./x'), ('http://a/b/c/', '..'), ('file:///a/b', 'c'), ('', 'x')]:
    print base, rel, urlparse.urljoin(base, rel)
print urlparse.parse_qsl('a=%20b&c=d+e&=empty&f', keep_blank_values=True)
print urllib.quote('a b&c/d?e', safe='/&'), urllib.quote_plus(u'x y'), urllib.unquote('%41%4a%4A%g1')
print urllib.urlencode({'a': [1, 2]}, True), urllib.splitport('h:'), urllib.splitnport('h:x'), urllib.splittype('/x')
class P(HTMLParser):
    def __init__(self):
        HTMLParser.__init__(self)
        self.ev = []
    def handle_starttag(self, t, a): self.ev.append(('s', t, a))
    def handle_endtag(self, t): self.ev.append(('e', t))
    def handle_data(self, d): self.ev.append(('d', d))
    def handle_entityref(self, n): self.ev.append(('ent', n))
    def handle_charref(self, n): self.ev.append(('chr', n))
    def handle_comment(self, c): self.ev.append(('c', c))
    def handle_decl(self, d): self.ev.append(('decl', d))
p = P()
p.feed('<a href=x.html title="a &amp; b" checked>t &amp t&#33;</a ><style>a<b</style><!bogus><br/>< x')
p.close()
print p.ev
print p.get_starttag_text(), p.getpos()
