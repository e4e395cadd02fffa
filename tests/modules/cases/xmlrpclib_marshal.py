import xmlrpclib, datetime
class Obj:
    def __init__(self):
        self.a = 1
values = (1, -2L, True, 1.5, 'a<b&c>', u'caf\xe9', [1, [2, 'x']], (3,), {'k': {'n': None}},
          xmlrpclib.DateTime('20230102T03:04:05'), xmlrpclib.Binary('\x00\xffbin'), datetime.datetime(2020, 1, 2, 3, 4, 5))
for v in values:
    data = xmlrpclib.dumps((v,), allow_none=True)
    back = xmlrpclib.loads(data)[0][0]
    print repr(data.replace('\n', '|')), '->', repr(back) if not isinstance(back, (xmlrpclib.DateTime, xmlrpclib.Binary)) else repr(str(back))
print repr(xmlrpclib.dumps((Obj(),)))
req = xmlrpclib.dumps((1, 'two'), 'math.add')
print repr(req)
print xmlrpclib.loads(req)
print repr(xmlrpclib.dumps((5,), methodresponse=True, encoding='iso-8859-1'))
print repr(xmlrpclib.dumps(xmlrpclib.Fault(4, 'Too many parameters.')))
try:
    xmlrpclib.loads(xmlrpclib.dumps(xmlrpclib.Fault(4, 'Too many <params>')))
except xmlrpclib.Fault as f:
    print 'Fault', f.faultCode, f.faultString, repr(f)
for bad in ((None,), (2 ** 31,), (-2 ** 31 - 1,), ({1: 2},), (object(),), (set(),)):
    try:
        xmlrpclib.dumps(bad)
    except (TypeError, OverflowError) as e:
        print type(e).__name__, e
l = []
l.append(l)
try:
    xmlrpclib.dumps((l,))
except TypeError as e:
    print e
print xmlrpclib.loads('<params><param><value>bare</value></param><param><value><i4>7</i4></value></param>'
                      '<param><value><struct><member><name>x</name><value><boolean>1</boolean></value></member></struct></value></param></params>')
print xmlrpclib.loads('<params><param><value><dateTime.iso8601>20200102T03:04:05</dateTime.iso8601></value></param></params>', use_datetime=True)
for bad in ('<params><param><value><boolean>2</boolean></value></param></params>', '<params><param><value><array><data>', '<foo/>'):
    try:
        print xmlrpclib.loads(bad)
    except (TypeError, xmlrpclib.ResponseError) as e:
        print type(e).__name__, repr(e)
    except Exception as e:
        print 'other', type(e).__name__
d = xmlrpclib.DateTime('20200102T03:04:05')
print d == '20200102T03:04:05', d < xmlrpclib.DateTime('20210101T00:00:00'), d == datetime.datetime(2020, 1, 2, 3, 4, 5), d.timetuple()[:6]
try:
    d < 5
except TypeError as e:
    print e
print xmlrpclib.DateTime((2001, 2, 3, 4, 5, 6, 0, 0, 0))
try:
    xmlrpclib.DateTime(datetime.date(2001, 2, 3))
except TypeError:
    print 'TypeError'
b = xmlrpclib.Binary('abc')
print str(b), b == 'abc', b == xmlrpclib.Binary('abc'), repr(xmlrpclib.ProtocolError('http://x/', 404, 'Not Found', {}))
print xmlrpclib.gzip_decode(xmlrpclib.gzip_encode('payload' * 10)) == 'payload' * 10
try:
    xmlrpclib.gzip_decode(xmlrpclib.gzip_encode('x' * 100), max_decode=10)
except ValueError as e:
    print e
p = xmlrpclib.ServerProxy('http://user:pw@localhost:8000')
print repr(p), isinstance(p('transport'), xmlrpclib.Transport)
print xmlrpclib.Transport().get_host_info('user:pw@host:80')
try:
    xmlrpclib.ServerProxy('ftp://x')
except IOError as e:
    print e
try:
    p('nope')
except AttributeError as e:
    print e
class FakeServer:
    class system:
        @staticmethod
        def multicall(calls):
            print 'multicall', calls
            return [[3], {'faultCode': 1, 'faultString': 'bad'}]
m = xmlrpclib.MultiCall(FakeServer())
m.add(1, 2)
m.ns.fail()
res = m()
print res[0]
try:
    res[1]
except xmlrpclib.Fault as f:
    print repr(f)
print xmlrpclib.escape('<&>'), xmlrpclib.MAXINT, xmlrpclib.MININT, xmlrpclib.boolean(1)
