import SimpleXMLRPCServer as S, xmlrpclib, sys, StringIO, os
class Math:
    def add(self, a, b):
        """Add two numbers."""
        return a + b
    def _private(self):
        return 'secret'
    class sub:
        @staticmethod
        def neg(x):
            return -x
d = S.SimpleXMLRPCDispatcher(allow_none=True)
d.register_instance(Math())
d.register_function(pow)
d.register_function(lambda *a: len(a), 'count')
d.register_introspection_functions()
d.register_multicall_functions()
def call(name, *params):
    try:
        return xmlrpclib.loads(d._marshaled_dispatch(xmlrpclib.dumps(params, name)))[0][0]
    except xmlrpclib.Fault as f:
        return 'Fault %s %s' % (f.faultCode, f.faultString)
print call('add', 2, 3), call('pow', 2, 10), call('count', 1, 2, 3)
print call('_private'), call('sub.neg', 4), call('nosuch'), call('add', 1)
print call('system.listMethods')
print repr(call('system.methodHelp', 'nosuch')), call('system.methodSignature', 'add')
print call('system.multicall', [{'methodName': 'add', 'params': [1, 2]}, {'methodName': 'nosuch', 'params': []}])
d.register_instance(Math(), allow_dotted_names=True)
print call('sub.neg', 4)
try:
    S.resolve_dotted_attribute(Math(), 'a._b')
except AttributeError as e:
    print e
print S.list_public_methods(Math()), sorted(S.remove_duplicates([1, 2, 1, 3]))
class Disp:
    def _dispatch(self, method, params):
        if method == 'fail':
            raise xmlrpclib.Fault(42, 'custom')
        return '%s%r' % (method, params)
d2 = S.SimpleXMLRPCDispatcher()
d2.register_instance(Disp())
print xmlrpclib.loads(d2._marshaled_dispatch(xmlrpclib.dumps((1,), 'anything')))[0]
try:
    xmlrpclib.loads(d2._marshaled_dispatch(xmlrpclib.dumps((), 'fail')))
except xmlrpclib.Fault as f:
    print repr(f)
try:
    xmlrpclib.loads(d2._marshaled_dispatch('<not xml'))
except xmlrpclib.Fault as f:
    print f.faultCode
cgi = S.CGIXMLRPCRequestHandler()
cgi.register_function(pow)
old = sys.stdout
sys.stdout = out = StringIO.StringIO()
cgi.handle_request(xmlrpclib.dumps((3, 3), 'pow'))
sys.stdout = old
print out.getvalue().replace('\n', '|')
