"""An XML-RPC client: marshalling of Python values to and from XML-RPC
and a ServerProxy calling remote methods over HTTP.

    server = xmlrpclib.ServerProxy("http://localhost:8000")
    print server.examples.add(2, 3)

Values map as follows: int/long (32 bits) <-> <int>, bool <-> <boolean>,
float <-> <double>, str/unicode <-> <string>, list/tuple -> <array>
(read back as lists), dict with string keys <-> <struct>, DateTime or
datetime.datetime <-> <dateTime.iso8601>, Binary <-> <base64>, None
<-> <nil/> (an extension, with allow_none), other instances -> <struct>
of their __dict__.  A remote error arrives as a Fault exception.
"""

import base64
import errno
import re
import socket
import string
import time
from types import *

try:
    import datetime
except ImportError:
    datetime = None

try:
    import gzip
except ImportError:
    gzip = None

try:
    from cStringIO import StringIO
except ImportError:
    from StringIO import StringIO

try:
    unicode
except NameError:
    unicode = None


def escape(s):
    """S with the characters special to XML replaced by entities."""
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _has_8bit(data, _search=re.compile("[\x80-\xff]").search):
    return _search(data)


def _decode(data, encoding, is8bit=None):
    """Byte strings with non-ASCII bytes become unicode."""
    if unicode and isinstance(data, str) and (is8bit or _has_8bit)(data):
        data = unicode(data, encoding)
    return data


def _stringify(string):
    """ASCII-only unicode becomes a plain str."""
    if unicode and isinstance(string, unicode):
        try:
            return string.encode("ascii")
        except UnicodeError:
            pass
    return string


__version__ = "1.0.1"

# the range of <int>
MAXINT = 2L ** 31 - 1
MININT = -2L ** 31

# fault codes proposed for XML-RPC servers
# (http://xmlrpc-epi.sourceforge.net/specs/rfc.fault_codes.php)
PARSE_ERROR = -32700
SERVER_ERROR = -32600
APPLICATION_ERROR = -32500
SYSTEM_ERROR = -32400
TRANSPORT_ERROR = -32300

NOT_WELLFORMED_ERROR = -32700
UNSUPPORTED_ENCODING = -32701
INVALID_ENCODING_CHAR = -32702
INVALID_XMLRPC = -32600
METHOD_NOT_FOUND = -32601
INVALID_METHOD_PARAMS = -32602
INTERNAL_ERROR = -32603


# --- exceptions ---------------------------------------------------------------

class Error(Exception):
    """Base class of this module's exceptions."""

    def __str__(self):
        return repr(self)


class ProtocolError(Error):
    """The server answered with an HTTP error."""

    def __init__(self, url, errcode, errmsg, headers):
        Error.__init__(self)
        self.url, self.headers = url, headers
        self.errcode, self.errmsg = errcode, errmsg

    def __repr__(self):
        return "<ProtocolError for %s: %s %s>" % (self.url, self.errcode,
                                                  self.errmsg)


class ResponseError(Error):
    """The response was not a valid XML-RPC response."""


class Fault(Error):
    """An XML-RPC fault: the remote method raised an error."""

    def __init__(self, faultCode, faultString, **extra):
        Error.__init__(self)
        self.faultCode = faultCode
        self.faultString = faultString

    def __repr__(self):
        return "<Fault %s: %s>" % (self.faultCode, repr(self.faultString))


# --- special values --------------------------------------------------------

boolean = Boolean = bool
# old code spells the booleans xmlrpclib.True and xmlrpclib.False
globals().update({'True': True, 'False': False})


def _iso8601(value):
    """The XML-RPC form (YYYYMMDDTHH:MM:SS) of a datetime, time tuple,
    struct_time or seconds since the epoch (0: now)."""
    if datetime and isinstance(value, datetime.datetime):
        fields = (value.year, value.month, value.day,
                  value.hour, value.minute, value.second)
    else:
        if not isinstance(value, (TupleType, time.struct_time)):
            if value == 0:
                value = time.time()
            value = time.localtime(value)
        fields = tuple(value)[:6]
    return "%04d%02d%02dT%02d:%02d:%02d" % fields


_strftime = _iso8601


class DateTime:
    """A dateTime.iso8601 value, kept as its string.  Built from a string,
    a datetime, a time tuple or seconds since the epoch (default: now)."""

    def __init__(self, value=0):
        if isinstance(value, StringType):
            self.value = value
        elif datetime and isinstance(value, datetime.datetime):
            self.value = _iso8601(value)
        else:
            self.value = _iso8601(value)

    def make_comparable(self, other):
        if isinstance(other, DateTime):
            return self.value, other.value
        if datetime and isinstance(other, datetime.datetime):
            return self.value, other.strftime("%Y%m%dT%H:%M:%S")
        if isinstance(other, (str, unicode)):
            return self.value, other
        if hasattr(other, "timetuple"):
            return self.timetuple(), other.timetuple()
        if hasattr(other, "__class__"):
            kind = other.__class__.__name__
        else:
            kind = type(other)
        raise TypeError("Can't compare %s and %s"
                        % (self.__class__.__name__, kind))

    def __lt__(self, other):
        mine, theirs = self.make_comparable(other)
        return mine < theirs

    def __le__(self, other):
        mine, theirs = self.make_comparable(other)
        return mine <= theirs

    def __gt__(self, other):
        mine, theirs = self.make_comparable(other)
        return mine > theirs

    def __ge__(self, other):
        mine, theirs = self.make_comparable(other)
        return mine >= theirs

    def __eq__(self, other):
        mine, theirs = self.make_comparable(other)
        return mine == theirs

    def __ne__(self, other):
        mine, theirs = self.make_comparable(other)
        return mine != theirs

    def timetuple(self):
        return time.strptime(self.value, "%Y%m%dT%H:%M:%S")

    def __cmp__(self, other):
        mine, theirs = self.make_comparable(other)
        return cmp(mine, theirs)

    def __str__(self):
        return self.value

    def __repr__(self):
        return "<DateTime %s at %x>" % (repr(self.value), id(self))

    def decode(self, data):
        self.value = str(data).strip()

    def encode(self, out):
        out.write("<value><dateTime.iso8601>%s</dateTime.iso8601></value>\n"
                  % self.value)


def _datetime(data):
    value = DateTime()
    value.decode(data)
    return value


def _datetime_type(data):
    fields = time.strptime(data, "%Y%m%dT%H:%M:%S")
    return datetime.datetime(*tuple(fields)[:6])


class Binary:
    """Binary data, sent base64-encoded."""

    def __init__(self, data=None):
        self.data = data

    def __cmp__(self, other):
        """Compares with other Binary objects and with strings."""
        return cmp(self.data, other.data if isinstance(other, Binary)
                   else other)

    def __str__(self):
        return self.data or ""

    def encode(self, out):
        """Write the <value> element to OUT (a Marshaller or file)."""
        out.write("<value><base64>\n")
        base64.encode(StringIO(self.data), out)
        out.write("</base64></value>\n")

    def decode(self, data):
        """Take the value from the text of a <base64> element."""
        self.data = base64.decodestring(data)


# the classes that marshal themselves (through their encode method)
WRAPPERS = (DateTime, Binary)


def _binary(data):
    result = Binary()
    result.decode(data)
    return result


# --- parsing ---------------------------------------------------------------

try:
    from pyexpat import ParserCreate as _expat_parser
except ImportError:
    _expat_parser = None

FastParser = FastUnmarshaller = None
SgmlopParser = None


class ExpatParser:
    """Feeds an Unmarshaller from the expat parser."""

    def __init__(self, target):
        self._parser = parser = _expat_parser(None, None)
        self._target = target
        parser.StartElementHandler = target.start
        parser.EndElementHandler = target.end
        parser.CharacterDataHandler = target.data
        target.xml(None if parser.returns_unicode else "utf-8", None)

    def feed(self, data):
        self._parser.Parse(data, 0)

    def close(self):
        self._parser.Parse("", 1)
        del self._target, self._parser


class Marshaller:
    """Writes Python values as XML-RPC <params> (or a <fault>).  Values
    of other types raise TypeError."""

    # type -> the method writing its values
    dispatch = {}

    def __init__(self, encoding=None, allow_none=0):
        self.encoding = encoding
        self.allow_none = allow_none
        self.data = None
        # ids of the containers being written, to catch recursion
        self.memo = {}

    def dumps(self, values):
        """The <params> (or <fault>) element of VALUES."""
        out = []
        write = out.append
        if isinstance(values, Fault):
            write("<fault>\n")
            self.__dump({'faultCode': values.faultCode,
                         'faultString': values.faultString}, write)
            write("</fault>\n")
        else:
            write("<params>\n")
            for value in values:
                write("<param>\n")
                self.__dump(value, write)
                write("</param>\n")
            write("</params>\n")
        return "".join(out)

    def __dump(self, value, write):
        writer = self.dispatch.get(type(value))
        if writer is None:
            # objects with attributes go as structs, but not subclasses
            # of the basic types (which would lose their meaning)
            if not hasattr(value, '__dict__'):
                raise TypeError("cannot marshal %s objects" % type(value))
            for base in type(value).__mro__:
                if base in self.dispatch:
                    raise TypeError("cannot marshal %s objects" % type(value))
            writer = self.dispatch[InstanceType]
        writer(self, value, write)

    def dump_nil(self, value, write):
        if not self.allow_none:
            raise TypeError("cannot marshal None unless allow_none is enabled")
        write("<value><nil/></value>")
    dispatch[NoneType] = dump_nil

    def dump_int(self, value, write):
        if not MININT <= value <= MAXINT:
            raise OverflowError("int exceeds XML-RPC limits")
        write("<value><int>%s</int></value>\n" % value)
    dispatch[IntType] = dump_int

    def dump_bool(self, value, write):
        write("<value><boolean>%s</boolean></value>\n" % (value and "1" or "0"))
    dispatch[bool] = dump_bool

    def dump_long(self, value, write):
        if not MININT <= value <= MAXINT:
            raise OverflowError("long int exceeds XML-RPC limits")
        write("<value><int>%s</int></value>\n" % int(value))
    dispatch[LongType] = dump_long

    def dump_double(self, value, write):
        write("<value><double>%s</double></value>\n" % repr(value))
    dispatch[FloatType] = dump_double

    def dump_string(self, value, write, escape=escape):
        write("<value><string>%s</string></value>\n" % escape(value))
    dispatch[StringType] = dump_string

    def _encode(self, text):
        # characters the encoding lacks become character references
        return escape(text).encode(self.encoding, 'xmlcharrefreplace')

    if unicode:
        def dump_unicode(self, value, write, escape=escape):
            write("<value><string>%s</string></value>\n" % self._encode(value))
        dispatch[UnicodeType] = dump_unicode

    def _enter(self, value, what):
        key = id(value)
        if key in self.memo:
            raise TypeError("cannot marshal recursive %s" % what)
        self.memo[key] = None
        return key

    def dump_array(self, value, write):
        key = self._enter(value, "sequences")
        write("<value><array><data>\n")
        for item in value:
            self.__dump(item, write)
        write("</data></array></value>\n")
        del self.memo[key]
    dispatch[TupleType] = dump_array
    dispatch[ListType] = dump_array

    def dump_struct(self, value, write, escape=escape):
        key = self._enter(value, "dictionaries")
        write("<value><struct>\n")
        for name, item in value.items():
            write("<member>\n")
            if type(name) is StringType:
                name = escape(name)
            elif unicode and type(name) is UnicodeType:
                name = self._encode(name)
            else:
                raise TypeError("dictionary key must be string")
            write("<name>%s</name>\n" % name)
            self.__dump(item, write)
            write("</member>\n")
        write("</struct></value>\n")
        del self.memo[key]
    dispatch[DictType] = dump_struct

    if datetime:
        def dump_datetime(self, value, write):
            write("<value><dateTime.iso8601>%s</dateTime.iso8601></value>\n"
                  % _iso8601(value))
        dispatch[datetime.datetime] = dump_datetime

    def dump_instance(self, value, write):
        if value.__class__ not in WRAPPERS:
            # an object: its attributes
            return self.dump_struct(value.__dict__, write)
        # DateTime and Binary write themselves, through our write()
        self.write = write
        try:
            value.encode(self)
        finally:
            del self.write
    dispatch[InstanceType] = dump_instance


class Unmarshaller:
    """The target of a parser: builds the values of an XML-RPC message.
    close() returns them as a tuple (or raises the Fault it holds)."""

    def __init__(self, use_datetime=0):
        self._type = None
        self._stack = []
        # where each open array or struct starts in the stack
        self._marks = []
        self._data = []
        self._methodname = None
        self._encoding = "utf-8"
        # inside a <value> whose type element has not started yet
        self._value = 0
        self.append = self._stack.append
        self._use_datetime = use_datetime
        if use_datetime and not datetime:
            raise ValueError("the datetime module is not available")

    def getmethodname(self):
        """The methodName of a request (None for a response)."""
        return self._methodname

    def close(self):
        """The values read, as a tuple; a fault is raised."""
        if self._marks or self._type is None:
            # unfinished, or neither params nor a fault
            raise ResponseError()
        if self._type != "fault":
            return tuple(self._stack)
        raise Fault(**self._stack[0])

    # --- parser callbacks ---

    def xml(self, encoding, standalone):
        """The document's encoding (None: the parser gives unicode)."""
        self._encoding = encoding

    def start(self, tag, attrs):
        if tag in ("array", "struct"):
            self._marks.append(len(self._stack))
        self._data = []
        if self._value and tag not in self.dispatch:
            # a value of a type we do not know
            raise ResponseError("unknown tag %r" % tag)
        # a <value> without a type element holds a string
        self._value = (tag == "value")

    def data(self, text):
        self._data.append(text)

    def end(self, tag, join=string.join):
        handler = self.dispatch.get(tag)
        if handler is not None:
            return handler(self, join(self._data, ""))

    def end_dispatch(self, tag, data):
        handler = self.dispatch.get(tag)
        if handler is not None:
            return handler(self, data)

    # --- element handlers ---

    dispatch = {}

    def _push(self, value):
        self.append(value)
        self._value = 0

    def end_nil(self, data):
        self._push(None)
    dispatch["nil"] = end_nil

    def end_boolean(self, data):
        if data not in ("0", "1"):
            raise TypeError("bad boolean value")
        self._push(data == "1")
    dispatch["boolean"] = end_boolean

    def end_int(self, data):
        self._push(int(data))
    dispatch["i4"] = end_int
    dispatch["i8"] = end_int
    dispatch["int"] = end_int

    def end_double(self, data):
        self._push(float(data))
    dispatch["double"] = end_double

    def end_string(self, data):
        if self._encoding:
            data = _decode(data, self._encoding)
        self._push(_stringify(data))
    dispatch["string"] = end_string
    dispatch["name"] = end_string     # struct keys

    def end_array(self, data):
        start = self._marks.pop()
        self._stack[start:] = [self._stack[start:]]
        self._value = 0
    dispatch["array"] = end_array

    def end_struct(self, data):
        start = self._marks.pop()
        items = self._stack[start:]
        # alternately names and values
        struct = {}
        for i in range(0, len(items), 2):
            struct[_stringify(items[i])] = items[i + 1]
        self._stack[start:] = [struct]
        self._value = 0
    dispatch["struct"] = end_struct

    def end_base64(self, data):
        self._push(_binary(data))
    dispatch["base64"] = end_base64

    def end_dateTime(self, data):
        if self._use_datetime:
            self._push(_datetime_type(data))
        else:
            self._push(_datetime(data))
    dispatch["dateTime.iso8601"] = end_dateTime

    def end_value(self, data):
        # only a <value> holding text directly is a string
        if self._value:
            self.end_string(data)
    dispatch["value"] = end_value

    def end_methodName(self, data):
        if self._encoding:
            data = _decode(data, self._encoding)
        self._type = "methodName"
        self._methodname = data
    dispatch["methodName"] = end_methodName

    # what kind of message it was
    def end_params(self, data):
        self._type = "params"
    dispatch["params"] = end_params

    def end_fault(self, data):
        self._type = "fault"
    dispatch["fault"] = end_fault


# --- multicall ------------------------------------------------------------------

class _MultiCallMethod:
    # records a call instead of making it

    def __init__(self, call_list, name):
        self.__name, self.__call_list = name, call_list

    def __getattr__(self, name):
        """A method of a dotted name."""
        return _MultiCallMethod(self.__call_list, self.__name + "." + name)

    def __call__(self, *args):
        self.__call_list.append((self.__name, args))


class MultiCallIterator:
    """The results of a multicall; a failed call raises its Fault when
    its result is taken."""

    def __init__(self, results):
        self.results = results

    def __getitem__(self, i):
        # a success is a one-element list, a failure a fault struct
        item = self.results[i]
        if isinstance(item, list):
            return item[0]
        if isinstance(item, dict):
            raise Fault(item['faultCode'], item['faultString'])
        raise ValueError("unexpected type in multicall result")


class MultiCall:
    """Several calls to SERVER in one request (system.multicall).

        multicall = MultiCall(server)
        multicall.add(2, 3)
        multicall.get_address("Guido")
        add_result, address = multicall()
    """

    def __init__(self, server):
        self.__call_list = []
        self.__server = server

    def __getattr__(self, name):
        return _MultiCallMethod(self.__call_list, name)

    def __repr__(self):
        return "<MultiCall at %x>" % id(self)

    __str__ = __repr__

    def __call__(self):
        calls = [{'methodName': name, 'params': args}
                 for name, args in self.__call_list]
        return MultiCallIterator(self.__server.system.multicall(calls))


# --- convenience functions ---------------------------------------------------

def getparser(use_datetime=0):
    """(parser, unmarshaller): feed the parser, then close both; the
    unmarshaller's close() returns the values."""
    if use_datetime and not datetime:
        raise ValueError("the datetime module is not available")
    target = Unmarshaller(use_datetime=use_datetime)
    return ExpatParser(target), target


def dumps(params, methodname=None, methodresponse=None, encoding=None,
          allow_none=0):
    """PARAMS (a tuple, or a Fault) as an XML-RPC request (with
    METHODNAME), response (with METHODRESPONSE, or for a Fault), or bare
    <params>."""
    assert isinstance(params, (TupleType, Fault)), \
        "argument must be tuple or Fault instance"
    if isinstance(params, Fault):
        methodresponse = 1
    elif methodresponse and isinstance(params, TupleType):
        assert len(params) == 1, "response tuple must be a singleton"
    encoding = encoding or "utf-8"
    body = Marshaller(encoding, allow_none).dumps(params)
    if encoding == "utf-8":
        header = "<?xml version='1.0'?>\n"
    else:
        header = "<?xml version='1.0' encoding='%s'?>\n" % str(encoding)
    if methodname:
        if not isinstance(methodname, StringType):
            methodname = methodname.encode(encoding, 'xmlcharrefreplace')
        parts = (header, "<methodCall>\n<methodName>", methodname,
                 "</methodName>\n", body, "</methodCall>\n")
    elif methodresponse:
        parts = (header, "<methodResponse>\n", body, "</methodResponse>\n")
    else:
        return body
    return "".join(parts)


def loads(data, use_datetime=0):
    """(params tuple, method name or None) of an XML-RPC message; a
    fault response raises its Fault."""
    parser, target = getparser(use_datetime=use_datetime)
    parser.feed(data)
    parser.close()
    return target.close(), target.getmethodname()


def gzip_encode(data):
    """DATA gzip-compressed."""
    if not gzip:
        raise NotImplementedError
    buf = StringIO()
    gz = gzip.GzipFile(mode="wb", fileobj=buf, compresslevel=1)
    gz.write(data)
    gz.close()
    return buf.getvalue()


def gzip_decode(data, max_decode=20971520):
    """DATA gunzipped; ValueError for invalid data or (with MAX_DECODE
    not negative) more than MAX_DECODE bytes."""
    if not gzip:
        raise NotImplementedError
    gz = gzip.GzipFile(mode="rb", fileobj=StringIO(data))
    try:
        if max_decode < 0:
            decoded = gz.read()
        else:
            decoded = gz.read(max_decode + 1)
    except IOError:
        raise ValueError("invalid data")
    finally:
        gz.close()
    if max_decode >= 0 and len(decoded) > max_decode:
        raise ValueError("max gzipped payload length exceeded")
    return decoded


if gzip:
    class GzipDecodedResponse(gzip.GzipFile):
        """A file reading the gunzipped body of an HTTP response."""

        def __init__(self, response):
            self.io = StringIO(response.read())
            gzip.GzipFile.__init__(self, mode="rb", fileobj=self.io)

        def close(self):
            try:
                gzip.GzipFile.close(self)
            finally:
                self.io.close()


# --- the client ----------------------------------------------------------------

class _Method:
    # a (possibly dotted) remote method name, called through SEND

    def __init__(self, send, name):
        self.__name, self.__send = name, send

    def __call__(self, *args):
        return self.__send(self.__name, args)

    def __getattr__(self, name):
        """A method of a dotted name."""
        return _Method(self.__send, "%s.%s" % (self.__name, name))


class Transport:
    """Sends XML-RPC requests over HTTP (httplib), keeping the connection
    open between requests."""

    user_agent = "xmlrpclib.py/%s (by www.pythonware.com)" % __version__

    # ask for (and understand) gzipped responses
    accept_gzip_encoding = True

    # gzip request bodies larger than this (None: never)
    encode_threshold = None

    def __init__(self, use_datetime=0):
        self._use_datetime = use_datetime
        self._connection = (None, None)
        self._extra_headers = []

    def request(self, host, handler, request_body, verbose=0):
        """Send a request; the response's values.  A connection the
        server closed meanwhile is opened again once."""
        import httplib
        for attempt in (0, 1):
            try:
                return self.single_request(host, handler, request_body,
                                           verbose)
            except socket.error as e:
                if attempt or e.errno not in (errno.ECONNRESET,
                                              errno.ECONNABORTED,
                                              errno.EPIPE):
                    raise
            except httplib.BadStatusLine:
                if attempt:
                    raise

    def single_request(self, host, handler, request_body, verbose=0):
        conn = self.make_connection(host)
        if verbose:
            conn.set_debuglevel(1)
        try:
            self.send_request(conn, handler, request_body)
            self.send_host(conn, host)
            self.send_user_agent(conn)
            self.send_content(conn, request_body)
            response = conn.getresponse(buffering=True)
            if response.status == 200:
                self.verbose = verbose
                return self.parse_response(response)
        except Exception as e:
            # a fault is an answer; anything else leaves the connection
            # in an unknown state
            if not isinstance(e, Fault):
                self.close()
            raise
        # an HTTP error: read the body so the connection can be reused
        if response.getheader("content-length", 0):
            response.read()
        raise ProtocolError(host + handler, response.status, response.reason,
                            response.msg)

    def getparser(self):
        return getparser(use_datetime=self._use_datetime)

    def get_host_info(self, host):
        """(host, extra headers, x509 info) for HOST, which may be
        'user:password@host' or (host, x509 dict)."""
        import urllib
        x509 = {}
        if isinstance(host, TupleType):
            host, x509 = host
        auth, host = urllib.splituser(host)
        extra_headers = None
        if auth:
            credentials = base64.encodestring(urllib.unquote_plus(auth))
            credentials = "".join(credentials.split())
            extra_headers = [("Authorization", "Basic " + credentials)]
        return host, extra_headers, x509

    def make_connection(self, host):
        if self._connection[1] and host == self._connection[0]:
            return self._connection[1]
        import httplib
        chost, self._extra_headers, x509 = self.get_host_info(host)
        self._connection = host, httplib.HTTPConnection(chost)
        return self._connection[1]

    def close(self):
        conn = self._connection[1]
        if conn:
            self._connection = (None, None)
            conn.close()

    def send_request(self, connection, handler, request_body):
        if self.accept_gzip_encoding and gzip:
            connection.putrequest("POST", handler, skip_accept_encoding=True)
            connection.putheader("Accept-Encoding", "gzip")
        else:
            connection.putrequest("POST", handler)

    def send_host(self, connection, host):
        headers = self._extra_headers
        if headers:
            if isinstance(headers, DictType):
                headers = headers.items()
            for key, value in headers:
                connection.putheader(key, value)

    def send_user_agent(self, connection):
        connection.putheader("User-Agent", self.user_agent)

    def send_content(self, connection, request_body):
        connection.putheader("Content-Type", "text/xml")
        if self.encode_threshold is not None and gzip and \
                self.encode_threshold < len(request_body):
            connection.putheader("Content-Encoding", "gzip")
            request_body = gzip_encode(request_body)
        connection.putheader("Content-Length", str(len(request_body)))
        connection.endheaders(request_body)

    def parse_response(self, response):
        """The values of the XML-RPC response RESPONSE (a file-like
        object, gunzipped when its headers say so)."""
        stream = response
        if hasattr(response, 'getheader') and \
                response.getheader("Content-Encoding", "") == "gzip":
            stream = GzipDecodedResponse(response)
        parser, target = self.getparser()
        while True:
            data = stream.read(1024)
            if not data:
                break
            if self.verbose:
                print "body:", repr(data)
            parser.feed(data)
        if stream is not response:
            stream.close()
        parser.close()
        return target.close()


class SafeTransport(Transport):
    """Transport over HTTPS."""

    def __init__(self, use_datetime=0, context=None):
        Transport.__init__(self, use_datetime=use_datetime)
        self.context = context

    def make_connection(self, host):
        if self._connection[1] and host == self._connection[0]:
            return self._connection[1]
        import httplib
        if not hasattr(httplib, "HTTPSConnection"):
            raise NotImplementedError(
                "your version of httplib doesn't support HTTPS")
        chost, self._extra_headers, x509 = self.get_host_info(host)
        self._connection = host, httplib.HTTPSConnection(
            chost, None, context=self.context, **(x509 or {}))
        return self._connection[1]


class ServerProxy:
    """ServerProxy(uri[, transport[, encoding[, verbose[, allow_none[,
    use_datetime[, context]]]]]]): a remote XML-RPC server, whose methods
    are called as attributes (dotted names work too).

    URI is http://host[:port][/path] (path /RPC2 by default) or https:,
    with user:password@ before the host for basic authentication.
    """

    def __init__(self, uri, transport=None, encoding=None, verbose=0,
                 allow_none=0, use_datetime=0, context=None):
        import urllib
        if unicode and isinstance(uri, unicode):
            uri = uri.encode('ISO-8859-1')
        scheme, rest = urllib.splittype(uri)
        if scheme not in ("http", "https"):
            raise IOError("unsupported XML-RPC protocol")
        self.__host, self.__handler = urllib.splithost(rest)
        if not self.__handler:
            self.__handler = "/RPC2"
        if transport is None:
            if scheme == "https":
                transport = SafeTransport(use_datetime=use_datetime,
                                          context=context)
            else:
                transport = Transport(use_datetime=use_datetime)
        self.__transport = transport
        self.__encoding, self.__allow_none = encoding, allow_none
        self.__verbose = verbose

    def __close(self):
        self.__transport.close()

    def __request(self, methodname, params):
        # a one-value response is that value
        request = dumps(params, methodname, encoding=self.__encoding,
                        allow_none=self.__allow_none)
        response = self.__transport.request(self.__host, self.__handler,
                                            request, verbose=self.__verbose)
        if len(response) == 1:
            response = response[0]
        return response

    def __repr__(self):
        return "<ServerProxy for %s%s>" % (self.__host, self.__handler)

    __str__ = __repr__

    def __getattr__(self, name):
        return _Method(self.__request, name)

    def __call__(self, attr):
        """proxy('close')() closes the connection; proxy('transport') is
        the transport."""
        if attr == "close":
            return self.__close
        if attr == "transport":
            return self.__transport
        raise AttributeError("Attribute %r not found" % (attr,))


Server = ServerProxy


if __name__ == "__main__":
    server = ServerProxy("http://localhost:8000")
    try:
        print server.currentTime.getCurrentTime()
    except Error as v:
        print "ERROR", v
    multi = MultiCall(server)
    multi.getData()
    multi.pow(2, 9)
    multi.add(1, 2)
    try:
        for response in multi():
            print response
    except Error as v:
        print "ERROR", v
