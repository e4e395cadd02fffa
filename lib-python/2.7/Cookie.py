"""HTTP cookie state (2.7's `Cookie`): parse Cookie headers and build
Set-Cookie headers.

    >>> C = SimpleCookie()
    >>> C["fig"] = "newton"
    >>> C["fig"]["path"] = "/"
    >>> print C
    Set-Cookie: fig=newton; Path=/

A cookie object is a dict of Morsels; a Morsel holds one name, its value
(`value`, and `coded_value` as sent) and its attributes (expires, path,
comment, domain, max-age, secure, httponly, version)."""

import re
import string
import time

try:
    from cPickle import dumps, loads
except ImportError:
    from pickle import dumps, loads

__all__ = ["CookieError", "BaseCookie", "SimpleCookie", "SerialCookie",
           "SmartCookie", "Cookie"]


class CookieError(Exception):
    pass


# Characters a value may carry unquoted; anything else makes _quote()
# wrap the value in double quotes and escape the specials in octal.
_LegalChars = string.ascii_letters + string.digits + "!#$%&'*+-.^_`|~"
_idmap = ''.join(chr(x) for x in range(256))

_Translator = {}
for _code in range(256):
    _ch = chr(_code)
    if _code < 32 or _code >= 127 or _ch in ',;':
        _Translator[_ch] = '\\%03o' % _code
_Translator['"'] = '\\"'
_Translator['\\'] = '\\\\'
del _code, _ch


def _quote(text, LegalChars=_LegalChars):
    """text itself if all its characters are legal, else a quoted string."""
    if not text.translate(_idmap, LegalChars):
        return text
    return '"' + ''.join(_Translator.get(c, c) for c in text) + '"'


_escape_re = re.compile(r'\\(?:([0-3][0-7][0-7])|(.))', re.S)


def _unquote(text):
    """Undo _quote(): strip the quotes, decode \\ooo and \\c escapes."""
    if len(text) < 2 or text[0] != '"' or text[-1] != '"':
        return text

    def unescape(m):
        if m.group(1):
            return chr(int(m.group(1), 8))
        return m.group(2)
    return _escape_re.sub(unescape, text[1:-1])


_weekdayname = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_monthname = [None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
              'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def _getdate(future=0, weekdayname=_weekdayname, monthname=_monthname):
    """The GMT date `future` seconds from now, as cookies write it."""
    t = time.gmtime(time.time() + future)
    return "%s, %02d %3s %4d %02d:%02d:%02d GMT" % (
        weekdayname[t[6]], t[2], monthname[t[1]], t[0], t[3], t[4], t[5])


class Morsel(dict):
    """One cookie: key, value, coded_value, and its attributes as the
    dict's items (all present, '' when not set)."""

    # attribute -> how it is written in Set-Cookie
    _reserved = {
        "expires": "expires",
        "path": "Path",
        "comment": "Comment",
        "domain": "Domain",
        "max-age": "Max-Age",
        "secure": "secure",
        "httponly": "httponly",
        "version": "Version",
    }

    # attributes without a value
    _flags = set(['secure', 'httponly'])

    def __init__(self):
        dict.__init__(self)
        self.key = self.value = self.coded_value = None
        for name in self._reserved:
            dict.__setitem__(self, name, "")

    def __setitem__(self, K, V):
        K = K.lower()
        if K not in self._reserved:
            raise CookieError("Invalid Attribute %s" % K)
        dict.__setitem__(self, K, V)

    def isReservedKey(self, K):
        return K.lower() in self._reserved

    def set(self, key, val, coded_val, LegalChars=_LegalChars,
            idmap=_idmap, translate=string.translate):
        """Set the cookie's name and value (as given and as sent)."""
        if key.lower() in self._reserved:
            raise CookieError("Attempt to set a reserved key: %s" % key)
        if translate(key, idmap, LegalChars):
            raise CookieError("Illegal key value: %s" % key)
        self.key, self.value, self.coded_value = key, val, coded_val

    def output(self, attrs=None, header="Set-Cookie:"):
        return "%s %s" % (header, self.OutputString(attrs))

    __str__ = output

    def __repr__(self):
        return '<%s: %s=%s>' % (self.__class__.__name__, self.key, repr(self.value))

    def js_output(self, attrs=None):
        """A script that sets the cookie in a browser."""
        return """
        <script type="text/javascript">
        <!-- begin hiding
        document.cookie = \"%s\";
        // end hiding -->
        </script>
        """ % (self.OutputString(attrs).replace('"', r'\"'),)

    def OutputString(self, attrs=None):
        """'key=value; Attr=value; ...' with the attributes in name order
        (only those in attrs, when given)."""
        parts = ["%s=%s" % (self.key, self.coded_value)]
        if attrs is None:
            attrs = self._reserved
        for name, value in sorted(self.items()):
            if value == "" or name not in attrs:
                continue
            label = self._reserved[name]
            if name in self._flags:
                parts.append(str(label))
            elif name == "expires" and type(value) == int:
                # seconds from now
                parts.append("%s=%s" % (label, _getdate(value)))
            elif name == "max-age" and type(value) == int:
                parts.append("%s=%d" % (label, value))
            else:
                parts.append("%s=%s" % (label, value))
        return "; ".join(parts)


# One "key[=value]" of a Cookie or Set-Cookie header.  A value is a quoted
# string, an expires date (which contains a comma and spaces), or a run of
# legal characters.
_LegalKeyChars = r"\w\d!#%&'~_`><@,:/\$\*\+\-\.\^\|\)\(\?\}\{\="
_LegalValueChars = _LegalKeyChars + r"\[\]"
_CookiePattern = re.compile(
    r'\s*(?P<key>[' + _LegalKeyChars + r']+?)'
    r'(\s*=\s*(?P<val>"(?:[^\\"]|\\.)*"'
    r'|\w{3},\s[\s\w\d-]{9,11}\s[\d:]{8}\sGMT'
    r'|[' + _LegalValueChars + r']*))?'
    r'\s*(\s+|;|$)')


class BaseCookie(dict):
    """A dict of Morsels.  Subclasses decide how values are encoded with
    value_encode() and value_decode()."""

    def value_decode(self, val):
        """(real value, coded value) for a value read from a header."""
        return val, val

    def value_encode(self, val):
        """(real value, coded value) for a value assigned by the program."""
        text = str(val)
        return text, text

    def __init__(self, input=None):
        if input:
            self.load(input)

    def __set(self, key, real_value, coded_value):
        morsel = self.get(key, Morsel())
        morsel.set(key, real_value, coded_value)
        dict.__setitem__(self, key, morsel)

    def __setitem__(self, key, value):
        if isinstance(value, Morsel):
            dict.__setitem__(self, key, value)
        else:
            real, coded = self.value_encode(value)
            self.__set(key, real, coded)

    def output(self, attrs=None, header="Set-Cookie:", sep="\r\n"):
        """One Set-Cookie header per cookie, in name order."""
        return sep.join(morsel.output(attrs, header) for key, morsel in sorted(self.items()))

    __str__ = output

    def __repr__(self):
        pairs = ' '.join('%s=%s' % (key, repr(morsel.value))
                         for key, morsel in sorted(self.items()))
        return '<%s: %s>' % (self.__class__.__name__, pairs)

    def js_output(self, attrs=None):
        return "".join(morsel.js_output(attrs) for key, morsel in sorted(self.items()))

    def load(self, rawdata):
        """Add the cookies of a header string or of a mapping."""
        if isinstance(rawdata, str):
            self.__parse(rawdata)
        else:
            for key, value in rawdata.items():
                self[key] = value

    def __parse(self, text):
        # Attributes ("Path=/", "$Path=/", "secure") apply to the cookie
        # before them; a name that is not an attribute starts a cookie.
        current = None
        pos = 0
        while 0 <= pos < len(text):
            match = _CookiePattern.match(text, pos)
            if not match:
                break
            key, value = match.group("key"), match.group("val")
            pos = match.end(0)
            if key[0] == "$":
                if current:
                    current[key[1:]] = value
            elif key.lower() in Morsel._reserved:
                if current:
                    if value is None:
                        if key.lower() in Morsel._flags:
                            current[key] = True
                    else:
                        current[key] = _unquote(value)
            elif value is not None:
                real, coded = self.value_decode(value)
                self.__set(key, real, coded)
                current = self[key]


class SimpleCookie(BaseCookie):
    """Values are strings, quoted when they need to be."""

    def value_decode(self, val):
        return _unquote(val), val

    def value_encode(self, val):
        text = str(val)
        return text, _quote(text)


class SerialCookie(BaseCookie):
    """Values are pickled (unsafe with untrusted cookies; deprecated)."""

    def __init__(self, input=None):
        import warnings
        warnings.warn("SerialCookie class is insecure; do not use it", DeprecationWarning)
        BaseCookie.__init__(self, input)

    def value_decode(self, val):
        return loads(_unquote(val)), val

    def value_encode(self, val):
        return val, _quote(dumps(val))


class SmartCookie(BaseCookie):
    """Strings as they are, other values pickled (deprecated: unsafe)."""

    def __init__(self, input=None):
        import warnings
        warnings.warn("Cookie/SmartCookie class is insecure; do not use it", DeprecationWarning)
        BaseCookie.__init__(self, input)

    def value_decode(self, val):
        text = _unquote(val)
        try:
            return loads(text), val
        except Exception:
            return text, val

    def value_encode(self, val):
        if isinstance(val, str):
            return val, _quote(val)
        return val, _quote(dumps(val))


Cookie = SmartCookie
