# CharacterData editing on Text nodes: results, and the IndexSizeErr checks
# 2.7 makes on offsets and counts (an offset equal to the length is refused).
from xml.dom import minidom

doc = minidom.Document()


def attempt(text, method, *args):
    node = doc.createTextNode(text)
    try:
        result = getattr(node, method)(*args)
    except Exception as e:
        print method, args, type(e).__name__, e
    else:
        print method, args, repr(result), repr(node.data)


for args in [(0, 2), (1, 9), (0, 0), (-1, 1), (3, 1), (4, 1), (0, -1)]:
    attempt('abc', 'substringData', *args)
for args in [(0, 'x'), (2, 'x'), (3, 'x'), (-1, 'x'), (0, '')]:
    attempt('abc', 'insertData', *args)
for args in [(0, 1), (1, 0), (1, 9), (3, 1), (0, -1)]:
    attempt('abc', 'deleteData', *args)
for args in [(1, 1, 'QQ'), (0, 0, 'z'), (2, 5, '!'), (-2, 1, 'x'), (0, -1, 'x')]:
    attempt('abc', 'replaceData', *args)
attempt('', 'insertData', 0, 'x')
attempt('', 'appendData', 'y')
attempt('abc', 'splitText', 1)
attempt('abc', 'splitText', 4)

root = minidom.parseString('<r><a/><b/></r>').documentElement
node = root.firstChild
node.appendChild(doc.createTextNode('hello world'))
text = node.firstChild
tail = text.splitText(5)
print root.toxml(), repr(text.data), repr(tail.data), text.nextSibling is tail
print repr(doc.createTextNode("")), repr(doc.createTextNode("0123456789")), repr(doc.createComment('a fairly long comment'))
