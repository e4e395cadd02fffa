r"""XML-RPC servers: a dispatcher of registered functions and instance
methods, served over HTTP (SimpleXMLRPCServer, MultiPathXMLRPCServer) or
CGI (CGIXMLRPCRequestHandler).

    server = SimpleXMLRPCServer(("localhost", 8000))
    server.register_function(pow)
    server.register_function(lambda x, y: x + y, 'add')
    server.register_introspection_functions()   # system.listMethods ...
    server.register_multicall_functions()       # system.multicall
    server.serve_forever()

A registered instance answers the methods it has (public names only;
dotted names only with allow_dotted_names=True, which is unsafe on
untrusted networks), or defines _dispatch(method, params) to answer any.
"""

import os
import re
import sys
import traceback

import BaseHTTPServer
import SocketServer
import xmlrpclib
from xmlrpclib import Fault

try:
    import fcntl
except ImportError:
    fcntl = None


def resolve_dotted_attribute(obj, attr, allow_dotted_names=True):
    """obj.a.b.c for ATTR 'a.b.c' (only 'a' without ALLOW_DOTTED_NAMES);
    a name starting with '_' raises AttributeError."""
    names = attr.split('.') if allow_dotted_names else [attr]
    for name in names:
        if name.startswith('_'):
            raise AttributeError('attempt to access private attribute "%s"'
                                 % name)
        obj = getattr(obj, name)
    return obj


def list_public_methods(obj):
    """The names of OBJ's public callable attributes."""
    return [name for name in dir(obj) if not name.startswith('_') and
            hasattr(getattr(obj, name), '__call__')]


def remove_duplicates(lst):
    """The distinct items of LST, in no particular order."""
    return dict.fromkeys(lst, 1).keys()


def _error_fault(exc_type, exc_value):
    # how an unexpected exception is reported to the client
    return xmlrpclib.Fault(1, "%s:%s" % (exc_type, exc_value))


class SimpleXMLRPCDispatcher:
    """Turns an XML-RPC request into a call of a registered function or
    of the registered instance, and the result into the response."""

    def __init__(self, allow_none=False, encoding=None):
        self.allow_none, self.encoding = allow_none, encoding
        # name -> function; the instance answers the other names
        self.funcs = {}
        self.instance = None

    def register_instance(self, instance, allow_dotted_names=False):
        """Answer the methods of INSTANCE (see the module).  With
        ALLOW_DOTTED_NAMES, 'a.b' reaches instance.a.b: only for trusted
        networks, since it exposes the objects reachable from INSTANCE."""
        self.instance = instance
        self.allow_dotted_names = allow_dotted_names

    def register_function(self, function, name=None):
        """Answer NAME (the function's own name by default) with
        FUNCTION."""
        self.funcs[name or function.__name__] = function

    def register_introspection_functions(self):
        """Answer system.listMethods, system.methodHelp and
        system.methodSignature."""
        self.funcs['system.listMethods'] = self.system_listMethods
        self.funcs['system.methodSignature'] = self.system_methodSignature
        self.funcs['system.methodHelp'] = self.system_methodHelp

    def register_multicall_functions(self):
        """Answer system.multicall."""
        self.funcs['system.multicall'] = self.system_multicall

    def _marshaled_dispatch(self, data, dispatch_method=None, path=None):
        """The XML response to the XML request DATA: the method's result,
        its Fault, or a Fault describing any other exception."""
        options = dict(allow_none=self.allow_none, encoding=self.encoding)
        try:
            params, method = xmlrpclib.loads(data)
            if dispatch_method is None:
                result = self._dispatch(method, params)
            else:
                result = dispatch_method(method, params)
            return xmlrpclib.dumps((result,), methodresponse=1, **options)
        except Fault as fault:
            return xmlrpclib.dumps(fault, **options)
        except:
            exc_type, exc_value = sys.exc_info()[:2]
            return xmlrpclib.dumps(_error_fault(exc_type, exc_value),
                                   **options)

    def system_listMethods(self):
        """system.listMethods(): the sorted names of the methods this
        server answers."""
        names = self.funcs.keys()
        instance = self.instance
        if instance is not None:
            if hasattr(instance, '_listMethods'):
                names = remove_duplicates(names + instance._listMethods())
            elif not hasattr(instance, '_dispatch'):
                names = remove_duplicates(names +
                                          list_public_methods(instance))
        names.sort()
        return names

    def system_methodSignature(self, method_name):
        """system.methodSignature(name): the types of the method's result
        and arguments, e.g. [double, int, int].  Not supported here: the
        answer is always the string 'signatures not supported'."""
        return 'signatures not supported'

    def system_methodHelp(self, method_name):
        """system.methodHelp(name): the documentation of the method NAME
        (its docstring), or '' when there is none."""
        method = self.funcs.get(method_name)
        instance = self.instance
        if method is None and instance is not None:
            if hasattr(instance, '_methodHelp'):
                return instance._methodHelp(method_name)
            if not hasattr(instance, '_dispatch'):
                try:
                    method = resolve_dotted_attribute(
                        instance, method_name, self.allow_dotted_names)
                except AttributeError:
                    pass
        if method is None:
            return ""
        import pydoc
        return pydoc.getdoc(method)

    def system_multicall(self, call_list):
        """system.multicall(calls): make several calls in one request.
        Each call is {'methodName': name, 'params': [...]}; the result
        holds [value] for a call that worked and a fault struct
        {'faultCode': ..., 'faultString': ...} for one that failed."""
        results = []
        for call in call_list:
            try:
                value = self._dispatch(call['methodName'], call['params'])
            except Fault as fault:
                results.append({'faultCode': fault.faultCode,
                                'faultString': fault.faultString})
            except:
                exc_type, exc_value = sys.exc_info()[:2]
                results.append({'faultCode': 1,
                                'faultString': "%s:%s" % (exc_type, exc_value)})
            else:
                # a success is a one-element list
                results.append([value])
        return results

    def _dispatch(self, method, params):
        """Call the function registered as METHOD, or the instance's
        _dispatch or method of that name."""
        func = self.funcs.get(method)
        if func is None and self.instance is not None:
            if hasattr(self.instance, '_dispatch'):
                return self.instance._dispatch(method, params)
            try:
                func = resolve_dotted_attribute(self.instance, method,
                                                self.allow_dotted_names)
            except AttributeError:
                pass
        if func is None:
            raise Exception('method "%s" is not supported' % method)
        return func(*params)


class SimpleXMLRPCRequestHandler(BaseHTTPServer.BaseHTTPRequestHandler):
    """Answers POST requests to rpc_paths with the server's dispatcher."""

    # the paths XML-RPC requests are accepted on (empty: any)
    rpc_paths = ('/', '/RPC2')

    # responses longer than this are gzipped if the client accepts it
    encode_threshold = 1400

    # one entry of Accept-Encoding: a coding and its q value
    aepattern = re.compile(r"\s*([^\s;]+)\s*(;\s*q\s*=\s*([0-9.]+))?",
                           re.IGNORECASE)

    # a buffered wfile: the response goes out in one piece
    wbufsize = -1
    disable_nagle_algorithm = True

    def accept_encodings(self):
        """{coding: q value} of the request's Accept-Encoding."""
        codings = {}
        for item in self.headers.get("Accept-Encoding", "").split(","):
            m = self.aepattern.match(item)
            if m:
                q = m.group(3)
                codings[m.group(1)] = float(q) if q else 1.0
        return codings

    def is_rpc_path_valid(self):
        return not self.rpc_paths or self.path in self.rpc_paths

    def _read_body(self):
        # in chunks, so that a huge content-length costs no huge buffer
        left = int(self.headers["content-length"])
        chunks = []
        while left:
            chunk = self.rfile.read(min(left, 10 * 1024 * 1024))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        return ''.join(chunks)

    def do_POST(self):
        if not self.is_rpc_path_valid():
            self.report_404()
            return
        try:
            data = self.decode_request_content(self._read_body())
            if data is None:
                # an error response was sent
                return
            response = self.server._marshaled_dispatch(
                data, getattr(self, '_dispatch', None), self.path)
        except Exception as e:
            # an internal error, not one of the called method
            self.send_response(500)
            if getattr(self.server, '_send_traceback_header', False):
                self.send_header("X-exception", str(e))
                self.send_header("X-traceback", traceback.format_exc())
            self.send_header("Content-length", "0")
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-type", "text/xml")
        response = self._maybe_compress(response)
        self.send_header("Content-length", str(len(response)))
        self.end_headers()
        self.wfile.write(response)

    def _maybe_compress(self, response):
        """Gzip a long RESPONSE for a client that takes it (announcing it
        in a header)."""
        if self.encode_threshold is None or \
                len(response) <= self.encode_threshold or \
                not self.accept_encodings().get("gzip", 0):
            return response
        try:
            packed = xmlrpclib.gzip_encode(response)
        except NotImplementedError:
            return response
        self.send_header("Content-Encoding", "gzip")
        return packed

    def decode_request_content(self, data):
        """DATA without its content encoding, or None after sending an
        error response."""
        coding = self.headers.get("content-encoding", "identity").lower()
        if coding == "identity":
            return data
        if coding != "gzip":
            self.send_response(501, "encoding %r not supported" % coding)
        else:
            try:
                return xmlrpclib.gzip_decode(data)
            except NotImplementedError:
                self.send_response(501, "encoding %r not supported" % coding)
            except ValueError:
                self.send_response(400, "error decoding gzip content")
        self.send_header("Content-length", "0")
        self.end_headers()
        return None

    def report_404(self):
        body = 'No such page'
        self.send_response(404)
        self.send_header("Content-type", "text/plain")
        self.send_header("Content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_request(self, code='-', size='-'):
        """Log unless the server's logRequests is false."""
        if self.server.logRequests:
            BaseHTTPServer.BaseHTTPRequestHandler.log_request(self, code, size)


class SimpleXMLRPCServer(SocketServer.TCPServer, SimpleXMLRPCDispatcher):
    """An XML-RPC server over HTTP, serving one request at a time (mix in
    SocketServer.ThreadingMixIn for more)."""

    allow_reuse_address = True

    # include the traceback of internal errors in the response headers
    # (a security risk: for debugging only)
    _send_traceback_header = False

    def __init__(self, addr, requestHandler=SimpleXMLRPCRequestHandler,
                 logRequests=True, allow_none=False, encoding=None,
                 bind_and_activate=True):
        self.logRequests = logRequests
        SimpleXMLRPCDispatcher.__init__(self, allow_none, encoding)
        SocketServer.TCPServer.__init__(self, addr, requestHandler,
                                        bind_and_activate)
        # children started by methods should not inherit the socket
        if fcntl is not None and hasattr(fcntl, 'FD_CLOEXEC'):
            flags = fcntl.fcntl(self.fileno(), fcntl.F_GETFD)
            fcntl.fcntl(self.fileno(), fcntl.F_SETFD,
                        flags | fcntl.FD_CLOEXEC)


class MultiPathXMLRPCServer(SimpleXMLRPCServer):
    """A server with a separate dispatcher for each path (register them
    with add_dispatcher)."""

    def __init__(self, addr, requestHandler=SimpleXMLRPCRequestHandler,
                 logRequests=True, allow_none=False, encoding=None,
                 bind_and_activate=True):
        SimpleXMLRPCServer.__init__(self, addr, requestHandler, logRequests,
                                    allow_none, encoding, bind_and_activate)
        self.allow_none, self.encoding = allow_none, encoding
        # path -> SimpleXMLRPCDispatcher
        self.dispatchers = {}

    def get_dispatcher(self, path):
        return self.dispatchers[path]

    def add_dispatcher(self, path, dispatcher):
        """Answer requests to PATH with DISPATCHER (which is returned)."""
        self.dispatchers[path] = dispatcher
        return dispatcher

    def _marshaled_dispatch(self, data, dispatch_method=None, path=None):
        try:
            return self.dispatchers[path]._marshaled_dispatch(
                data, dispatch_method, path)
        except:
            # e.g. no dispatcher for the path
            exc_type, exc_value = sys.exc_info()[:2]
            return xmlrpclib.dumps(_error_fault(exc_type, exc_value),
                                   encoding=self.encoding,
                                   allow_none=self.allow_none)


class CGIXMLRPCRequestHandler(SimpleXMLRPCDispatcher):
    """Answers an XML-RPC request made through CGI."""

    def __init__(self, allow_none=False, encoding=None):
        SimpleXMLRPCDispatcher.__init__(self, allow_none, encoding)

    def handle_xmlrpc(self, request_text):
        """Print the CGI response to REQUEST_TEXT."""
        response = self._marshaled_dispatch(request_text)
        sys.stdout.write('Content-Type: text/xml\n'
                         'Content-Length: %d\n\n' % len(response))
        sys.stdout.write(response)

    def handle_get(self):
        """Answer a GET (not allowed) with a 400 error page."""
        code = 400
        message, explain = BaseHTTPServer.BaseHTTPRequestHandler.responses[code]
        body = BaseHTTPServer.DEFAULT_ERROR_MESSAGE % {
            'code': code, 'message': message, 'explain': explain}
        sys.stdout.write('Status: %d %s\n' % (code, message))
        sys.stdout.write('Content-Type: %s\n'
                         % BaseHTTPServer.DEFAULT_ERROR_CONTENT_TYPE)
        sys.stdout.write('Content-Length: %d\n\n' % len(body))
        sys.stdout.write(body)

    def handle_request(self, request_text=None):
        """Answer the request on stdin (of CONTENT_LENGTH bytes), or
        REQUEST_TEXT."""
        if request_text is None and \
                os.environ.get('REQUEST_METHOD', None) == 'GET':
            self.handle_get()
            return
        if request_text is None:
            try:
                length = int(os.environ.get('CONTENT_LENGTH', None))
            except (TypeError, ValueError):
                # unknown: read to the end
                length = -1
            request_text = sys.stdin.read(length)
        self.handle_xmlrpc(request_text)


if __name__ == '__main__':
    print 'Running XML-RPC server on port 8000'
    demo = SimpleXMLRPCServer(("localhost", 8000))
    demo.register_function(pow)
    demo.register_function(lambda x, y: x + y, 'add')
    demo.serve_forever()
