"""The Message class of the email package.

A Message is an ordered list of (name, value) header pairs -- names are
matched without regard to case and may repeat -- plus a payload, which is
a string for a simple message or a list of Messages for a multipart."""

__all__ = ['Message']

import binascii
import re
import uu
import warnings
from cStringIO import StringIO

import email.charset
from email import errors
from email import utils

SEMISPACE = '; '

# Characters that force a parameter value into double quotes (RFC 2045).
tspecials = re.compile(r'[ \(\)<>@,;:\\"/\[\]\?=]')

_UU_NAMES = ('x-uuencode', 'uuencode', 'uue', 'x-uue')
_ABSENT = object()              # "no such header" marker for lookups


# -- parameter helpers --------------------------------------------------------

def _splitparam(param):
    # 'text/plain; charset=x' -> ('text/plain', 'charset=x'); None if no ';'
    head, semi, rest = param.partition(';')
    if semi:
        return head.strip(), rest.strip()
    return head.strip(), None


def _formatparam(param, value=None, quote=True):
    """Render one parameter as name=value, quoting the value when asked to
    or when it contains tspecials.  An RFC 2231 (charset, language, text)
    triple becomes name*=charset'language'percent-encoded-text."""
    if value is None or not len(value):
        return param
    if isinstance(value, tuple):
        param = param + '*'
        value = utils.encode_rfc2231(value[2], value[0], value[1])
    if not quote and tspecials.search(value) is None:
        return '%s=%s' % (param, value)
    return '%s="%s"' % (param, utils.quote(value))


def _quoted_semicolon_end(s, start):
    # index of the first ';' at or after start that is outside "..."
    # (escaped quotes do not count), or -1
    end = s.find(';', start)
    while end > 0:
        quotes = s.count('"', 0, end) - s.count('\\"', 0, end)
        if quotes % 2 == 0:
            break
        end = s.find(';', end + 1)
    return end


def _parseparam(s):
    # ';a=1; B = "x;y"' -> ['a=1', 'b="x;y"']: names lowered, blanks trimmed
    found = []
    while s.startswith(';'):
        s = s[1:]
        end = _quoted_semicolon_end(s, 0)
        if end < 0:
            end = len(s)
        item = s[:end]
        name, eq, value = item.partition('=')
        if eq:
            item = name.strip().lower() + '=' + value.strip()
        found.append(item.strip())
        s = s[end:]
    return found


def _unquotevalue(value):
    if not isinstance(value, tuple):
        return utils.unquote(value)
    return value[0], value[1], utils.unquote(value[2])


def _join_params(pairs, requote):
    # [(name, value), ...] -> 'name=value; ...' via _formatparam
    return SEMISPACE.join([_formatparam(k, v, requote) for k, v in pairs])


def _decoded_payload(cte, payload):
    # undo a Content-Transfer-Encoding; a payload that fails to decode
    # is handed back as it is
    if cte == 'quoted-printable':
        return utils._qdecode(payload)
    if cte == 'base64':
        try:
            return utils._bdecode(payload)
        except binascii.Error:
            return payload
    if cte in _UU_NAMES:
        out = StringIO()
        try:
            uu.decode(StringIO(payload + '\n'), out, quiet=True)
        except uu.Error:
            return payload
        return out.getvalue()
    return payload


class Message:
    """Headers plus payload; see the module docstring."""

    def __init__(self):
        self._headers = []
        self._unixfrom = None
        self._payload = None
        self._charset = None
        # text around the parts of a multipart, None when absent
        self.preamble = None
        self.epilogue = None
        # problems the parser found (instances of email.errors classes)
        self.defects = []
        self._default_type = 'text/plain'

    def __str__(self):
        return self.as_string(unixfrom=True)

    def as_string(self, unixfrom=False):
        """The message as text, as email.generator.Generator writes it."""
        from email.generator import Generator
        buf = StringIO()
        Generator(buf).flatten(self, unixfrom=unixfrom)
        return buf.getvalue()

    def is_multipart(self):
        return isinstance(self._payload, list)

    # -- envelope and payload ---------------------------------------------

    def set_unixfrom(self, unixfrom):
        self._unixfrom = unixfrom

    def get_unixfrom(self):
        return self._unixfrom

    def attach(self, payload):
        """Append payload to the list of subparts (creating the list)."""
        if self._payload is None:
            self._payload = [payload]
            return
        self._payload.append(payload)

    def get_payload(self, i=None, decode=False):
        """The payload; with i, subpart i of a multipart (TypeError when
        not multipart).  decode=True returns the body with its
        Content-Transfer-Encoding undone, or None for a multipart."""
        if i is not None:
            if not isinstance(self._payload, list):
                raise TypeError('Expected list, got %s' % type(self._payload))
            payload = self._payload[i]
        else:
            payload = self._payload
        if not decode:
            return payload
        if self.is_multipart():
            return None
        return _decoded_payload(self.get('content-transfer-encoding', '').lower(), payload)

    def set_payload(self, payload, charset=None):
        self._payload = payload
        if charset is not None:
            self.set_charset(charset)

    def set_charset(self, charset):
        """Make the message a text message in charset: adds MIME-Version,
        Content-Type (or its charset parameter) and, if missing,
        Content-Transfer-Encoding, converting the payload to match.
        None removes the charset parameter."""
        if charset is None:
            self.del_param('charset')
            self._charset = None
            return
        if isinstance(charset, basestring):
            charset = email.charset.Charset(charset)
        if not isinstance(charset, email.charset.Charset):
            raise TypeError(charset)
        self._charset = charset
        out_name = charset.get_output_charset()
        if 'MIME-Version' not in self:
            self.add_header('MIME-Version', '1.0')
        if 'Content-Type' in self:
            self.set_param('charset', out_name)
        else:
            self.add_header('Content-Type', 'text/plain', charset=out_name)
        if isinstance(self._payload, unicode):
            self._payload = self._payload.encode(charset.output_charset)
        if str(charset) != out_name:
            # the body must be converted to the output charset
            self._payload = charset.body_encode(self._payload)
        if 'Content-Transfer-Encoding' in self:
            return
        cte = charset.get_body_encoding()
        if callable(cte):
            cte(self)
        else:
            self._payload = charset.body_encode(self._payload)
            self.add_header('Content-Transfer-Encoding', cte)

    def get_charset(self):
        return self._charset

    # -- the header list --------------------------------------------------

    def _indexes(self, name):
        # positions of the headers called name (any case)
        want = name.lower()
        return [i for i, (k, _) in enumerate(self._headers) if k.lower() == want]

    def __len__(self):
        return len(self._headers)

    def __getitem__(self, name):
        return self.get(name)

    def __setitem__(self, name, val):
        """Add a header; headers of the same name are NOT replaced."""
        self._headers.append((name, val))

    def __delitem__(self, name):
        """Remove all headers called name; no error if there are none."""
        want = name.lower()
        self._headers = [kv for kv in self._headers if kv[0].lower() != want]

    def __contains__(self, name):
        return bool(self._indexes(name))

    def has_key(self, name):
        return bool(self._indexes(name))

    def keys(self):
        return [kv[0] for kv in self._headers]

    def values(self):
        return [kv[1] for kv in self._headers]

    def items(self):
        return list(self._headers)

    def get(self, name, failobj=None):
        """Value of the first header called name, else failobj."""
        where = self._indexes(name)
        if where:
            return self._headers[where[0]][1]
        return failobj

    def get_all(self, name, failobj=None):
        """Values of all headers called name, in order; failobj if none."""
        found = [self._headers[i][1] for i in self._indexes(name)]
        return found or failobj

    def add_header(self, _name, _value, **_params):
        """Add a header whose value is _value followed by the keyword
        parameters (underscores in their names become dashes; a None
        value gives a bare name)."""
        pieces = [] if _value is None else [_value]
        for key, val in _params.items():
            key = key.replace('_', '-')
            pieces.append(key if val is None else _formatparam(key, val))
        self._headers.append((_name, SEMISPACE.join(pieces)))

    def replace_header(self, _name, _value):
        """Give the first header called _name a new value, keeping its
        place and spelling; KeyError when there is none."""
        where = self._indexes(_name)
        if not where:
            raise KeyError(_name.lower())
        i = where[0]
        self._headers[i] = (self._headers[i][0], _value)

    # -- Content-Type -----------------------------------------------------

    def get_content_type(self):
        """'maintype/subtype' in lower case.  Without a Content-Type this is
        the default type; an invalid one counts as text/plain."""
        value = self.get('content-type', _ABSENT)
        if value is _ABSENT:
            return self.get_default_type()
        ctype = _splitparam(value)[0].lower()
        if ctype.count('/') == 1:
            return ctype
        return 'text/plain'

    def get_content_maintype(self):
        return self.get_content_type().split('/')[0]

    def get_content_subtype(self):
        return self.get_content_type().split('/')[1]

    def get_default_type(self):
        """text/plain, or message/rfc822 inside multipart/digest."""
        return self._default_type

    def set_default_type(self, ctype):
        self._default_type = ctype

    def _get_params_preserve(self, failobj, header):
        # the header's [(name, raw value), ...], RFC 2231 parts merged
        value = self.get(header, _ABSENT)
        if value is _ABSENT:
            return failobj
        pairs = []
        for item in _parseparam(';' + value):
            if '=' in item:
                name, val = item.split('=', 1)
                pairs.append((name.strip(), val.strip()))
            else:
                pairs.append((item.strip(), ''))
        return utils.decode_params(pairs)

    def get_params(self, failobj=None, header='content-type', unquote=True):
        """[(name, value), ...] for the header; its first item is the main
        value with '' as value.  failobj when the header is missing."""
        pairs = self._get_params_preserve(_ABSENT, header)
        if pairs is _ABSENT:
            return failobj
        if not unquote:
            return pairs
        return [(k, _unquotevalue(v)) for k, v in pairs]

    def get_param(self, param, failobj=None, header='content-type', unquote=True):
        """The value of one parameter of the header (RFC 2231 values come
        as (charset, language, value) triples), or failobj."""
        if header not in self:
            return failobj
        want = param.lower()
        for k, v in self._get_params_preserve(failobj, header):
            if k.lower() == want:
                return _unquotevalue(v) if unquote else v
        return failobj

    def set_param(self, param, value, header='Content-Type', requote=True,
                  charset=None, language=''):
        """Set one parameter of the header, replacing an existing one in
        place or appending it.  With charset, the value is RFC 2231 encoded."""
        if charset and not isinstance(value, tuple):
            value = (charset, language, value)
        if header.lower() == 'content-type' and header not in self:
            current = 'text/plain'
        else:
            current = self.get(header)
        if self.get_param(param, header=header):
            want = param.lower()
            rebuilt = []
            for k, v in self.get_params(header=header, unquote=requote):
                if k.lower() == want:
                    rebuilt.append((param, value))
                else:
                    rebuilt.append((k, v))
            new = _join_params(rebuilt, requote)
        else:
            added = _formatparam(param, value, requote)
            new = SEMISPACE.join([current, added]) if current else added
        if new != self.get(header):
            del self[header]
            self[header] = new

    def del_param(self, param, header='content-type', requote=True):
        """Drop one parameter from the header (which stays in place only if
        nothing changed)."""
        if header not in self:
            return
        want = param.lower()
        kept = [(k, v) for k, v in self.get_params(header=header, unquote=requote)
                if k.lower() != want]
        new = _join_params(kept, requote)
        if new != self.get(header):
            del self[header]
            self[header] = new

    def set_type(self, type, header='Content-Type', requote=True):
        """Replace maintype/subtype of the header, keeping its parameters;
        setting Content-Type also (re)sets MIME-Version: 1.0."""
        if type.count('/') != 1:
            raise ValueError
        if header.lower() == 'content-type':
            del self['mime-version']
            self['MIME-Version'] = '1.0'
        if header not in self:
            self[header] = type
            return
        old = self.get_params(header=header, unquote=requote)
        del self[header]
        self[header] = type
        for k, v in old[1:]:
            self.set_param(k, v, header, requote)

    def get_filename(self, failobj=None):
        """filename= of Content-Disposition, else name= of Content-Type,
        decoded and stripped; failobj when neither exists."""
        found = self.get_param('filename', _ABSENT, 'content-disposition')
        if found is _ABSENT:
            found = self.get_param('name', _ABSENT, 'content-type')
            if found is _ABSENT:
                return failobj
        return utils.collapse_rfc2231_value(found).strip()

    def get_boundary(self, failobj=None):
        """The multipart boundary (trailing blanks removed), or failobj."""
        found = self.get_param('boundary', _ABSENT)
        if found is _ABSENT:
            return failobj
        return utils.collapse_rfc2231_value(found).rstrip()

    def set_boundary(self, boundary):
        """Set boundary= in every Content-Type header, keeping the other
        parameters as they were written; HeaderParseError without one."""
        pairs = self._get_params_preserve(_ABSENT, 'content-type')
        if pairs is _ABSENT:
            raise errors.HeaderParseError('No Content-Type header found')
        quoted = '"%s"' % boundary
        replaced = False
        for i, (k, v) in enumerate(pairs):
            if k.lower() == 'boundary':
                pairs[i] = ('boundary', quoted)
                replaced = True
        if not replaced:
            pairs.append(('boundary', quoted))
        text = SEMISPACE.join([k if v == '' else '%s=%s' % (k, v) for k, v in pairs])
        self._headers = [(k, text if k.lower() == 'content-type' else v)
                         for k, v in self._headers]

    def get_content_charset(self, failobj=None):
        """charset= of Content-Type in lower case; failobj if it is missing
        or not expressible in ASCII."""
        found = self.get_param('charset', _ABSENT)
        if found is _ABSENT:
            return failobj
        if isinstance(found, tuple):
            # RFC 2231 value: decode it with its own charset if possible
            try:
                found = unicode(found[2], found[0] or 'us-ascii').encode('us-ascii')
            except (LookupError, UnicodeError):
                found = found[2]
        try:
            if isinstance(found, str):
                found = unicode(found, 'us-ascii')
            found = found.encode('us-ascii')
        except UnicodeError:
            return failobj
        return found.lower()

    def get_charsets(self, failobj=None):
        """get_content_charset(failobj) of each part, in walk() order."""
        return [part.get_content_charset(failobj) for part in self.walk()]

    def walk(self):
        """Generate this message and then, depth first, all its subparts."""
        yield self
        if not self.is_multipart():
            return
        for part in self.get_payload():
            for sub in part.walk():
                yield sub
