"""The `_socket` module: BSD sockets (socket.py in lib-python wraps it).
The constants are those 2.7's _socket defines on Linux; their values are
read from the host's socket module at build time (same platform)."""
import socket as host_socket
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.support.markers import not_rpython

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

CONSTANT_NAMES = [
    "AF_APPLETALK", "AF_ASH", "AF_ATMPVC", "AF_ATMSVC", "AF_AX25", "AF_BRIDGE", "AF_ECONET", "AF_INET",
    "AF_INET6", "AF_IPX", "AF_IRDA", "AF_KEY", "AF_LLC", "AF_NETBEUI", "AF_NETLINK", "AF_NETROM",
    "AF_PACKET", "AF_PPPOX", "AF_ROSE", "AF_ROUTE", "AF_SECURITY", "AF_SNA", "AF_TIPC", "AF_UNIX",
    "AF_UNSPEC", "AF_WANPIPE", "AF_X25", "AI_ADDRCONFIG", "AI_ALL", "AI_CANONNAME", "AI_NUMERICHOST",
    "AI_NUMERICSERV", "AI_PASSIVE", "AI_V4MAPPED", "EAI_ADDRFAMILY", "EAI_AGAIN", "EAI_BADFLAGS", "EAI_FAIL",
    "EAI_FAMILY", "EAI_MEMORY", "EAI_NODATA", "EAI_NONAME", "EAI_OVERFLOW", "EAI_SERVICE", "EAI_SOCKTYPE",
    "EAI_SYSTEM", "INADDR_ALLHOSTS_GROUP", "INADDR_ANY", "INADDR_BROADCAST", "INADDR_LOOPBACK",
    "INADDR_MAX_LOCAL_GROUP", "INADDR_NONE", "INADDR_UNSPEC_GROUP", "IPPORT_RESERVED", "IPPORT_USERRESERVED",
    "IPPROTO_AH", "IPPROTO_DSTOPTS", "IPPROTO_EGP", "IPPROTO_ESP", "IPPROTO_FRAGMENT", "IPPROTO_GRE",
    "IPPROTO_HOPOPTS", "IPPROTO_ICMP", "IPPROTO_ICMPV6", "IPPROTO_IDP", "IPPROTO_IGMP", "IPPROTO_IP",
    "IPPROTO_IPIP", "IPPROTO_IPV6", "IPPROTO_NONE", "IPPROTO_PIM", "IPPROTO_PUP", "IPPROTO_RAW",
    "IPPROTO_ROUTING", "IPPROTO_RSVP", "IPPROTO_TCP", "IPPROTO_TP", "IPPROTO_UDP", "IPV6_CHECKSUM",
    "IPV6_DONTFRAG", "IPV6_DSTOPTS", "IPV6_HOPLIMIT", "IPV6_HOPOPTS", "IPV6_JOIN_GROUP", "IPV6_LEAVE_GROUP",
    "IPV6_MULTICAST_HOPS", "IPV6_MULTICAST_IF", "IPV6_MULTICAST_LOOP", "IPV6_NEXTHOP", "IPV6_PATHMTU",
    "IPV6_PKTINFO", "IPV6_RECVDSTOPTS", "IPV6_RECVHOPLIMIT", "IPV6_RECVHOPOPTS", "IPV6_RECVPATHMTU",
    "IPV6_RECVPKTINFO", "IPV6_RECVRTHDR", "IPV6_RECVTCLASS", "IPV6_RTHDR", "IPV6_RTHDRDSTOPTS",
    "IPV6_RTHDR_TYPE_0", "IPV6_TCLASS", "IPV6_UNICAST_HOPS", "IPV6_V6ONLY", "IP_ADD_MEMBERSHIP",
    "IP_DEFAULT_MULTICAST_LOOP", "IP_DEFAULT_MULTICAST_TTL", "IP_DROP_MEMBERSHIP", "IP_HDRINCL",
    "IP_MAX_MEMBERSHIPS", "IP_MULTICAST_IF", "IP_MULTICAST_LOOP", "IP_MULTICAST_TTL", "IP_OPTIONS",
    "IP_RECVOPTS", "IP_RECVRETOPTS", "IP_RETOPTS", "IP_TOS", "IP_TTL", "MSG_CTRUNC", "MSG_DONTROUTE",
    "MSG_DONTWAIT", "MSG_EOR", "MSG_OOB", "MSG_PEEK", "MSG_TRUNC", "MSG_WAITALL", "NETLINK_DNRTMSG",
    "NETLINK_FIREWALL", "NETLINK_IP6_FW", "NETLINK_NFLOG", "NETLINK_ROUTE", "NETLINK_USERSOCK",
    "NETLINK_XFRM", "NI_DGRAM", "NI_MAXHOST", "NI_MAXSERV", "NI_NAMEREQD", "NI_NOFQDN", "NI_NUMERICHOST",
    "NI_NUMERICSERV", "PACKET_BROADCAST", "PACKET_FASTROUTE", "PACKET_HOST", "PACKET_LOOPBACK",
    "PACKET_MULTICAST", "PACKET_OTHERHOST", "PACKET_OUTGOING", "PF_PACKET", "SHUT_RD", "SHUT_RDWR",
    "SHUT_WR", "SOCK_DGRAM", "SOCK_RAW", "SOCK_RDM", "SOCK_SEQPACKET", "SOCK_STREAM", "SOL_IP", "SOL_SOCKET",
    "SOL_TCP", "SOL_TIPC", "SOL_UDP", "SOMAXCONN", "SO_ACCEPTCONN", "SO_BROADCAST", "SO_DEBUG",
    "SO_DONTROUTE", "SO_ERROR", "SO_KEEPALIVE", "SO_LINGER", "SO_OOBINLINE", "SO_RCVBUF", "SO_RCVLOWAT",
    "SO_RCVTIMEO", "SO_REUSEADDR", "SO_REUSEPORT", "SO_SNDBUF", "SO_SNDLOWAT", "SO_SNDTIMEO", "SO_TYPE",
    "TCP_CORK", "TCP_DEFER_ACCEPT", "TCP_INFO", "TCP_KEEPCNT", "TCP_KEEPIDLE", "TCP_KEEPINTVL",
    "TCP_LINGER2", "TCP_MAXSEG", "TCP_NODELAY", "TCP_QUICKACK", "TCP_SYNCNT", "TCP_WINDOW_CLAMP",
    "TIPC_ADDR_ID", "TIPC_ADDR_NAME", "TIPC_ADDR_NAMESEQ", "TIPC_CFG_SRV", "TIPC_CLUSTER_SCOPE",
    "TIPC_CONN_TIMEOUT", "TIPC_CRITICAL_IMPORTANCE", "TIPC_DEST_DROPPABLE", "TIPC_HIGH_IMPORTANCE",
    "TIPC_IMPORTANCE", "TIPC_LOW_IMPORTANCE", "TIPC_MEDIUM_IMPORTANCE", "TIPC_NODE_SCOPE", "TIPC_PUBLISHED",
    "TIPC_SRC_DROPPABLE", "TIPC_SUBSCR_TIMEOUT", "TIPC_SUB_CANCEL", "TIPC_SUB_PORTS", "TIPC_SUB_SERVICE",
    "TIPC_TOP_SRV", "TIPC_WAIT_FOREVER", "TIPC_WITHDRAWN", "TIPC_ZONE_SCOPE",
]


def new_exception_type(space: "ObjSpace", name: str, w_base: W_Root) -> W_Root:
    w_dict = space.newdict()
    space.setitem(w_dict, space.newstr("__module__"), space.newstr("socket"))
    return space.call_function(space.w_type, [space.newstr(name), space.newtuple([w_base]), w_dict])


@not_rpython
def setup(space: "ObjSpace") -> list[W_Root]:
    from pypy27.interpreter.gateway import Builtin0, Builtin1, Builtin2, BuiltinArgs, BuiltinOpt, W_Builtin
    from pypy27.interpreter.module._socket import errors, functions as f
    from pypy27.interpreter.module._socket.sockobj import make_socket_type
    from pypy27.interpreter.module.builtin.moduleobject import new_builtin_module
    w_mod = new_builtin_module(space, "_socket", "Implementation module for socket operations.\n\n"
                                                  "See the socket module for documentation.")
    st = errors.state
    st.w_error = new_exception_type(space, "error", space.w_IOError)
    st.w_herror = new_exception_type(space, "herror", st.w_error)
    st.w_gaierror = new_exception_type(space, "gaierror", st.w_error)
    st.w_timeout = new_exception_type(space, "timeout", st.w_error)
    w_type = make_socket_type(space)
    st.w_socket_type = w_type
    for name, w_value in [("error", st.w_error), ("herror", st.w_herror), ("gaierror", st.w_gaierror),
                          ("timeout", st.w_timeout), ("socket", w_type), ("SocketType", w_type)]:
        w_mod.setattr_str(space, name, w_value)
    gateways: list[W_Builtin] = [
        Builtin0("gethostname", f.sock_gethostname), Builtin1("gethostbyname", f.sock_gethostbyname),
        Builtin1("gethostbyname_ex", f.sock_gethostbyname_ex), Builtin1("gethostbyaddr", f.sock_gethostbyaddr),
        BuiltinArgs("getaddrinfo", f.sock_getaddrinfo), Builtin2("getnameinfo", f.sock_getnameinfo),
        BuiltinOpt("getservbyname", f.sock_getservbyname, 1, 2),
        BuiltinOpt("getservbyport", f.sock_getservbyport, 1, 2),
        Builtin1("getprotobyname", f.sock_getprotobyname),
        Builtin1("inet_aton", f.sock_inet_aton), Builtin1("inet_ntoa", f.sock_inet_ntoa),
        Builtin2("inet_pton", f.sock_inet_pton), Builtin2("inet_ntop", f.sock_inet_ntop),
        Builtin1("htons", f.sock_htons), Builtin1("ntohs", f.sock_htons),
        Builtin1("htonl", f.sock_htonl), Builtin1("ntohl", f.sock_htonl),
        Builtin0("getdefaulttimeout", f.sock_getdefaulttimeout),
        Builtin1("setdefaulttimeout", f.sock_setdefaulttimeout),
        BuiltinOpt("socketpair", f.sock_socketpair, 0, 3), BuiltinOpt("fromfd", f.sock_fromfd, 3, 4),
    ]
    for w_fn in gateways:
        w_mod.setattr_str(space, w_fn.name, w_fn)
    for name in CONSTANT_NAMES:
        w_mod.setattr_str(space, name, space.newint(int(getattr(host_socket, name))))
    w_mod.setattr_str(space, "AF_DECnet", space.newint(12))
    w_mod.setattr_str(space, "has_ipv6", space.w_True)
    return [w_mod]
