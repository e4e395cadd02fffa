# _socket's numbers are C ints and its strings 2.7's "s" (unicode in ASCII)
import _socket
for f, a in [(_socket.inet_pton, (2 ** 31, '1.2.3.4')), (_socket.inet_pton, (-2 ** 63, 'x')), (_socket.inet_pton, (_socket.AF_INET, u'1.2.3.4')),
             (_socket.inet_ntop, (2 ** 31, 'abcd')), (_socket.inet_ntop, (_socket.AF_INET, u'\udc80')),
             (_socket.getservbyname, (u'\udc80',)), (_socket.getservbyname, ('nosuchservice', u'\udc80')),
             (_socket.getservbyport, (2 ** 31,)), (_socket.getservbyport, (70000,)),
             (_socket.socketpair, (2 ** 31,)), (_socket.socketpair, (_socket.AF_UNIX, 2 ** 63)),
             (_socket.fromfd, (None, 1, 1)), (_socket.fromfd, (2 ** 31, 1, 1)), (_socket.fromfd, (0, 'x', 1))]:
    try:
        f(*a)
        print f.__name__, a, 'ok'
    except Exception as e:
        print f.__name__, a, type(e).__name__, e
