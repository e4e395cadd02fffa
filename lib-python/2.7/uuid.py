r"""UUID objects (universally unique identifiers) as specified in RFC 4122.

UUID() builds one from its hex text, 16 bytes (big- or little-endian
fields), a 6-tuple of fields or a 128-bit integer; uuid1() makes one from
the time and the host's network address, uuid3() and uuid5() from a
namespace UUID and a name (MD5 and SHA-1), uuid4() at random.

    >>> import uuid
    >>> uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org')
    UUID('6fa459ea-ee8a-3ca4-894e-db77e160355e')
"""
import os

RESERVED_NCS, RFC_4122, RESERVED_MICROSOFT, RESERVED_FUTURE = [
    'reserved for NCS compatibility', 'specified in RFC 4122',
    'reserved for Microsoft compatibility', 'reserved for future definition']

# (name, width in bits) of the six fields, most significant first
_FIELDS = (('time_low', 32), ('time_mid', 16), ('time_hi_version', 16),
           ('clock_seq_hi_variant', 8), ('clock_seq_low', 8), ('node', 48))


def _from_bytes(data):
    """The big-endian integer a byte string spells."""
    return long(data.encode('hex') or '0', 16)


def _to_bytes(value):
    return ('%032x' % value).decode('hex')


class UUID(object):
    """An immutable UUID; all its views (bytes, fields, hex, urn, ...) are
    computed from the 128-bit integer kept in .int."""

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None,
                 int=None, version=None):
        given = [x for x in (hex, bytes, bytes_le, fields, int) if x is not None]
        if len(given) != 1:
            raise TypeError('need one of hex, bytes, bytes_le, fields, or int')
        if hex is not None:
            digits = hex.replace('urn:', '').replace('uuid:', '')
            digits = digits.strip('{}').replace('-', '')
            if len(digits) != 32:
                raise ValueError('badly formed hexadecimal UUID string')
            int = long(digits, 16)
        if bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError('bytes_le is not a 16-char string')
            # the first three fields are stored little-endian
            bytes = (bytes_le[3::-1] + bytes_le[5:3:-1] + bytes_le[7:5:-1] +
                     bytes_le[8:])
        if bytes is not None:
            if len(bytes) != 16:
                raise ValueError('bytes is not a 16-char string')
            int = _from_bytes(bytes)
        if fields is not None:
            if len(fields) != 6:
                raise ValueError('fields is not a 6-tuple')
            int = 0L
            for position, ((name, width), value) in enumerate(zip(_FIELDS, fields)):
                if not 0 <= value < (1L << width):
                    article = width == 8 and 'an' or 'a'
                    raise ValueError('field %d out of range (need %s %d-bit value)'
                                     % (position + 1, article, width))
                int = (int << width) | value
        if not 0 <= int < (1L << 128):
            raise ValueError('int is out of range (need a 128-bit value)')
        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError('illegal version number')
            # the RFC 4122 variant (bits 62..63 = 10), then the version
            # in bits 76..79
            int = (int & ~(3L << 62)) | (2L << 62)
            int = (int & ~(15L << 76)) | (long(version) << 76)
        object.__setattr__(self, 'int', long(int))

    def __setattr__(self, name, value):
        raise TypeError('UUID objects are immutable')

    # comparisons and hashing go by the integer
    def __eq__(self, other):
        if isinstance(other, UUID):
            return self.int == other.int
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, UUID):
            return self.int != other.int
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, UUID):
            return self.int < other.int
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, UUID):
            return self.int > other.int
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, UUID):
            return self.int <= other.int
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, UUID):
            return self.int >= other.int
        return NotImplemented

    def __hash__(self):
        return hash(self.int)

    def __repr__(self):
        return 'UUID(%r)' % (str(self),)

    def __int__(self):
        return self.int

    def __str__(self):
        text = '%032x' % self.int
        return '%s-%s-%s-%s-%s' % (text[:8], text[8:12], text[12:16],
                                   text[16:20], text[20:])

    # the views, all computed from .int
    @property
    def bytes(self):
        return _to_bytes(self.int)

    @property
    def bytes_le(self):
        b = self.bytes
        return b[3::-1] + b[5:3:-1] + b[7:5:-1] + b[8:]

    @property
    def fields(self):
        return tuple([getattr(self, name) for name, width in _FIELDS])

    time_low = property(lambda self: self._bits(96, 32))
    time_mid = property(lambda self: self._bits(80, 16))
    time_hi_version = property(lambda self: self._bits(64, 16))
    clock_seq_hi_variant = property(lambda self: self._bits(56, 8))
    clock_seq_low = property(lambda self: self._bits(48, 8))
    node = property(lambda self: self._bits(0, 48))

    def _bits(self, shift, width):
        return (self.int >> shift) & ((1L << width) - 1)

    @property
    def time(self):
        """The 60-bit timestamp of a version-1 UUID."""
        return (self._bits(64, 12) << 48L) | (self.time_mid << 32L) | self.time_low

    @property
    def clock_seq(self):
        return (self._bits(56, 6) << 8L) | self.clock_seq_low

    @property
    def hex(self):
        return '%032x' % self.int

    @property
    def urn(self):
        return 'urn:uuid:%s' % (self,)

    @property
    def variant(self):
        # the top bits of clock_seq_hi_variant: 0xx, 10x, 110, 111
        top = self._bits(61, 3)
        if top < 4:
            return RESERVED_NCS
        if top < 6:
            return RFC_4122
        if top == 6:
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def version(self):
        """1 to 5 for RFC 4122 UUIDs, None for other variants."""
        if self.variant != RFC_4122:
            return None
        return int(self._bits(76, 4))


# ---- the hardware address -----------------------------------------------------

def _find_mac(command, args, hw_identifiers, get_index):
    """Run command (looked up in PATH, /sbin and /usr/sbin) and read a MAC
    address from the word get_index(i) of its output, where word i is one
    of hw_identifiers; addresses wider than 48 bits are passed over."""
    path = os.environ.get('PATH', os.defpath).split(os.pathsep)
    path.extend(('/sbin', '/usr/sbin'))
    for directory in path:
        executable = os.path.join(directory, command)
        if os.path.exists(executable) and os.access(executable, os.X_OK):
            break
    else:
        return None
    try:
        # the C locale keeps the identifiers in English
        pipe = os.popen('LC_ALL=C %s %s 2>/dev/null' % (executable, args))
    except (IOError, OSError):
        return None
    try:
        for line in pipe:
            words = line.lower().rstrip().split()
            for i, word in enumerate(words):
                if word not in hw_identifiers:
                    continue
                try:
                    text = words[get_index(i)]
                    mac = int(text.replace(':', '').replace('-', ''), 16)
                except (ValueError, IndexError):
                    continue
                if 0 < mac < (1 << 48):
                    return mac
    finally:
        pipe.close()
    return None


def _ifconfig_getnode():
    """The address ifconfig shows (whichever spelling this one uses)."""
    for args in ('', '-a', '-av'):
        mac = _find_mac('ifconfig', args, ['hwaddr', 'ether', 'address:', 'lladdr'],
                        lambda i: i + 1)
        if mac:
            return mac
    return None


def _ip_getnode():
    """The address `ip link` shows after link/ether."""
    return _find_mac('ip', 'link list', ['link/ether'], lambda i: i + 1)


def _arp_getnode():
    """This host's entry in the ARP table."""
    import socket
    try:
        address = socket.gethostbyname(socket.gethostname())
    except EnvironmentError:
        return None
    return _find_mac('arp', '-an', [address], lambda i: -1)


def _lanscan_getnode():
    """HP-UX's lanscan."""
    return _find_mac('lanscan', '-ai', ['lan0'], lambda i: 0)


def _netstat_getnode():
    """The Address column of `netstat -ia` (AIX and others)."""
    try:
        pipe = os.popen('LC_ALL=C netstat -ia 2>/dev/null')
    except (IOError, OSError):
        return None
    try:
        header = pipe.readline().rstrip().split()
        try:
            column = header.index('Address')
        except ValueError:
            return None
        for line in pipe:
            words = line.rstrip().split()
            try:
                word = words[column]
            except IndexError:
                continue
            if len(word) == 17 and word.count(':') == 5:
                mac = int(word.replace(':', ''), 16)
                if mac:
                    return mac
    finally:
        pipe.close()
    return None


def _ipconfig_getnode():
    """Windows only."""
    return None


def _netbios_getnode():
    """Windows only."""
    return None


# libuuid's generator, when ctypes can reach it (None otherwise)
_uuid_generate_time = None
_libuuid_tried = False


def _load_libuuid():
    global _uuid_generate_time, _libuuid_tried
    if _libuuid_tried:
        return
    _libuuid_tried = True
    try:
        import ctypes
        import ctypes.util
        for name in ('uuid', 'c'):
            path = ctypes.util.find_library(name)
            if not path:
                continue
            lib = ctypes.CDLL(path)
            if hasattr(lib, 'uuid_generate_time'):
                _uuid_generate_time = lib.uuid_generate_time
                return
    except Exception:
        pass


def _unixdll_getnode():
    """The node of a version-1 UUID from libuuid (TypeError without it)."""
    _load_libuuid()
    import ctypes
    buf = ctypes.create_string_buffer(16)
    _uuid_generate_time(buf)
    return UUID(bytes=buf.raw).node


def _windll_getnode():
    """Windows only."""
    return None


def _random_getnode():
    """48 random bits with the multicast bit set (RFC 4122, 4.5)."""
    import random
    return random.getrandbits(48) | (1 << 40)


_NODE_GETTERS_WIN32 = [_windll_getnode, _netbios_getnode, _ipconfig_getnode]
_NODE_GETTERS_UNIX = [_ifconfig_getnode, _ip_getnode, _arp_getnode,
                      _lanscan_getnode, _netstat_getnode]

_node = None


def getnode():
    """The hardware address as a 48-bit integer, found once by the first
    method that works; a random one (multicast bit set) if none does."""
    global _node
    if _node is None:
        _node = _first_node()
    return _node


def _first_node():
    import sys
    getters = (sys.platform == 'win32' and _NODE_GETTERS_WIN32
               or _NODE_GETTERS_UNIX)
    for getter in getters + [_random_getnode]:
        try:
            found = getter()
        except Exception:
            continue
        if found is not None and 0 <= found < (1 << 48):
            return found
    return _random_getnode()


# ---- the generators ---------------------------------------------------------------

_last_timestamp = None

# 100-ns intervals between 1582-10-15 (the Gregorian reform) and 1970-01-01
_GREGORIAN_OFFSET = 0x01b21dd213814000


def uuid1(node=None, clock_seq=None):
    """A version-1 UUID from the time, clock_seq (14 random bits unless
    given) and node (getnode() unless given)."""
    global _last_timestamp
    import time
    nanoseconds = int(time.time() * 1e9)
    timestamp = int(nanoseconds // 100) + _GREGORIAN_OFFSET
    # never twice the same timestamp from this process
    if _last_timestamp is not None and timestamp <= _last_timestamp:
        timestamp = _last_timestamp + 1
    _last_timestamp = timestamp
    if clock_seq is None:
        import random
        clock_seq = random.getrandbits(14)
    if node is None:
        node = getnode()
    fields = (timestamp & 0xffffffffL, (timestamp >> 32L) & 0xffffL,
              (timestamp >> 48L) & 0x0fffL, (clock_seq >> 8L) & 0x3fL,
              clock_seq & 0xffL, node)
    return UUID(fields=fields, version=1)


def uuid3(namespace, name):
    """A version-3 UUID: the MD5 of the namespace's bytes and the name."""
    from hashlib import md5
    digest = md5(namespace.bytes + name).digest()
    return UUID(bytes=digest[:16], version=3)


def uuid4():
    """A random (version-4) UUID."""
    try:
        data = os.urandom(16)
    except NotImplementedError:
        import random
        data = ''.join(chr(random.randrange(256)) for _ in range(16))
    return UUID(bytes=data, version=4)


def uuid5(namespace, name):
    """A version-5 UUID: the SHA-1 of the namespace's bytes and the name."""
    from hashlib import sha1
    digest = sha1(namespace.bytes + name).digest()
    return UUID(bytes=digest[:16], version=5)


# the name spaces of RFC 4122, appendix C
NAMESPACE_DNS = UUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_URL = UUID('6ba7b811-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_OID = UUID('6ba7b812-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_X500 = UUID('6ba7b814-9dad-11d1-80b4-00c04fd430c8')
