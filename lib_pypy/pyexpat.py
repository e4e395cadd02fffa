"""A pure-Python stand-in for the pyexpat module: a non-validating XML
parser with expat's interface (ParserCreate, handlers, ExpatError), enough
for xml.etree, xml.dom.minidom and xml.sax.

The input is collected until Parse(..., isfinal=True) and parsed at once;
internal DTD subsets are skipped and only the five predefined entities and
character references are known."""

import sys

EXPAT_VERSION = 'expat_2.2.8'
version_info = (2, 2, 8)
native_encoding = 'UTF-8'
features = [('sizeof(XML_Char)', 1), ('sizeof(XML_LChar)', 1)]


class ExpatError(Exception):
    pass

error = ExpatError


class _Namespace(object):
    pass

errors = _Namespace()
errors.__name__ = 'pyexpat.errors'
_MESSAGES = [
    None,
    "out of memory",
    "syntax error",
    "no element found",
    "not well-formed (invalid token)",
    "unclosed token",
    "partial character",
    "mismatched tag",
    "duplicate attribute",
    "junk after document element",
    "illegal parameter entity reference",
    "undefined entity",
    "recursive entity reference",
    "asynchronous entity",
    "reference to invalid character number",
    "reference to binary entity",
    "reference to external entity in attribute",
    "XML or text declaration not at start of entity",
    "unknown encoding",
    "encoding specified in XML declaration is incorrect",
    "unclosed CDATA section",
    "error in processing external entity reference",
    "document is not standalone",
    "unexpected parser state - please send a bug report",
    "entity declared in parameter entity",
    "requested feature requires XML_DTD support in Expat",
    "cannot change setting once parsing has begun",
    "unbound prefix",
]
_NAMES = ["", "NO_MEMORY", "SYNTAX", "NO_ELEMENTS", "INVALID_TOKEN", "UNCLOSED_TOKEN",
          "PARTIAL_CHAR", "TAG_MISMATCH", "DUPLICATE_ATTRIBUTE", "JUNK_AFTER_DOC_ELEMENT",
          "PARAM_ENTITY_REF", "UNDEFINED_ENTITY", "RECURSIVE_ENTITY_REF", "ASYNC_ENTITY",
          "BAD_CHAR_REF", "BINARY_ENTITY_REF", "ATTRIBUTE_EXTERNAL_ENTITY_REF",
          "MISPLACED_XML_PI", "UNKNOWN_ENCODING", "INCORRECT_ENCODING",
          "UNCLOSED_CDATA_SECTION", "EXTERNAL_ENTITY_HANDLING", "NOT_STANDALONE",
          "UNEXPECTED_STATE", "ENTITY_DECLARED_IN_PE", "FEATURE_REQUIRES_XML_DTD",
          "CANT_CHANGE_FEATURE_ONCE_PARSING", "UNBOUND_PREFIX"]
for _code in range(1, len(_NAMES)):
    setattr(errors, "XML_ERROR_" + _NAMES[_code], _MESSAGES[_code])
del _code

model = _Namespace()
model.__name__ = 'pyexpat.model'
for _i, _n in enumerate(["EMPTY", "ANY", "MIXED", "NAME", "CHOICE", "SEQ"]):
    setattr(model, "XML_CTYPE_" + _n, _i + 1)
for _i, _n in enumerate(["NONE", "OPT", "REP", "PLUS"]):
    setattr(model, "XML_CQUANT_" + _n, _i)
del _i, _n

XML_PARAM_ENTITY_PARSING_NEVER = 0
XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE = 1
XML_PARAM_ENTITY_PARSING_ALWAYS = 2


def ErrorString(code):
    if 0 < code < len(_MESSAGES):
        return _MESSAGES[code]
    return None


_PREDEFINED = {'amp': u'&', 'lt': u'<', 'gt': u'>', 'quot': u'"', 'apos': u"'"}
_NAME_START = u'_:' + u''.join(unichr(c) for c in range(65, 91)) + u''.join(unichr(c) for c in range(97, 123))
_NAME_CHARS = _NAME_START + u'-.0123456789'
_SPACE = u' \t\r\n'

_HANDLERS = ['StartElementHandler', 'EndElementHandler', 'ProcessingInstructionHandler',
             'CharacterDataHandler', 'UnparsedEntityDeclHandler', 'NotationDeclHandler',
             'StartNamespaceDeclHandler', 'EndNamespaceDeclHandler', 'CommentHandler',
             'StartCdataSectionHandler', 'EndCdataSectionHandler', 'DefaultHandler',
             'DefaultHandlerExpand', 'NotStandaloneHandler', 'ExternalEntityRefHandler',
             'StartDoctypeDeclHandler', 'EndDoctypeDeclHandler', 'EntityDeclHandler',
             'XmlDeclHandler', 'ElementDeclHandler', 'AttlistDeclHandler',
             'SkippedEntityHandler']


class _Stop(Exception):
    def __init__(self, code, pos):
        self.code = code
        self.pos = pos


class xmlparser(object):
    """One parser (create it with ParserCreate)."""

    def __init__(self, encoding, namespace_separator, intern):
        for name in _HANDLERS:
            setattr(self, name, None)
        self._encoding = encoding
        self._sep = namespace_separator
        self.intern = intern
        self.buffer_text = False
        self.buffer_size = 8192
        self.buffer_used = 0
        self.ordered_attributes = False
        self.specified_attributes = False
        self.returns_unicode = True
        self.namespace_prefixes = False
        self.ErrorCode = 0
        self.ErrorLineNumber = 1
        self.ErrorColumnNumber = 0
        self.ErrorByteIndex = -1
        self.CurrentLineNumber = 1
        self.CurrentColumnNumber = 0
        self.CurrentByteIndex = 0
        self._chunks = []
        self._done = False
        self._text = u''

    def SetParamEntityParsing(self, flag):
        return 1

    def UseForeignDTD(self, flag=True):
        pass

    def SetBase(self, base):
        self._base = base

    def GetBase(self):
        return getattr(self, '_base', None)

    def ExternalEntityParserCreate(self, context, encoding=None):
        return xmlparser(encoding, self._sep, self.intern)

    def ParseFile(self, file):
        while True:
            data = file.read(16384)
            if not data:
                break
            self.Parse(data, False)
        return self.Parse('', True)

    def Parse(self, data, isfinal=False):
        if self._done:
            self._raise(_Stop(23, 0))
        if data:
            self._chunks.append(data)
        if not isfinal:
            return 1
        self._done = True
        raw = ''.join(self._chunks) if not any(isinstance(c, unicode) for c in self._chunks) \
            else u''.join(c if isinstance(c, unicode) else c.decode('utf-8') for c in self._chunks)
        self._chunks = []
        try:
            text = self._decode(raw)
        except _Stop as e:
            self._raise(e)
        self._text = text
        try:
            self._parse(text)
        except _Stop as e:
            self._raise(e)
        return 1

    # ---- decoding -------------------------------------------------------

    def _decode(self, raw):
        if isinstance(raw, unicode):
            return raw
        encoding = self._encoding
        if raw.startswith('\xef\xbb\xbf'):
            raw = raw[3:]
            encoding = encoding or 'utf-8'
        if encoding is None and raw.startswith('<?xml'):
            end = raw.find('?>')
            decl = raw[:end]
            i = decl.find('encoding')
            if i >= 0:
                rest = decl[i + 8:].lstrip().lstrip('=').lstrip()
                if rest[:1] in ('"', "'"):
                    encoding = rest[1:rest.find(rest[0], 1)]
        encoding = (encoding or 'utf-8').lower()
        try:
            if encoding in ('utf-8', 'utf8'):
                return raw.decode('utf-8')
            if encoding in ('us-ascii', 'ascii'):
                return raw.decode('ascii')
            if encoding in ('iso-8859-1', 'latin-1', 'latin1', 'iso8859-1'):
                return raw.decode('latin-1')
            return raw.decode(encoding)
        except LookupError:
            raise _Stop(18, 0)
        except UnicodeError:
            raise _Stop(4, 0)

    # ---- errors and positions --------------------------------------------

    def _position(self, pos):
        text = self._text
        line = text.count(u'\n', 0, pos) + 1
        column = pos - (text.rfind(u'\n', 0, pos) + 1)
        return line, column

    def _raise(self, stop):
        line, column = self._position(stop.pos)
        self.ErrorCode = stop.code
        self.ErrorLineNumber = line
        self.ErrorColumnNumber = column
        self.ErrorByteIndex = stop.pos
        err = ExpatError("%s: line %d, column %d" % (ErrorString(stop.code), line, column))
        err.code = stop.code
        err.lineno = line
        err.offset = column
        raise err

    def _at(self, pos):
        # expat's Error* position is the current one while no error occurred
        self.CurrentByteIndex = self.ErrorByteIndex = pos
        self.CurrentLineNumber, self.CurrentColumnNumber = self._position(pos)
        self.ErrorLineNumber = self.CurrentLineNumber
        self.ErrorColumnNumber = self.CurrentColumnNumber

    def _out(self, s):
        if self.returns_unicode:
            return s
        return s.encode('utf-8')

    # ---- the tokenizer ---------------------------------------------------

    def _name(self, text, i):
        j = i
        n = len(text)
        if j >= n or not (text[j] in _NAME_START or text[j] > u'\x7f'):
            raise _Stop(4, i)
        while j < n and (text[j] in _NAME_CHARS or text[j] > u'\x7f'):
            j += 1
        return text[i:j], j

    def _skip_space(self, text, i):
        n = len(text)
        while i < n and text[i] in _SPACE:
            i += 1
        return i

    def _expand(self, text, start, end, in_attr):
        """Replace references in text[start:end]."""
        chunk = text[start:end]
        if u'&' not in chunk and not (in_attr and (u'\n' in chunk or u'\t' in chunk or u'\r' in chunk)):
            return chunk.replace(u'\r\n', u'\n')
        out = []
        i = start
        while i < end:
            c = text[i]
            if c == u'&':
                j = text.find(u';', i, end)
                if j < 0:
                    raise _Stop(4, i)
                ref = text[i + 1:j]
                if ref.startswith(u'#'):
                    try:
                        if ref[1:2] in (u'x', u'X'):
                            cp = int(ref[2:], 16)
                        else:
                            cp = int(ref[1:])
                        out.append(unichr(cp))
                    except (ValueError, OverflowError):
                        raise _Stop(14, i)
                elif ref in _PREDEFINED:
                    out.append(_PREDEFINED[ref])
                else:
                    raise _Stop(11, i)
                i = j + 1
            elif in_attr and c in u'\t\n\r':
                out.append(u' ')
                i += 1
            elif c == u'<' and in_attr:
                raise _Stop(4, i)
            else:
                out.append(c)
                i += 1
        return u''.join(out).replace(u'\r\n', u'\n')

    def _pieces(self, text, start, end):
        """Character data text[start:end] as expat reports it unbuffered:
        each reference and each newline separately."""
        pieces = []
        i = start
        while i < end:
            amp = text.find(u'&', i, end)
            stop = end if amp < 0 else amp
            while i < stop:
                nl = text.find(u'\n', i, stop)
                if nl < 0:
                    pieces.append(text[i:stop])
                    i = stop
                else:
                    if nl > i:
                        pieces.append(text[i:nl])
                    pieces.append(u'\n')
                    i = nl + 1
            if amp >= 0:
                semi = text.find(u';', amp, end)
                if semi < 0:
                    raise _Stop(4, amp)
                pieces.append(self._expand(text, amp, semi + 1, False))
                i = semi + 1
        return pieces

    def _data(self, s, pending):
        if not s:
            return
        if self.CharacterDataHandler is not None:
            if self.buffer_text:
                pending.append(s)
            else:
                self.CharacterDataHandler(self._out(s))
        elif self.DefaultHandlerExpand is not None:
            self.DefaultHandlerExpand(self._out(s))
        elif self.DefaultHandler is not None:
            self.DefaultHandler(self._out(s))

    def _flush(self, pending):
        if pending:
            s = u''.join(pending)
            del pending[:]
            if self.CharacterDataHandler is not None:
                self.CharacterDataHandler(self._out(s))

    def _qualify(self, name, scopes, is_attr, pos):
        """uri + separator + local name, when namespaces are processed."""
        if self._sep is None:
            return name
        if u':' in name:
            prefix, local = name.split(u':', 1)
            if prefix == u'xml':
                return u'http://www.w3.org/XML/1998/namespace' + self._sep + local
            for scope in reversed(scopes):
                if prefix in scope:
                    uri = scope[prefix]
                    break
            else:
                raise _Stop(27, pos)
            if self.namespace_prefixes:
                return uri + self._sep + local + self._sep + prefix
            return uri + self._sep + local
        if is_attr:
            return name
        for scope in reversed(scopes):
            if u'' in scope:
                uri = scope[u'']
                if uri:
                    return uri + self._sep + name
                return name
        return name

    def _parse(self, text):
        n = len(text)
        i = 0
        stack = []           # open element names, with their start positions
        scopes = []          # namespace declarations per open element
        pending = []         # buffered character data
        seen_root = False
        if text.startswith(u'<?xml') and (n == 5 or text[5] in _SPACE):
            end = text.find(u'?>')
            if end < 0:
                raise _Stop(5, 0)
            self._xmldecl(text[5:end])
            i = end + 2
        while i < n:
            lt = text.find(u'<', i)
            if lt < 0:
                lt = n
            if lt > i:
                if stack:
                    self._at(i)
                    if self.buffer_text or self.CharacterDataHandler is None:
                        self._data(self._expand(text, i, lt, False), pending)
                    else:
                        for piece in self._pieces(text, i, lt):
                            self._data(piece, pending)
                elif text[i:lt].strip(_SPACE):
                    raise _Stop(9 if seen_root else 2, i + len(text[i:lt]) - len(text[i:lt].lstrip(_SPACE)))
                i = lt
                if i >= n:
                    break
            if text.startswith(u'<!--', i):
                end = text.find(u'-->', i + 4)
                if end < 0:
                    raise _Stop(5, i)
                self._flush(pending)
                self._at(i)
                if self.CommentHandler is not None:
                    self.CommentHandler(self._out(text[i + 4:end]))
                i = end + 3
            elif text.startswith(u'<![CDATA[', i):
                if not stack:
                    raise _Stop(4, i)
                end = text.find(u']]>', i + 9)
                if end < 0:
                    raise _Stop(20, i)
                self._at(i)
                if self.StartCdataSectionHandler is not None:
                    self._flush(pending)
                    self.StartCdataSectionHandler()
                self._data(text[i + 9:end], pending)
                if self.EndCdataSectionHandler is not None:
                    self._flush(pending)
                    self.EndCdataSectionHandler()
                i = end + 3
            elif text.startswith(u'<!DOCTYPE', i):
                i = self._doctype(text, i)
            elif text.startswith(u'<?', i):
                end = text.find(u'?>', i + 2)
                if end < 0:
                    raise _Stop(5, i)
                target, j = self._name(text, i + 2)
                if target.lower() == u'xml':
                    raise _Stop(17, i)
                self._flush(pending)
                self._at(i)
                if self.ProcessingInstructionHandler is not None:
                    self.ProcessingInstructionHandler(self._out(target), self._out(text[j:end].lstrip(_SPACE)))
                i = end + 2
            elif text.startswith(u'</', i):
                name, j = self._name(text, i + 2)
                j = self._skip_space(text, j)
                if j >= n:
                    raise _Stop(5, i)
                if text[j] != u'>':
                    raise _Stop(4, j)
                if not stack or stack[-1] != name:
                    raise _Stop(7, i + 2)
                self._flush(pending)
                self._at(i)
                stack.pop()
                if self.EndElementHandler is not None:
                    self.EndElementHandler(self._out(self._qualify(name, scopes, False, i)))
                self._end_scope(scopes.pop())
                i = j + 1
            elif text.startswith(u'<!', i):
                raise _Stop(4, i + 1)
            else:
                if seen_root and not stack:
                    raise _Stop(9, i)
                i = self._start_tag(text, i, stack, scopes, pending)
                seen_root = True
        if stack:
            raise _Stop(3 if True else 5, n)
        if not seen_root:
            raise _Stop(3, n)

    def _end_scope(self, scope):
        if self.EndNamespaceDeclHandler is not None:
            for prefix in scope:
                self.EndNamespaceDeclHandler(self._out(prefix) if prefix else None)

    def _start_tag(self, text, i, stack, scopes, pending):
        n = len(text)
        name, j = self._name(text, i + 1)
        attrs = []
        seen = {}
        while True:
            k = self._skip_space(text, j)
            if k >= n:
                raise _Stop(5 if True else 3, i)
            c = text[k]
            if c == u'>' or text.startswith(u'/>', k):
                break
            if k == j:
                raise _Stop(4, k)
            aname, j = self._name(text, k)
            j = self._skip_space(text, j)
            if j >= n:
                raise _Stop(5, i)
            if text[j] != u'=':
                raise _Stop(4, j)
            j = self._skip_space(text, j + 1)
            if j >= n:
                raise _Stop(5, i)
            quote = text[j]
            if quote not in u'"\'':
                raise _Stop(4, j)
            end = text.find(quote, j + 1)
            if end < 0:
                raise _Stop(5, i)
            if aname in seen:
                raise _Stop(8, k)
            seen[aname] = True
            attrs.append((aname, self._expand(text, j + 1, end, True)))
            j = end + 1
        empty = text[k] == u'/'
        after = k + (2 if empty else 1)
        # namespace declarations
        scope = {}
        if self._sep is not None:
            plain = []
            for aname, value in attrs:
                if aname == u'xmlns':
                    scope[u''] = value
                elif aname.startswith(u'xmlns:'):
                    scope[aname[6:]] = value
                else:
                    plain.append((aname, value))
            attrs = plain
        self._flush(pending)
        self._at(i)
        scopes.append(scope)
        if scope and self.StartNamespaceDeclHandler is not None:
            for prefix, uri in scope.items():
                self.StartNamespaceDeclHandler(self._out(prefix) if prefix else None,
                                               self._out(uri) if uri else None)
        qname = self._out(self._qualify(name, scopes, False, i))
        if self.StartElementHandler is not None:
            if self.ordered_attributes:
                flat = []
                for aname, value in attrs:
                    flat.append(self._out(self._qualify(aname, scopes, True, i)))
                    flat.append(self._out(value))
                self.StartElementHandler(qname, flat)
            else:
                d = {}
                for aname, value in attrs:
                    d[self._out(self._qualify(aname, scopes, True, i))] = self._out(value)
                self.StartElementHandler(qname, d)
        if empty:
            if self.EndElementHandler is not None:
                self.EndElementHandler(qname)
            self._end_scope(scopes.pop())
        else:
            stack.append(name)
        return after

    def _xmldecl(self, decl):
        if self.XmlDeclHandler is None:
            return
        fields = {}
        for key in ('version', 'encoding', 'standalone'):
            k = decl.find(key)
            if k >= 0:
                rest = decl[k + len(key):].lstrip().lstrip(u'=').lstrip()
                if rest[:1] in (u'"', u"'"):
                    fields[key] = rest[1:rest.find(rest[0], 1)]
        standalone = fields.get('standalone')
        flag = -1 if standalone is None else (1 if standalone == u'yes' else 0)
        enc = fields.get('encoding')
        self.XmlDeclHandler(self._out(fields.get('version', u'1.0')),
                            self._out(enc) if enc is not None else None, flag)

    def _doctype(self, text, i):
        # <!DOCTYPE name [PUBLIC "p" "s" | SYSTEM "s"] [internal subset]>
        n = len(text)
        j = self._skip_space(text, i + 9)
        name, j = self._name(text, j)
        pubid = sysid = None
        j = self._skip_space(text, j)
        for keyword in (u'PUBLIC', u'SYSTEM'):
            if text.startswith(keyword, j):
                j = self._skip_space(text, j + 6)
                literals = []
                while j < n and text[j] in u'"\'':
                    end = text.find(text[j], j + 1)
                    if end < 0:
                        raise _Stop(5, i)
                    literals.append(text[j + 1:end])
                    j = self._skip_space(text, end + 1)
                if keyword == u'PUBLIC' and literals:
                    pubid = literals[0]
                    sysid = literals[1] if len(literals) > 1 else None
                elif literals:
                    sysid = literals[0]
        has_subset = j < n and text[j] == u'['
        if self.StartDoctypeDeclHandler is not None:
            self.StartDoctypeDeclHandler(self._out(name), sysid and self._out(sysid),
                                         pubid and self._out(pubid), has_subset)
        if has_subset:
            end = text.find(u']', j)
            if end < 0:
                raise _Stop(5, i)
            j = self._skip_space(text, end + 1)
        if j >= n or text[j] != u'>':
            raise _Stop(5 if j >= n else 4, j)
        if self.EndDoctypeDeclHandler is not None:
            self.EndDoctypeDeclHandler()
        return j + 1


def ParserCreate(encoding=None, namespace_separator=None, intern=None):
    """A new XML parser; with namespace_separator, names are reported as
    'uri' + separator + 'local name'."""
    if namespace_separator is not None and len(namespace_separator) > 1:
        raise ValueError("namespace_separator must be at most one character, omitted, or None")
    if namespace_separator is not None and not isinstance(namespace_separator, unicode):
        namespace_separator = namespace_separator.decode('ascii')
    if intern is None:
        intern = {}
    return xmlparser(encoding, namespace_separator, intern)

XMLParserType = xmlparser
