# HTMLParser: events for whole and character-by-character feeds, broken markup at close(),
# CDATA content elements, references in text and attributes, errors
import HTMLParser
class P(HTMLParser.HTMLParser):
    def __init__(self):
        HTMLParser.HTMLParser.__init__(self); self.ev = []
    def handle_starttag(self, t, a): self.ev.append(('start', t, a, self.get_starttag_text()))
    def handle_startendtag(self, t, a): self.ev.append(('startend', t, a))
    def handle_endtag(self, t): self.ev.append(('end', t))
    def handle_data(self, d): self.ev.append(('data', d))
    def handle_charref(self, n): self.ev.append(('charref', n))
    def handle_entityref(self, n): self.ev.append(('entityref', n))
    def handle_comment(self, d): self.ev.append(('comment', d))
    def handle_decl(self, d): self.ev.append(('decl', d))
    def handle_pi(self, d): self.ev.append(('pi', d))
    def unknown_decl(self, d): self.ev.append(('unknown', d))
docs = ['<html><body class="x" id=y data-z=\'q\' disabled>Hi &amp; &#65; &#x42; &nbsp &copy; x</body></html>',
        '<!DOCTYPE html><p>a<br/>b<img src="a.png" alt="A &amp; B &#39;q&#x27;"/></p>', '<!-- c --><?php x ?><![CDATA[raw]]><!x>',
        '<script>if (a < b && c) { x = "</p>"; }</script><style>p>a{}</style>after', '<a href=x>< b <c', '<', 'text <', '&', '&#', '&#x;', '&amp', 'a &b c', '<p', '<p a="b', '</p', '</ p >', '</>',
        '<div\nclass="m"\n>line\nbreak</div>', '<br/ >', '<a b c=d e = "f" g=\'h\'>', '<a  =x>', '<A HREF="U">UP</A>', '<p>unclosed <!-- comment', '<?pi', '<!DOCTYPE', '&#1114112;', '&#0;', '<a title="&unknown; &lt;">',
        '<scr', '<script>x</scr', '<script>a</script >b', 'x</SCRIPT>', '<p/>', '<a/b>', '<a b=/>', '<!--->', '<!---->', '<![if !IE]>x<![endif]>']
for doc in docs:
    # (marked sections fed piecemeal are left out: markupbase still differs there)
    for chunked in ((False, True) if '<![' not in doc else (False,)):
        p = P()
        try:
            if chunked:
                for ch in doc: p.feed(ch)
            else:
                p.feed(doc)
            before = list(p.ev)
            p.close()
            print repr(doc), chunked, p.ev, p.getpos(), len(before)
        except HTMLParser.HTMLParseError as e:
            print repr(doc), chunked, 'HTMLParseError', e, e.msg, e.lineno, e.offset, p.ev
p = P(); print repr(p.unescape('&lt;&#65;&#x42;&amp;&nope;&#;&quot;x&apos;')), repr(p.unescape('plain'))
e = HTMLParser.HTMLParseError('m'); print str(e), e.lineno, e.offset
e = HTMLParser.HTMLParseError('m', (3, 4)); print str(e)
e = HTMLParser.HTMLParseError('m', (3, None)); print str(e)
try: HTMLParser.HTMLParseError('')
except AssertionError: print 'AssertionError'
p = P(); p.feed('<x>'); p.reset(); p.feed('<y>'); print p.ev, p.rawdata, p.lasttag
