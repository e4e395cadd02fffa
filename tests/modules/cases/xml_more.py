# xml: ElementTree paths/serialization, minidom, sax, pyexpat errors and handlers.
import xml.etree.ElementTree as ET
import xml.dom.minidom as minidom
import xml.sax
import xml.sax.saxutils as su
from xml.parsers import expat

doc = '''<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE root>
<root xmlns:x="urn:x">
  <a n="1"><b>one</b><b>two</b></a>
  <a n="2"><b>three</b><c/></a>
  <!-- c --><?pi data?>
  <x:d x:k="v">&lt;&#65;&#x42;&amp;</x:d>
  <e><![CDATA[<raw & stuff>]]></e>
</root>'''
root = ET.fromstring(doc)
print [a.get('n') for a in root.findall('a')], [b.text for b in root.findall('a/b')]
print [b.text for b in root.findall('.//b')], root.find('a[2]/b').text if root.find('a[2]/b') is not None else None
print [e.tag for e in root.findall("a[@n='2']/*")], [a.get('n') for a in root.findall('a[c]')]
print root.find('{urn:x}d').text, root.find('{urn:x}d').attrib, root.find('e').text
print root.findtext('a/b'), root.findtext('zz', 'none'), len(root.findall('.//*'))
print [e.tag for e in root.iter() if isinstance(e.tag, str)][:6]
e = ET.Element('t', a='1')
e.text = u'caf\xe9 & <x>'
ET.SubElement(e, 'u', {'q': '"quoted"\n'}).tail = 'after'
print ET.tostring(e), ET.tostring(e, encoding='utf-8').splitlines()[-1]
print ET.tostring(e, method='html'), ET.tostring(ET.PI('target', 'text'))
for bad in ['<a>', '<a></b>', '<a/><b/>', 'text', '<a x=1/>', '<a>&bogus;</a>', '']:
    try:
        ET.fromstring(bad)
        print 'ok', repr(bad)
    except ET.ParseError as ex:
        print 'ParseError', repr(bad), ex, ex.position
events = []
p = expat.ParserCreate()
p.StartElementHandler = lambda name, attrs: events.append(('start', name, sorted(attrs.items())))
p.EndElementHandler = lambda name: events.append(('end', name))
p.CharacterDataHandler = lambda data: events.append(('data', data))
p.CommentHandler = lambda data: events.append(('comment', data))
p.ProcessingInstructionHandler = lambda t, d: events.append(('pi', t, d))
p.Parse('<r a="1" b=\'2\'>t<!--c--><?p q?><s/>&amp;</r>', True)
print events
print expat.ErrorString(3), expat.errors.XML_ERROR_TAG_MISMATCH
d = minidom.parseString(doc)
print d.documentElement.tagName, [n.nodeName for n in d.documentElement.childNodes if n.nodeType == 1]
print d.getElementsByTagName('x:d')[0].getAttribute('x:k'), d.getElementsByTagNameNS('urn:x', 'd')[0].localName
print d.getElementsByTagName('e')[0].firstChild.nodeType, repr(d.getElementsByTagName('e')[0].firstChild.data)
print d.getElementsByTagName('a')[1].toxml()
frag = d.createElement('n')
frag.appendChild(d.createTextNode('1'))
d.documentElement.insertBefore(frag, d.documentElement.firstChild)
print d.documentElement.firstChild.toxml(), d.documentElement.firstChild.nextSibling.nodeType
class H(xml.sax.ContentHandler):
    def __init__(self):
        xml.sax.ContentHandler.__init__(self)
        self.out = []
    def startElement(self, name, attrs):
        self.out.append((name, attrs.getNames(), attrs.get('n')))
    def characters(self, c):
        if c.strip():
            self.out.append(c)
h = H()
xml.sax.parseString(doc, h)
print h.out
print su.escape('<&>'), su.quoteattr("it's"), su.unescape('&amp;lt;')
