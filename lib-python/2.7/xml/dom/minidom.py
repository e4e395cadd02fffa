"""A small implementation of the DOM (Python 2.7's xml.dom.minidom):
parse/parseString build a Document; toxml/toprettyxml serialize nodes."""

import xml.dom
from xml.dom import (Node, EMPTY_NAMESPACE, EMPTY_PREFIX, XMLNS_NAMESPACE,
                     XML_NAMESPACE)


class NodeList(list):
    """A list of nodes with the DOM's item() and length."""

    def item(self, index):
        if 0 <= index < len(self):
            return self[index]
        return None

    @property
    def length(self):
        return len(self)


EmptyNodeList = NodeList


def _write_data(write, data):
    if data:
        data = data.replace("&", "&amp;").replace("<", "&lt;"). \
            replace("\"", "&quot;").replace(">", "&gt;")
        write(data)


class _Writer(object):
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def getvalue(self):
        return u"".join(p if isinstance(p, unicode) else p.decode("latin-1") for p in self.parts) \
            if any(isinstance(p, unicode) for p in self.parts) else "".join(self.parts)


def _detach(node):
    """Take node out of the tree it is in, if any (a node has one parent)."""
    if node.parentNode is not None:
        node.parentNode.removeChild(node)


def _orphan(node):
    """Clear the links of a node just taken out of its parent's list."""
    node.parentNode = node.previousSibling = node.nextSibling = None


class Node(xml.dom.Node):
    """Behaviour shared by every node: the tree links and serialization."""

    namespaceURI = None
    parentNode = None
    ownerDocument = None
    nextSibling = None
    previousSibling = None
    prefix = EMPTY_PREFIX
    nodeValue = None
    attributes = None
    childNodes = ()

    def __nonzero__(self):
        return True

    def toxml(self, encoding=None):
        return self.toprettyxml("", "", encoding)

    def toprettyxml(self, indent="\t", newl="\n", encoding=None):
        writer = _Writer()
        if self.nodeType == Node.DOCUMENT_NODE:
            self.writexml(writer, "", indent, newl, encoding)
        else:
            self.writexml(writer, "", indent, newl)
        text = writer.getvalue()
        if encoding is not None:
            if isinstance(text, str):
                text = text.decode("ascii")
            return text.encode(encoding)
        return text

    def hasChildNodes(self):
        return bool(self.childNodes)

    def _get_firstChild(self):
        if self.childNodes:
            return self.childNodes[0]
        return None

    def _get_lastChild(self):
        if self.childNodes:
            return self.childNodes[-1]
        return None

    firstChild = property(_get_firstChild)
    lastChild = property(_get_lastChild)

    def _check_child(self, node):
        if node.nodeType not in self._child_node_types:
            raise xml.dom.HierarchyRequestErr("%s cannot be child of %s" % (repr(node), repr(self)))

    def insertBefore(self, newChild, refChild):
        if newChild.nodeType == Node.DOCUMENT_FRAGMENT_NODE:
            for c in tuple(newChild.childNodes):
                self.insertBefore(c, refChild)
            return newChild
        self._check_child(newChild)
        _detach(newChild)
        if refChild is None:
            return self.appendChild(newChild)
        where = self._position_of(refChild)
        self.childNodes.insert(where, newChild)
        self._link_at(where)
        return newChild

    def _position_of(self, child):
        """Index of child among childNodes; NotFoundErr if it is not one."""
        try:
            return self.childNodes.index(child)
        except ValueError:
            raise xml.dom.NotFoundErr()

    def _link_at(self, where):
        """Adopt childNodes[where] and point it and its neighbours at each
        other (the sibling links mirror the list)."""
        kids = self.childNodes
        node = kids[where]
        before = kids[where - 1] if where > 0 else None
        after = kids[where + 1] if where + 1 < len(kids) else None
        node.previousSibling, node.nextSibling = before, after
        if before is not None:
            before.nextSibling = node
        if after is not None:
            after.previousSibling = node
        node.parentNode = self

    def appendChild(self, node):
        if node.nodeType == Node.DOCUMENT_FRAGMENT_NODE:
            for c in tuple(node.childNodes):
                self.appendChild(c)
            return node
        self._check_child(node)
        _detach(node)
        self.childNodes.append(node)
        self._link_at(len(self.childNodes) - 1)
        return node

    def replaceChild(self, newChild, oldChild):
        if newChild is oldChild:
            return None
        _detach(newChild)
        where = self._position_of(oldChild)
        self.childNodes[where] = newChild
        self._link_at(where)
        _orphan(oldChild)
        return oldChild

    def removeChild(self, oldChild):
        del self.childNodes[self._position_of(oldChild)]
        before, after = oldChild.previousSibling, oldChild.nextSibling
        if after is not None:
            after.previousSibling = before
        if before is not None:
            before.nextSibling = after
        _orphan(oldChild)
        return oldChild

    def normalize(self):
        """Merge adjacent text nodes and drop empty ones."""
        kept = []
        for child in self.childNodes:
            if child.nodeType == Node.TEXT_NODE:
                if not child.data:
                    continue
                if kept and kept[-1].nodeType == Node.TEXT_NODE:
                    kept[-1].data = kept[-1].data + child.data
                    continue
            elif child.nodeType == Node.ELEMENT_NODE:
                child.normalize()
            kept.append(child)
        self.childNodes[:] = kept
        prev = None
        for child in kept:
            child.previousSibling = prev
            if prev is not None:
                prev.nextSibling = child
            prev = child
        if prev is not None:
            prev.nextSibling = None

    def cloneNode(self, deep):
        return _clone_node(self, deep, self.ownerDocument or self)

    def isSameNode(self, other):
        return self is other

    def unlink(self):
        self.parentNode = self.ownerDocument = None
        for child in self.childNodes:
            child.unlink()
        self.childNodes = NodeList()
        self.previousSibling = None
        self.nextSibling = None

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        self.unlink()


class DocumentFragment(Node):
    nodeType = Node.DOCUMENT_FRAGMENT_NODE
    nodeName = "#document-fragment"
    _child_node_types = (Node.ELEMENT_NODE, Node.TEXT_NODE, Node.CDATA_SECTION_NODE,
                         Node.ENTITY_REFERENCE_NODE, Node.PROCESSING_INSTRUCTION_NODE,
                         Node.COMMENT_NODE, Node.NOTATION_NODE)

    def __init__(self):
        self.childNodes = NodeList()


class Attr(Node):
    """An attribute: name, value and namespace information."""
    nodeType = Node.ATTRIBUTE_NODE
    specified = False
    ownerElement = None
    _child_node_types = (Node.TEXT_NODE, Node.ENTITY_REFERENCE_NODE)

    def __init__(self, qName, namespaceURI=EMPTY_NAMESPACE, localName=None, prefix=None):
        self.name = self.nodeName = qName
        self.namespaceURI = namespaceURI
        if localName is None:
            localName = qName.split(":", 1)[-1]
        self.localName = localName
        self.prefix = prefix
        self.value = self.nodeValue = ""
        self.childNodes = NodeList()

    def _set(self, value):
        self.value = self.nodeValue = value

    def unlink(self):
        self.ownerElement = None
        Node.unlink(self)


class NamedNodeMap(object):
    """The attributes of an element, by name (and by (uri, local name))."""

    def __init__(self, attrs, attrsNS, ownerElement):
        self._attrs = attrs
        self._attrsNS = attrsNS
        self._ownerElement = ownerElement

    @property
    def length(self):
        return len(self._attrs)

    def item(self, index):
        try:
            return self[self._attrs.keys()[index]]
        except IndexError:
            return None

    def items(self):
        return [(node.nodeName, node.value) for node in self._attrs.values()]

    def itemsNS(self):
        return [((node.namespaceURI, node.localName), node.value) for node in self._attrs.values()]

    def has_key(self, key):
        return key in self._attrs or key in self._attrsNS

    __contains__ = has_key

    def keys(self):
        return self._attrs.keys()

    def keysNS(self):
        return self._attrsNS.keys()

    def values(self):
        return self._attrs.values()

    def get(self, name, value=None):
        return self._attrs.get(name, value)

    def __len__(self):
        return len(self._attrs)

    def __getitem__(self, key):
        if isinstance(key, tuple):
            return self._attrsNS[key]
        return self._attrs[key]

    def __setitem__(self, name, value):
        if isinstance(value, basestring):
            self._ownerElement.setAttribute(name, value)
        else:
            self._ownerElement.setAttributeNode(value)

    def getNamedItem(self, name):
        return self._attrs.get(name)

    def getNamedItemNS(self, namespaceURI, localName):
        return self._attrsNS.get((namespaceURI, localName))

    def removeNamedItem(self, name):
        node = self._attrs.get(name)
        if node is None:
            raise xml.dom.NotFoundErr()
        self._ownerElement.removeAttributeNode(node)
        return node

    def setNamedItem(self, node):
        return self._ownerElement.setAttributeNode(node)

    def __delitem__(self, name):
        self.removeNamedItem(name)

AttributeList = NamedNodeMap


class Element(Node):
    """An element: tagName, attributes and children."""
    nodeType = Node.ELEMENT_NODE
    _child_node_types = (Node.ELEMENT_NODE, Node.PROCESSING_INSTRUCTION_NODE,
                         Node.COMMENT_NODE, Node.TEXT_NODE,
                         Node.CDATA_SECTION_NODE, Node.ENTITY_REFERENCE_NODE)

    def __init__(self, tagName, namespaceURI=EMPTY_NAMESPACE, prefix=None, localName=None):
        self.tagName = self.nodeName = tagName
        self.prefix = prefix
        self.namespaceURI = namespaceURI
        self.localName = localName if localName is not None else tagName.split(":", 1)[-1]
        self.childNodes = NodeList()
        self._attrs = {}
        self._attrsNS = {}

    def _get_attributes(self):
        return NamedNodeMap(self._attrs, self._attrsNS, self)

    attributes = property(_get_attributes)

    def unlink(self):
        for attr in self._attrs.values():
            attr.unlink()
        self._attrs = {}
        self._attrsNS = {}
        Node.unlink(self)

    def getAttribute(self, attname):
        attr = self._attrs.get(attname)
        if attr is None:
            return ""
        return attr.value

    def getAttributeNS(self, namespaceURI, localName):
        attr = self._attrsNS.get((namespaceURI, localName))
        if attr is None:
            return ""
        return attr.value

    def setAttribute(self, attname, value):
        attr = self._attrs.get(attname)
        if attr is None:
            attr = Attr(attname)
            attr._set(value)
            attr.ownerDocument = self.ownerDocument
            self.setAttributeNode(attr)
        else:
            attr._set(value)

    def setAttributeNS(self, namespaceURI, qualifiedName, value):
        prefix, localname = _nssplit(qualifiedName)
        attr = self._attrsNS.get((namespaceURI, localname))
        if attr is None:
            attr = Attr(qualifiedName, namespaceURI, localname, prefix)
            attr._set(value)
            attr.ownerDocument = self.ownerDocument
            self.setAttributeNode(attr)
        else:
            attr._set(value)
            if attr.nodeName != qualifiedName:
                del self._attrs[attr.nodeName]
                attr.name = attr.nodeName = qualifiedName
                attr.prefix = prefix
                self._attrs[qualifiedName] = attr

    def getAttributeNode(self, attrname):
        return self._attrs.get(attrname)

    def getAttributeNodeNS(self, namespaceURI, localName):
        return self._attrsNS.get((namespaceURI, localName))

    def setAttributeNode(self, attr):
        if attr.ownerElement not in (None, self):
            raise xml.dom.InuseAttributeErr("attribute node already owned")
        old = self._attrs.get(attr.name)
        if old is not None and old is not attr:
            self.removeAttributeNode(old)
        self._attrs[attr.name] = attr
        self._attrsNS[(attr.namespaceURI, attr.localName)] = attr
        attr.ownerElement = self
        return old

    setAttributeNodeNS = setAttributeNode

    def removeAttribute(self, name):
        try:
            attr = self._attrs[name]
        except KeyError:
            raise xml.dom.NotFoundErr()
        self.removeAttributeNode(attr)

    def removeAttributeNS(self, namespaceURI, localName):
        try:
            attr = self._attrsNS[(namespaceURI, localName)]
        except KeyError:
            raise xml.dom.NotFoundErr()
        self.removeAttributeNode(attr)

    def removeAttributeNode(self, node):
        if node is None or self._attrs.get(node.name) is not node:
            raise xml.dom.NotFoundErr()
        del self._attrs[node.name]
        self._attrsNS.pop((node.namespaceURI, node.localName), None)
        node.ownerElement = None
        return node

    def hasAttribute(self, name):
        return name in self._attrs

    def hasAttributeNS(self, namespaceURI, localName):
        return (namespaceURI, localName) in self._attrsNS

    def hasAttributes(self):
        return bool(self._attrs)

    def getElementsByTagName(self, name):
        return _get_elements_by_tag_name(self, name, NodeList())

    def getElementsByTagNameNS(self, namespaceURI, localName):
        return _get_elements_by_tag_name_ns(self, namespaceURI, localName, NodeList())

    def __repr__(self):
        return "<DOM Element: %s at %#x>" % (self.tagName, id(self))

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write(indent + "<" + self.tagName)
        for name in sorted(self._attrs.keys()):
            writer.write(" %s=\"" % name)
            _write_data(writer.write, self._attrs[name].value)
            writer.write("\"")
        if self.childNodes:
            writer.write(">")
            if len(self.childNodes) == 1 and self.childNodes[0].nodeType == Node.TEXT_NODE:
                self.childNodes[0].writexml(writer, '', '', '')
            else:
                writer.write(newl)
                for node in self.childNodes:
                    node.writexml(writer, indent + addindent, addindent, newl)
                writer.write(indent)
            writer.write("</%s>%s" % (self.tagName, newl))
        else:
            writer.write("/>%s" % newl)


def _get_elements_by_tag_name(parent, name, rc):
    for node in parent.childNodes:
        if node.nodeType == Node.ELEMENT_NODE:
            if name == "*" or node.tagName == name:
                rc.append(node)
            _get_elements_by_tag_name(node, name, rc)
    return rc


def _get_elements_by_tag_name_ns(parent, nsURI, localName, rc):
    for node in parent.childNodes:
        if node.nodeType == Node.ELEMENT_NODE:
            if (localName == "*" or node.localName == localName) and \
                    (nsURI == "*" or node.namespaceURI == nsURI):
                rc.append(node)
            _get_elements_by_tag_name_ns(node, nsURI, localName, rc)
    return rc


def _nssplit(qualifiedName):
    fields = qualifiedName.split(':', 1)
    if len(fields) == 2:
        return fields
    return (None, fields[0])


class _Leaf(Node):
    """Nodes without children."""
    childNodes = NodeList()
    _child_node_types = ()

    def appendChild(self, node):
        raise xml.dom.HierarchyRequestErr(self.nodeName + " nodes cannot have children")

    def insertBefore(self, newChild, refChild):
        raise xml.dom.HierarchyRequestErr(self.nodeName + " nodes do not have children")

    def removeChild(self, oldChild):
        raise xml.dom.NotFoundErr(self.nodeName + " nodes do not have children")

    def hasChildNodes(self):
        return False


class CharacterData(_Leaf):
    def __init__(self, data=""):
        self._data = data

    def _get_data(self):
        return self._data

    def _set_data(self, data):
        self._data = data

    data = nodeValue = property(_get_data, _set_data)

    @property
    def length(self):
        return len(self._data)

    def __repr__(self):
        text = self.data
        more = "..." if len(text) > 10 else ""
        return '<DOM %s node "%r%s">' % (self.__class__.__name__, text[:10], more)

    # The editing methods check their range the same way, then splice:
    # keep data[:offset], put `arg` in place of the `count` characters
    # that follow, keep the rest.  A zero count deletes/replaces nothing.
    def _check_range(self, offset, count=0):
        if offset < 0:
            raise xml.dom.IndexSizeErr("offset cannot be negative")
        # (2.7 refuses even offset == len(data), so nothing can be
        # inserted at the very end; appendData does that)
        if offset >= len(self.data):
            raise xml.dom.IndexSizeErr("offset cannot be beyond end of data")
        if count < 0:
            raise xml.dom.IndexSizeErr("count cannot be negative")

    def _splice(self, offset, count, arg):
        text = self.data
        self.data = text[:offset] + arg + text[offset + count:]

    def substringData(self, offset, count):
        self._check_range(offset, count)
        return self.data[offset:offset + count]

    def appendData(self, arg):
        self.data += arg

    def insertData(self, offset, arg):
        self._check_range(offset)
        self._splice(offset, 0, arg)

    def deleteData(self, offset, count):
        self._check_range(offset, count)
        if count:
            self._splice(offset, count, "")

    def replaceData(self, offset, count, arg):
        self._check_range(offset, count)
        if count:
            self._splice(offset, count, arg)


class Text(CharacterData):
    nodeType = Node.TEXT_NODE
    nodeName = "#text"
    attributes = None

    def splitText(self, offset):
        if not 0 <= offset <= len(self.data):
            raise xml.dom.IndexSizeErr("illegal offset value")
        # the tail moves to a new node of the same class right after this one
        tail = self.__class__()
        tail.ownerDocument = self.ownerDocument
        tail.data = self.data[offset:]
        if self.parentNode:
            self.parentNode.insertBefore(tail, self.nextSibling)
        self.data = self.data[:offset]
        return tail

    def writexml(self, writer, indent="", addindent="", newl=""):
        _write_data(writer.write, "%s%s%s" % (indent, self.data, newl))

    @property
    def wholeText(self):
        return self.data


class Comment(CharacterData):
    nodeType = Node.COMMENT_NODE
    nodeName = "#comment"

    def writexml(self, writer, indent="", addindent="", newl=""):
        if "--" in self.data:
            raise ValueError("'--' is not allowed in a comment node")
        writer.write("%s<!--%s-->%s" % (indent, self.data, newl))


class CDATASection(Text):
    nodeType = Node.CDATA_SECTION_NODE
    nodeName = "#cdata-section"

    def writexml(self, writer, indent="", addindent="", newl=""):
        if self.data.find("]]>") >= 0:
            raise ValueError("']]>' not allowed in a CDATA section")
        writer.write("<![CDATA[%s]]>" % self.data)


class ProcessingInstruction(_Leaf):
    nodeType = Node.PROCESSING_INSTRUCTION_NODE

    def __init__(self, target, data):
        self.target = self.nodeName = target
        self.data = self.nodeValue = data

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write("%s<?%s %s?>%s" % (indent, self.target, self.data, newl))


class DocumentType(_Leaf):
    nodeType = Node.DOCUMENT_TYPE_NODE
    name = None
    publicId = None
    systemId = None
    internalSubset = None

    def __init__(self, qualifiedName):
        self.name = self.nodeName = qualifiedName

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write("<!DOCTYPE ")
        writer.write(self.name)
        if self.publicId:
            writer.write("%s  PUBLIC '%s'%s  '%s'" % (newl, self.publicId, newl, self.systemId))
        elif self.systemId:
            writer.write("%s  SYSTEM '%s'" % (newl, self.systemId))
        if self.internalSubset is not None:
            writer.write(" [")
            writer.write(self.internalSubset)
            writer.write("]")
        writer.write(">" + newl)


class DOMImplementation(object):
    def hasFeature(self, feature, version):
        return feature.lower() in ("core", "xml")

    def createDocument(self, namespaceURI, qualifiedName, doctype):
        doc = Document()
        if doctype is not None:
            doc.appendChild(doctype)
        if qualifiedName:
            prefix, localname = _nssplit(qualifiedName)
            doc.appendChild(doc.createElementNS(namespaceURI, qualifiedName))
        return doc

    def createDocumentType(self, qualifiedName, publicId, systemId):
        doctype = DocumentType(qualifiedName)
        doctype.publicId = publicId
        doctype.systemId = systemId
        return doctype


class Document(Node):
    """The document: the root of the tree and the factory of its nodes."""
    nodeType = Node.DOCUMENT_NODE
    nodeName = "#document"
    nodeValue = None
    attributes = None
    doctype = None
    implementation = DOMImplementation()
    _child_node_types = (Node.ELEMENT_NODE, Node.PROCESSING_INSTRUCTION_NODE,
                         Node.COMMENT_NODE, Node.DOCUMENT_TYPE_NODE)

    def __init__(self):
        self.childNodes = NodeList()
        self.encoding = None
        self.standalone = None
        self.version = None

    def _get_documentElement(self):
        for node in self.childNodes:
            if node.nodeType == Node.ELEMENT_NODE:
                return node
        return None

    documentElement = property(_get_documentElement)

    def appendChild(self, node):
        if node.nodeType == Node.ELEMENT_NODE and self._get_documentElement():
            raise xml.dom.HierarchyRequestErr("two document elements disallowed")
        if node.nodeType == Node.DOCUMENT_TYPE_NODE:
            self.doctype = node
        return Node.appendChild(self, node)

    def removeChild(self, oldChild):
        Node.removeChild(self, oldChild)
        if oldChild is self.doctype:
            self.doctype = None
        return oldChild

    def unlink(self):
        self.doctype = None
        Node.unlink(self)

    # The factory methods: each new node belongs to this document.
    def _adopt(self, node):
        node.ownerDocument = self
        return node

    def _adopt_text(self, kind, data):
        if not isinstance(data, basestring):
            raise TypeError("node contents must be a string")
        return self._adopt(kind(data))

    def createDocumentFragment(self):
        return self._adopt(DocumentFragment())

    def createElement(self, tagName):
        return self._adopt(Element(tagName))

    def createElementNS(self, namespaceURI, qualifiedName):
        prefix, localName = _nssplit(qualifiedName)
        return self._adopt(Element(qualifiedName, namespaceURI, prefix, localName))

    def createTextNode(self, data):
        return self._adopt_text(Text, data)

    def createCDATASection(self, data):
        return self._adopt_text(CDATASection, data)

    def createComment(self, data):
        return self._adopt(Comment(data))

    def createProcessingInstruction(self, target, data):
        return self._adopt(ProcessingInstruction(target, data))

    def createAttribute(self, qName):
        attr = self._adopt(Attr(qName))
        attr.value = ""
        return attr

    def createAttributeNS(self, namespaceURI, qualifiedName):
        prefix, localName = _nssplit(qualifiedName)
        attr = self._adopt(Attr(qualifiedName, namespaceURI, localName, prefix))
        attr.value = ""
        return attr

    def getElementsByTagName(self, name):
        return _get_elements_by_tag_name(self, name, NodeList())

    def getElementsByTagNameNS(self, namespaceURI, localName):
        return _get_elements_by_tag_name_ns(self, namespaceURI, localName, NodeList())

    def getElementById(self, id):
        for node in _get_elements_by_tag_name(self, "*", NodeList()):
            if node.getAttribute("id") == id:
                return node
        return None

    def importNode(self, node, deep):
        return _clone_node(node, deep, self)

    def writexml(self, writer, indent="", addindent="", newl="", encoding=None):
        if encoding is None:
            writer.write('<?xml version="1.0" ?>' + newl)
        else:
            writer.write('<?xml version="1.0" encoding="%s"?>%s' % (encoding, newl))
        for node in self.childNodes:
            node.writexml(writer, indent, addindent, newl)


def _clone_node(node, deep, newOwnerDocument):
    if node.nodeType == Node.ELEMENT_NODE:
        clone = newOwnerDocument.createElementNS(node.namespaceURI, node.nodeName) \
            if node.namespaceURI else newOwnerDocument.createElement(node.nodeName)
        for attr in node._attrs.values():
            if attr.namespaceURI:
                clone.setAttributeNS(attr.namespaceURI, attr.nodeName, attr.value)
            else:
                clone.setAttribute(attr.nodeName, attr.value)
            clone._attrs[attr.nodeName].specified = attr.specified
        if deep:
            for child in node.childNodes:
                clone.appendChild(_clone_node(child, deep, newOwnerDocument))
    elif node.nodeType == Node.DOCUMENT_FRAGMENT_NODE:
        clone = newOwnerDocument.createDocumentFragment()
        if deep:
            for child in node.childNodes:
                clone.appendChild(_clone_node(child, deep, newOwnerDocument))
    elif node.nodeType == Node.TEXT_NODE:
        clone = newOwnerDocument.createTextNode(node.data)
    elif node.nodeType == Node.CDATA_SECTION_NODE:
        clone = newOwnerDocument.createCDATASection(node.data)
    elif node.nodeType == Node.PROCESSING_INSTRUCTION_NODE:
        clone = newOwnerDocument.createProcessingInstruction(node.target, node.data)
    elif node.nodeType == Node.COMMENT_NODE:
        clone = newOwnerDocument.createComment(node.data)
    elif node.nodeType == Node.ATTRIBUTE_NODE:
        clone = newOwnerDocument.createAttributeNS(node.namespaceURI, node.nodeName)
        clone.specified = True
        clone.value = clone.nodeValue = node.value
    elif node.nodeType == Node.DOCUMENT_TYPE_NODE:
        clone = DocumentType(node.name)
        clone.publicId = node.publicId
        clone.systemId = node.systemId
    else:
        raise xml.dom.NotSupportedErr("Cannot clone node %s" % repr(node))
    return clone


class _Builder(object):
    """Builds a Document from pyexpat events (namespaces resolved here, so
    element and attribute names keep their prefixes)."""

    def __init__(self):
        self.document = Document()
        self.current = self.document
        self.scopes = [{"xml": XML_NAMESPACE}]
        self.pending = []

    def _uri(self, prefix):
        for scope in reversed(self.scopes):
            if prefix in scope:
                return scope[prefix]
        return None

    def _flush(self):
        if self.pending:
            data = u"".join(self.pending)
            self.pending = []
            node = self.document.createTextNode(data)
            self.current.appendChild(node)

    def start(self, name, attrs):
        self._flush()
        scope = {}
        for i in range(0, len(attrs), 2):
            aname = attrs[i]
            if aname == "xmlns":
                scope[None] = attrs[i + 1] or None
            elif aname.startswith("xmlns:"):
                scope[aname[6:]] = attrs[i + 1]
        self.scopes.append(scope)
        prefix, local = _nssplit(name)
        uri = self._uri(prefix)
        if uri is not None:
            elem = self.document.createElementNS(uri, name)
        else:
            elem = self.document.createElement(name)
        for i in range(0, len(attrs), 2):
            aname = attrs[i]
            value = attrs[i + 1]
            if aname == "xmlns" or aname.startswith("xmlns:"):
                attr = Attr(aname, XMLNS_NAMESPACE, aname.split(":", 1)[-1],
                            "xmlns" if ":" in aname else None)
            else:
                aprefix, alocal = _nssplit(aname)
                auri = self._uri(aprefix) if aprefix is not None else None
                attr = Attr(aname, auri, alocal, aprefix)
            attr._set(value)
            attr.ownerDocument = self.document
            attr.specified = True
            elem.setAttributeNode(attr)
        self.current.appendChild(elem)
        self.current = elem

    def end(self, name):
        self._flush()
        self.scopes.pop()
        self.current = self.current.parentNode

    def data(self, text):
        self.pending.append(text)

    def comment(self, text):
        self._flush()
        self.current.appendChild(self.document.createComment(text))

    def pi(self, target, data):
        self._flush()
        self.current.appendChild(self.document.createProcessingInstruction(target, data))

    def start_cdata(self):
        self._flush()
        self.in_cdata = True

    def end_cdata(self):
        data = u"".join(self.pending)
        self.pending = []
        self.current.appendChild(self.document.createCDATASection(data))

    def doctype(self, name, sysid, pubid, has_subset):
        doctype = self.document.implementation.createDocumentType(name, pubid, sysid)
        doctype.ownerDocument = self.document
        self.document.appendChild(doctype)

    def xmldecl(self, version, encoding, standalone):
        self.document.version = version
        self.document.encoding = encoding
        if standalone >= 0:
            self.document.standalone = bool(standalone)

    def parser(self):
        import pyexpat
        p = pyexpat.ParserCreate()
        p.ordered_attributes = True
        p.buffer_text = True
        p.StartElementHandler = self.start
        p.EndElementHandler = self.end
        p.CharacterDataHandler = self.data
        p.CommentHandler = self.comment
        p.ProcessingInstructionHandler = self.pi
        p.StartCdataSectionHandler = self.start_cdata
        p.EndCdataSectionHandler = self.end_cdata
        p.StartDoctypeDeclHandler = self.doctype
        p.XmlDeclHandler = self.xmldecl
        return p


def parse(file, parser=None, bufsize=None):
    """A Document parsed from a file name or file object."""
    if parser is not None:
        raise ValueError("only the built-in parser is available")
    builder = _Builder()
    p = builder.parser()
    if isinstance(file, basestring):
        fp = open(file, 'rb')
        try:
            p.ParseFile(fp)
        finally:
            fp.close()
    else:
        p.ParseFile(file)
    return builder.document


def parseString(string, parser=None):
    """A Document parsed from a string."""
    if parser is not None:
        raise ValueError("only the built-in parser is available")
    builder = _Builder()
    builder.parser().Parse(string, True)
    return builder.document


def getDOMImplementation(features=None):
    return Document.implementation
