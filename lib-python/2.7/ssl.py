"""TLS/SSL wrapper for socket objects (2.7's `ssl`, with the SSLContext
API of 2.7.9 and later) over OpenSSL through the _ssl module.

    context = ssl.create_default_context()      # verifies certificates
    s = context.wrap_socket(socket.create_connection((host, 443)),
                            server_hostname=host)

An SSLSocket is a socket whose send/recv go through TLS; the handshake
happens on connect (or right away for a connected socket) unless
do_handshake_on_connect is false.  Timeouts of the underlying socket
apply to every TLS operation."""

import base64
import errno
import os
import re
import select
import socket as _socket_module
import sys
import textwrap
import weakref
from collections import namedtuple

import _ssl
from _ssl import (CERT_NONE, CERT_OPTIONAL, CERT_REQUIRED,
                  PROTOCOL_SSLv23, PROTOCOL_TLS, PROTOCOL_TLSv1,
                  PROTOCOL_TLSv1_1, PROTOCOL_TLSv1_2,
                  OP_ALL, OP_NO_SSLv2, OP_NO_SSLv3, OP_NO_TLSv1, OP_NO_TLSv1_1,
                  OP_NO_TLSv1_2, OP_NO_TLSv1_3, OP_NO_COMPRESSION,
                  OP_CIPHER_SERVER_PREFERENCE, OP_SINGLE_DH_USE,
                  OP_SINGLE_ECDH_USE, OP_ENABLE_MIDDLEBOX_COMPAT,
                  SSL_ERROR_SSL, SSL_ERROR_WANT_READ, SSL_ERROR_WANT_WRITE,
                  SSL_ERROR_WANT_X509_LOOKUP, SSL_ERROR_SYSCALL,
                  SSL_ERROR_ZERO_RETURN, SSL_ERROR_WANT_CONNECT, SSL_ERROR_EOF,
                  SSL_ERROR_INVALID_ERROR_CODE,
                  VERIFY_DEFAULT, VERIFY_CRL_CHECK_LEAF, VERIFY_CRL_CHECK_CHAIN,
                  VERIFY_X509_STRICT, VERIFY_X509_TRUSTED_FIRST,
                  HAS_SNI, HAS_ECDH, HAS_NPN, HAS_ALPN, HAS_TLSv1_3,
                  RAND_status, RAND_add)
from socket import socket, _fileobject, SOCK_STREAM, AF_INET, SOL_SOCKET, SO_TYPE
from socket import error as socket_error
from socket import create_connection

for _name in dir(_ssl):
    if _name.startswith('ALERT_DESCRIPTION_'):
        globals()[_name] = getattr(_ssl, _name)
del _name

OPENSSL_VERSION, OPENSSL_VERSION_NUMBER = _ssl.openssl_version()


def _version_info(n):
    # 0xMNN00PP0L: major, minor, patch (OpenSSL 3 numbering)
    return (n >> 28, (n >> 20) & 0xff, (n >> 12) & 0xff, (n >> 4) & 0xff, n & 0xf)

OPENSSL_VERSION_INFO = _OPENSSL_API_VERSION = _version_info(OPENSSL_VERSION_NUMBER)

_PROTOCOL_NAMES = {
    PROTOCOL_TLS: 'PROTOCOL_TLS',
    PROTOCOL_TLSv1: 'PROTOCOL_TLSv1',
    PROTOCOL_TLSv1_1: 'PROTOCOL_TLSv1_1',
    PROTOCOL_TLSv1_2: 'PROTOCOL_TLSv1_2',
}

# protocol -> (lowest, highest) TLS version number; 0: no limit
_VERSION_RANGE = {
    PROTOCOL_TLS: (0, 0),
    PROTOCOL_TLSv1: (0x301, 0x301),
    PROTOCOL_TLSv1_1: (0x302, 0x302),
    PROTOCOL_TLSv1_2: (0x303, 0x303),
}

# OpenSSL 3 reports a peer closing without close_notify as an error;
# 2.7 treated it as the end of the data.
_OP_IGNORE_UNEXPECTED_EOF = 0x80

CHANNEL_BINDING_TYPES = []

_DEFAULT_CIPHERS = (
    'TLS13-AES-256-GCM-SHA384:TLS13-CHACHA20-POLY1305-SHA256:'
    'TLS13-AES-128-GCM-SHA256:'
    'ECDH+AESGCM:ECDH+CHACHA20:DH+AESGCM:DH+CHACHA20:ECDH+AES256:DH+AES256:'
    'ECDH+AES128:DH+AES:ECDH+HIGH:DH+HIGH:RSA+AESGCM:RSA+AES:RSA+HIGH:'
    '!aNULL:!eNULL:!MD5:!3DES')

_RESTRICTED_SERVER_CIPHERS = (
    'TLS13-AES-256-GCM-SHA384:TLS13-CHACHA20-POLY1305-SHA256:'
    'TLS13-AES-128-GCM-SHA256:'
    'ECDH+AESGCM:ECDH+CHACHA20:DH+AESGCM:DH+CHACHA20:ECDH+AES256:DH+AES256:'
    'ECDH+AES128:DH+AES:ECDH+HIGH:DH+HIGH:RSA+AESGCM:RSA+AES:RSA+HIGH:'
    '!aNULL:!eNULL:!MD5:!DSS:!RC4:!3DES')


def get_protocol_name(protocol_code):
    return _PROTOCOL_NAMES.get(protocol_code, '<unknown>')


# Errors.

class SSLError(socket_error):
    """An error of the TLS layer; `library` and `reason` name OpenSSL's
    error when there is one."""

    library = None
    reason = None

    def __str__(self):
        if len(self.args) == 2 and isinstance(self.args[1], basestring):
            return self.args[1]
        return socket_error.__str__(self)


class SSLZeroReturnError(SSLError):
    """The peer closed the TLS connection cleanly."""


class SSLWantReadError(SSLError):
    """A non-blocking socket needs data before the operation can go on."""


class SSLWantWriteError(SSLError):
    """A non-blocking socket must be writable before the operation can go on."""


class SSLSyscallError(SSLError):
    """A system call failed under the TLS layer."""


class SSLEOFError(SSLError):
    """The connection ended in the middle of the TLS protocol."""


class CertificateError(ValueError):
    pass


def _openssl_error(default_message="unknown error", packed_errno=False):
    """The SSLError for the thread's OpenSSL error queue; its errno is
    SSL_ERROR_SSL, or (packed_errno, for the context's calls as in 2.7)
    OpenSSL's own error code."""
    code, library, reason = _ssl.err_pop()
    if not code:
        return SSLError(SSL_ERROR_SSL, default_message)
    name = (reason or 'unknown error').upper().replace(' ', '_')
    message = '[%s: %s] %s' % ('SSL' if library == 'SSL routines' else (library or 'SSL'),
                               name, reason)
    err = SSLError(code if packed_errno else SSL_ERROR_SSL, message)
    err.library = 'SSL'
    err.reason = name
    return err


def _io_error(code, ret, err_no):
    """The exception for a failed SSL_read/write/handshake/shutdown."""
    if code == SSL_ERROR_WANT_READ:
        return SSLWantReadError(code, "The operation did not complete (read)")
    if code == SSL_ERROR_WANT_WRITE:
        return SSLWantWriteError(code, "The operation did not complete (write)")
    if code == SSL_ERROR_ZERO_RETURN:
        return SSLZeroReturnError(code, "TLS/SSL connection has been closed (EOF)")
    if code == SSL_ERROR_SYSCALL:
        pending = _openssl_error(None)
        if pending.reason:
            return pending
        if err_no:
            return socket_error(err_no, os.strerror(err_no))
        if ret == 0:
            return SSLEOFError(SSL_ERROR_EOF, "EOF occurred in violation of protocol")
        return SSLSyscallError(code, "Some I/O error occurred")
    return _openssl_error()


# Certificates.

PEM_HEADER = "-----BEGIN CERTIFICATE-----"
PEM_FOOTER = "-----END CERTIFICATE-----"


def DER_cert_to_PEM_cert(der_cert_bytes):
    """A DER certificate as PEM text."""
    body = base64.standard_b64encode(der_cert_bytes)
    return PEM_HEADER + '\n' + textwrap.fill(body, 64) + '\n' + PEM_FOOTER + '\n'


def PEM_cert_to_DER_cert(pem_cert_string):
    """The DER bytes of a PEM certificate."""
    text = pem_cert_string.strip()
    if not text.startswith(PEM_HEADER):
        raise ValueError("Invalid PEM encoding; must start with %s" % PEM_HEADER)
    if not text.endswith(PEM_FOOTER):
        raise ValueError("Invalid PEM encoding; must end with %s" % PEM_FOOTER)
    return base64.decodestring(text[len(PEM_HEADER):-len(PEM_FOOTER)])


def _name_tuple(entries):
    # (rdn index, name, utf-8 value) triples -> ((('name', u'value'),), ...)
    rdns = []
    last = None
    for index, name, value in entries:
        pair = (name, value.decode('utf-8', 'replace'))
        if rdns and index == last:
            rdns[-1].append(pair)
        else:
            rdns.append([pair])
        last = index
    return tuple(tuple(rdn) for rdn in rdns)


def _cert_dict(fields):
    subject, issuer, version, serial, not_before, not_after, alt_names = fields
    cert = {
        'subject': _name_tuple(subject),
        'issuer': _name_tuple(issuer),
        # The types are 2.7's: a long, two unicode strings and a str.
        'version': long(version),
        'serialNumber': serial.upper().decode('ascii'),
        'notBefore': not_before.decode('ascii'),
        'notAfter': not_after,
    }
    if alt_names:
        cert['subjectAltName'] = tuple(alt_names)
    return cert


def _test_decode_cert(path):
    """getpeercert()'s dict for the first certificate of a PEM file."""
    fields = _ssl.decode_cert_file(path)
    if fields is None:
        raise _openssl_error("Error decoding PEM-encoded file")
    return _cert_dict(fields)


def cert_time_to_seconds(cert_time):
    """Seconds since the epoch for a certificate date such as
    'May  9 00:00:00 2007 GMT' (notBefore and notAfter)."""
    import time
    from calendar import timegm
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun",
              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    rest_format = ' %d %H:%M:%S %Y GMT'
    try:
        month = months.index(cert_time[:3].title()) + 1
    except ValueError:
        raise ValueError('time data %r does not match format "%%b%s"' % (cert_time, rest_format))
    t = time.strptime(cert_time[3:], rest_format)
    return timegm((t[0], month) + tuple(t[2:6]))


def _dnsname_match(pattern, hostname, max_wildcards=1):
    """RFC 6125 matching of a certificate name: a '*' may only stand for
    (part of) the leftmost label, and never for an IDNA A-label."""
    if not pattern:
        return False
    labels = pattern.split('.')
    first, rest = labels[0], labels[1:]
    stars = first.count('*')
    if stars > max_wildcards:
        raise CertificateError("too many wildcards in certificate DNS name: " + repr(pattern))
    if not stars:
        return pattern.lower() == hostname.lower()
    if first == '*':
        head = '[^.]+'
    elif first.startswith('xn--') or hostname.startswith('xn--'):
        head = re.escape(first)
    else:
        head = '[^.]*'.join(re.escape(part) for part in first.split('*'))
    regex = r'\A' + r'\.'.join([head] + [re.escape(label) for label in rest]) + r'\Z'
    return re.match(regex, hostname, re.IGNORECASE) is not None


def match_hostname(cert, hostname):
    """Raise CertificateError unless cert (getpeercert()'s dict) is for
    hostname: its DNS subjectAltNames, or without those its commonNames."""
    if not cert:
        raise ValueError("empty or no certificate, match_hostname needs a "
                         "SSL socket or SSL context with either "
                         "CERT_OPTIONAL or CERT_REQUIRED")
    names = []
    for kind, value in cert.get('subjectAltName', ()):
        if kind == 'DNS':
            if _dnsname_match(value, hostname):
                return
            names.append(value)
    if not names:
        # commonName only counts when there is no DNS subjectAltName.
        for rdn in cert.get('subject', ()):
            for key, value in rdn:
                if key == 'commonName':
                    if _dnsname_match(value, hostname):
                        return
                    names.append(value)
    if len(names) > 1:
        raise CertificateError("hostname %r doesn't match either of %s"
                               % (hostname, ', '.join(map(repr, names))))
    if len(names) == 1:
        raise CertificateError("hostname %r doesn't match %r" % (hostname, names[0]))
    raise CertificateError("no appropriate commonName or subjectAltName fields were found")


DefaultVerifyPaths = namedtuple("DefaultVerifyPaths",
                                "cafile capath openssl_cafile_env openssl_cafile "
                                "openssl_capath_env openssl_capath")


def get_default_verify_paths():
    """Where OpenSSL looks for trusted certificates by default (the
    SSL_CERT_FILE and SSL_CERT_DIR variables override its settings)."""
    file_env, cafile, dir_env, capath = _ssl.default_verify_paths()
    found_file = os.environ.get(file_env, cafile)
    found_dir = os.environ.get(dir_env, capath)
    return DefaultVerifyPaths(found_file if os.path.isfile(found_file) else None,
                              found_dir if os.path.isdir(found_dir) else None,
                              file_env, cafile, dir_env, capath)


class _ASN1Object(namedtuple("_ASN1Object", "nid shortname longname oid")):
    """An OpenSSL object identifier."""


class Purpose(object):
    """What a certificate is for (create_default_context's purpose)."""
    SERVER_AUTH = _ASN1Object(129, 'serverAuth', 'TLS Web Server Authentication',
                              '1.3.6.1.5.5.7.3.1')
    CLIENT_AUTH = _ASN1Object(130, 'clientAuth', 'TLS Web Client Authentication',
                              '1.3.6.1.5.5.7.3.2')


# Contexts.

class SSLContext(object):
    """Settings shared by TLS connections: protocol, certificates, trust
    store, verification and ciphers."""

    def __init__(self, protocol=PROTOCOL_TLS):
        if protocol not in _VERSION_RANGE:
            raise ValueError("invalid protocol version")
        lowest, highest = _VERSION_RANGE[protocol]
        self._ctx = _ssl.ctx_new(lowest, highest)
        if not self._ctx:
            raise _openssl_error("failed to allocate SSL context")
        self.protocol = protocol
        self._verify_mode = CERT_NONE
        self._check_hostname = False
        self._verify_flags = VERIFY_DEFAULT
        _ssl.ctx_options(self._ctx, OP_ALL | OP_NO_SSLv2 | OP_NO_SSLv3 |
                         OP_NO_COMPRESSION | _OP_IGNORE_UNEXPECTED_EOF, 0)

    def __del__(self):
        ctx, self._ctx = getattr(self, '_ctx', 0), 0
        if ctx:
            _ssl.ctx_free(ctx)

    def _get_options(self):
        return _ssl.ctx_options(self._ctx, 0, 0)

    def _set_options(self, value):
        current = self._get_options()
        _ssl.ctx_options(self._ctx, value & ~current, current & ~value)

    options = property(_get_options, _set_options)

    def _get_verify_mode(self):
        return self._verify_mode

    def _set_verify_mode(self, value):
        if value not in (CERT_NONE, CERT_OPTIONAL, CERT_REQUIRED):
            raise ValueError("invalid value for verify_mode")
        if value == CERT_NONE and self._check_hostname:
            raise ValueError("Cannot set verify_mode to CERT_NONE when "
                             "check_hostname is enabled.")
        # CERT_REQUIRED also fails when the peer sends no certificate.
        _ssl.ctx_set_verify(self._ctx, {CERT_NONE: 0, CERT_OPTIONAL: 1, CERT_REQUIRED: 3}[value])
        self._verify_mode = value

    verify_mode = property(_get_verify_mode, _set_verify_mode)

    def _get_check_hostname(self):
        return self._check_hostname

    def _set_check_hostname(self, value):
        value = bool(value)
        if value and self._verify_mode == CERT_NONE:
            raise ValueError("check_hostname needs a SSL context with either "
                             "CERT_OPTIONAL or CERT_REQUIRED")
        self._check_hostname = value

    check_hostname = property(_get_check_hostname, _set_check_hostname)

    def _get_verify_flags(self):
        return self._verify_flags

    def _set_verify_flags(self, value):
        self._verify_flags = value

    verify_flags = property(_get_verify_flags, _set_verify_flags)

    def set_ciphers(self, ciphers):
        if not _ssl.ctx_set_ciphers(self._ctx, ciphers):
            _ssl.err_pop()
            raise SSLError("No cipher can be selected.")

    def load_verify_locations(self, cafile=None, capath=None, cadata=None):
        """Trust the certificates of a PEM file, a hashed directory, or
        cadata (PEM text, or DER bytes)."""
        if cafile is None and capath is None and cadata is None:
            raise TypeError("cafile, capath and cadata cannot be all omitted")
        if cadata is not None:
            if isinstance(cadata, unicode):
                pem = cadata.encode('ascii')
            elif PEM_HEADER in cadata:
                pem = cadata
            else:
                pem = DER_cert_to_PEM_cert(cadata)
            if _ssl.ctx_load_verify_pem(self._ctx, pem) <= 0:
                raise SSLError(SSL_ERROR_SSL, "no start line: cadata does not contain a certificate")
        if cafile is not None or capath is not None:
            if isinstance(cafile, unicode):
                cafile = cafile.encode(sys.getfilesystemencoding())
            if isinstance(capath, unicode):
                capath = capath.encode(sys.getfilesystemencoding())
            ok, err = _ssl.ctx_load_verify(self._ctx, cafile, capath)
            if not ok:
                if err:
                    _ssl.err_pop()
                    raise IOError(err, os.strerror(err))
                raise _openssl_error(packed_errno=True)

    def load_cert_chain(self, certfile, keyfile=None, password=None):
        """Use a certificate (chain) and its private key (PEM files)."""
        if password is not None:
            raise NotImplementedError("encrypted private keys are not supported")
        if keyfile is None:
            keyfile = certfile
        failed, err = _ssl.ctx_load_cert_chain(self._ctx, certfile, keyfile)
        if failed:
            if err and failed in (1, 2):
                _ssl.err_pop()
                raise IOError(err, os.strerror(err))
            raise _openssl_error(packed_errno=True)

    def set_default_verify_paths(self):
        if not _ssl.ctx_default_verify_paths(self._ctx):
            raise _openssl_error(packed_errno=True)

    def load_default_certs(self, purpose=Purpose.SERVER_AUTH):
        if not isinstance(purpose, _ASN1Object):
            raise TypeError(purpose)
        self.set_default_verify_paths()

    def set_ecdh_curve(self, curve_name):
        # OpenSSL 3 chooses the curves itself.
        if not isinstance(curve_name, basestring):
            raise TypeError("curve_name must be a string")

    def wrap_socket(self, sock, server_side=False, do_handshake_on_connect=True,
                    suppress_ragged_eofs=True, server_hostname=None):
        return SSLSocket(sock=sock, server_side=server_side,
                         do_handshake_on_connect=do_handshake_on_connect,
                         suppress_ragged_eofs=suppress_ragged_eofs,
                         server_hostname=server_hostname, _context=self)


def create_default_context(purpose=Purpose.SERVER_AUTH, cafile=None,
                           capath=None, cadata=None):
    """A context with secure settings: for SERVER_AUTH (a client talking
    to servers) certificates and host names are checked against the
    given or the system's trusted certificates."""
    if not isinstance(purpose, _ASN1Object):
        raise TypeError(purpose)
    context = SSLContext(PROTOCOL_TLS)
    context.options |= OP_NO_SSLv2 | OP_NO_SSLv3 | OP_NO_COMPRESSION
    if purpose == Purpose.SERVER_AUTH:
        context.verify_mode = CERT_REQUIRED
        context.check_hostname = True
    elif purpose == Purpose.CLIENT_AUTH:
        context.options |= OP_CIPHER_SERVER_PREFERENCE | OP_SINGLE_DH_USE | OP_SINGLE_ECDH_USE
    if cafile or capath or cadata:
        context.load_verify_locations(cafile, capath, cadata)
    elif context.verify_mode != CERT_NONE:
        context.load_default_certs(purpose)
    return context


def _create_unverified_context(protocol=PROTOCOL_TLS, cert_reqs=None,
                               check_hostname=False, purpose=Purpose.SERVER_AUTH,
                               certfile=None, keyfile=None,
                               cafile=None, capath=None, cadata=None):
    """A context that checks nothing unless asked (what the standard
    library used before 2.7.9)."""
    if not isinstance(purpose, _ASN1Object):
        raise TypeError(purpose)
    context = SSLContext(protocol)
    context.options |= OP_NO_SSLv2 | OP_NO_SSLv3
    if cert_reqs is not None:
        context.verify_mode = cert_reqs
    context.check_hostname = check_hostname
    if keyfile and not certfile:
        raise ValueError("certfile must be specified")
    if certfile or keyfile:
        context.load_cert_chain(certfile, keyfile)
    if cafile or capath or cadata:
        context.load_verify_locations(cafile, capath, cadata)
    elif context.verify_mode != CERT_NONE:
        context.load_default_certs(purpose)
    return context

_create_stdlib_context = _create_unverified_context

# PYTHONHTTPSVERIFY=0 turns off certificate checks of httplib and urllib.
_https_verify_envvar = 'PYTHONHTTPSVERIFY'


def _get_https_context_factory():
    if not sys.flags.ignore_environment and os.environ.get(_https_verify_envvar) == '0':
        return _create_unverified_context
    return create_default_context

_create_default_https_context = _get_https_context_factory()


def _https_verify_certificates(enable=True):
    """Whether httplib and urllib check certificates (process-wide)."""
    global _create_default_https_context
    if enable:
        _create_default_https_context = create_default_context
    else:
        _create_default_https_context = _create_unverified_context


# Connections.

class _TLSConnection(object):
    """One OpenSSL SSL object on the descriptor of `sock`.  Every
    operation waits for the socket when OpenSSL needs it and the socket
    has a timeout."""

    def __init__(self, context, sock, server_side, server_hostname):
        self._handle = _ssl.ssl_new(context._ctx, sock.fileno(), bool(server_side),
                                    server_hostname)
        if not self._handle:
            raise _openssl_error("failed to allocate SSL object")
        # A weak reference: the socket owns this object, and a cycle
        # through an object with __del__ would never be collected.
        self._sock_ref = weakref.ref(sock)

    def __del__(self):
        handle, self._handle = getattr(self, '_handle', 0), 0
        if handle:
            _ssl.ssl_free(handle)

    def _wait(self, code, what):
        """Wait until the socket can do what OpenSSL wants; False when
        the caller should raise (non-blocking socket)."""
        sock = self._sock_ref()
        timeout = sock.gettimeout() if sock is not None else None
        if timeout is None:
            return True         # a blocking socket: OpenSSL waits itself
        if timeout == 0.0:
            return False
        fd = sock.fileno()
        if code == SSL_ERROR_WANT_READ:
            ready = select.select([fd], [], [], timeout)[0]
        else:
            ready = select.select([], [fd], [], timeout)[1]
        if not ready:
            raise _socket_module.timeout("The %s operation timed out" % what)
        return True

    def _run(self, operation, what, *args):
        while True:
            result, code, err_no = operation(self._handle, *args)
            if code == 0:
                return result
            if code in (SSL_ERROR_WANT_READ, SSL_ERROR_WANT_WRITE) and self._wait(code, what):
                continue
            raise _io_error(code, result, err_no)

    def do_handshake(self):
        self._run(_ssl.ssl_handshake, "handshake")

    def read(self, n):
        return self._run(_ssl.ssl_read, "read", n)

    def write(self, data):
        if isinstance(data, unicode):
            data = data.encode('ascii')     # as 2.7's "s*" argument
        elif not isinstance(data, str):
            # buffer, memoryview, bytearray, array (asynchat sends buffers)
            data = data.tobytes() if isinstance(data, memoryview) else str(buffer(data))
        return self._run(_ssl.ssl_write, "write", data)

    def shutdown(self):
        """Send close_notify and wait for the peer's."""
        for _ in range(2):
            ret, code, err_no = _ssl.ssl_shutdown(self._handle)
            if ret == 1:
                return
            if ret < 0:
                if code in (SSL_ERROR_WANT_READ, SSL_ERROR_WANT_WRITE) and self._wait(code, "shutdown"):
                    continue
                raise _io_error(code, ret, err_no)

    def pending(self):
        return _ssl.ssl_pending(self._handle)

    def peer_certificate(self, binary_form):
        return _ssl.ssl_peer_cert(self._handle, binary_form)

    def cipher(self):
        return _ssl.ssl_cipher(self._handle)

    def version(self):
        return _ssl.ssl_version(self._handle)


_DELEGATED_SLOTS = ('send', 'recv', 'sendto', 'recvfrom')


class SSLSocket(socket):
    """A socket whose data goes through TLS."""

    def __init__(self, sock=None, keyfile=None, certfile=None,
                 server_side=False, cert_reqs=CERT_NONE,
                 ssl_version=PROTOCOL_TLS, ca_certs=None,
                 do_handshake_on_connect=True,
                 family=AF_INET, type=SOCK_STREAM, proto=0, fileno=None,
                 suppress_ragged_eofs=True, npn_protocols=None, ciphers=None,
                 server_hostname=None, _context=None):
        if _context is None:
            # The pre-2.7.9 interface: a context from the arguments.
            if server_side and not certfile:
                raise ValueError("certfile must be specified for server-side operations")
            if keyfile and not certfile:
                raise ValueError("certfile must be specified")
            if certfile and not keyfile:
                keyfile = certfile
            _context = SSLContext(ssl_version)
            _context.verify_mode = cert_reqs
            if ca_certs:
                _context.load_verify_locations(ca_certs)
            if certfile:
                _context.load_cert_chain(certfile, keyfile)
            if ciphers:
                _context.set_ciphers(ciphers)
            self.keyfile, self.certfile = keyfile, certfile
            self.cert_reqs, self.ssl_version = cert_reqs, ssl_version
            self.ca_certs, self.ciphers = ca_certs, ciphers
        if server_side and server_hostname:
            raise ValueError("server_hostname can only be specified in client mode")
        if _context.check_hostname and not server_hostname:
            raise ValueError("check_hostname requires server_hostname")
        if sock is None:
            sock = socket(family, type, proto)
        if sock.getsockopt(SOL_SOCKET, SO_TYPE) != SOCK_STREAM:
            raise NotImplementedError("only stream sockets are supported")
        # Take the descriptor over: the plain socket object is left closed
        # (it must not be used, and closing it must not end the connection).
        timeout = sock.gettimeout()
        if sock._shared is None:
            raise socket_error(errno.EBADF, 'Bad file descriptor')
        real, shared = sock._sock, sock._shared
        sock._shared = None
        sock._sock = _socket_module._closedsocket()
        for name in _DELEGATED_SLOTS:
            setattr(sock, name, _socket_module._bad_fd)
        socket.__init__(self, _sock=real, _shared=shared)
        # socket.__init__ put the plain send/recv on the instance: use ours.
        for name in _DELEGATED_SLOTS:
            try:
                delattr(self, name)
            except AttributeError:
                pass
        self.settimeout(timeout)
        self._context = _context
        self.server_side = server_side
        self.server_hostname = server_hostname
        self.do_handshake_on_connect = do_handshake_on_connect
        self.suppress_ragged_eofs = suppress_ragged_eofs
        self._makefile_refs = 0
        self._sslobj = None
        try:
            self.getpeername()
        except socket_error as e:
            if e.errno != errno.ENOTCONN:
                raise
            self._connected = False
        else:
            self._connected = True
            self._sslobj = _TLSConnection(_context, self, server_side, server_hostname)
            if do_handshake_on_connect:
                if self.gettimeout() == 0.0:
                    raise ValueError("do_handshake_on_connect should not be specified "
                                     "for non-blocking sockets")
                try:
                    self.do_handshake()
                except (socket_error, ValueError):
                    # Nobody gets this socket: do not leave the peer waiting.
                    self.close()
                    raise

    def _get_context(self):
        return self._context

    def _set_context(self, context):
        self._context = context

    context = property(_get_context, _set_context)

    def dup(self):
        raise NotImplementedError("Can't dup() %s instances" % self.__class__.__name__)

    def _checkClosed(self, msg=None):
        pass

    def _check_connected(self):
        if not self._connected:
            # Raises ENOTCONN like a plain socket would.
            self.getpeername()

    def read(self, len=1024, buffer=None):
        """Up to len bytes of data ('' at the end); into buffer if given."""
        if not self._sslobj:
            raise ValueError("Read on closed or unwrapped SSL socket.")
        try:
            data = self._sslobj.read(len)
        except SSLError as e:
            if e.args[0] == SSL_ERROR_ZERO_RETURN:
                data = ''
            elif e.args[0] == SSL_ERROR_EOF and self.suppress_ragged_eofs:
                data = ''
            else:
                raise
        if buffer is None:
            return data
        buffer[:len(data)] = data
        return len(data)

    def write(self, data):
        if not self._sslobj:
            raise ValueError("Write on closed or unwrapped SSL socket.")
        return self._sslobj.write(data)

    def getpeercert(self, binary_form=False):
        """The peer's certificate: a dict of its fields (empty if it was
        not verified), or DER bytes; None without one."""
        self._check_connected()
        if not self._sslobj:
            raise ValueError("handshake not done yet")
        fields = self._sslobj.peer_certificate(binary_form)
        if fields is None or binary_form:
            return fields
        if self._context.verify_mode == CERT_NONE:
            return {}
        return _cert_dict(fields)

    def selected_npn_protocol(self):
        return None

    def selected_alpn_protocol(self):
        return None

    def cipher(self):
        if not self._sslobj:
            return None
        return self._sslobj.cipher()

    def compression(self):
        return None

    def version(self):
        if not self._sslobj:
            return None
        return self._sslobj.version()

    def send(self, data, flags=0):
        if not self._sslobj:
            return self._sock.send(data, flags)
        if flags != 0:
            raise ValueError("non-zero flags not allowed in calls to send() on %s" % self.__class__)
        try:
            return self._sslobj.write(data)
        except (SSLWantReadError, SSLWantWriteError):
            return 0

    def sendto(self, data, flags_or_addr, addr=None):
        if self._sslobj:
            raise ValueError("sendto not allowed on instances of %s" % self.__class__)
        if addr is None:
            return self._sock.sendto(data, flags_or_addr)
        return self._sock.sendto(data, flags_or_addr, addr)

    def sendall(self, data, flags=0):
        if not self._sslobj:
            return socket.sendall(self, data, flags)
        if flags != 0:
            raise ValueError("non-zero flags not allowed in calls to sendall() on %s"
                             % self.__class__)
        sent = 0
        view = memoryview(data).tobytes() if not isinstance(data, str) else data
        while sent < len(view):
            sent += self.send(view[sent:])
        return None

    def recv(self, buflen=1024, flags=0):
        if not self._sslobj:
            return self._sock.recv(buflen, flags)
        if flags != 0:
            raise ValueError("non-zero flags not allowed in calls to recv() on %s" % self.__class__)
        return self.read(buflen)

    def recv_into(self, buffer, nbytes=None, flags=0):
        if buffer is not None and nbytes is None:
            nbytes = len(buffer)
        elif nbytes is None:
            nbytes = 1024
        if not self._sslobj:
            return self._sock.recv_into(buffer, nbytes, flags)
        if flags != 0:
            raise ValueError("non-zero flags not allowed in calls to recv_into() on %s"
                             % self.__class__)
        return self.read(nbytes, buffer)

    def recvfrom(self, buflen=1024, flags=0):
        if self._sslobj:
            raise ValueError("recvfrom not allowed on instances of %s" % self.__class__)
        return self._sock.recvfrom(buflen, flags)

    def recvfrom_into(self, buffer, nbytes=None, flags=0):
        if self._sslobj:
            raise ValueError("recvfrom_into not allowed on instances of %s" % self.__class__)
        return self._sock.recvfrom_into(buffer, nbytes, flags)

    def pending(self):
        if self._sslobj:
            return self._sslobj.pending()
        return 0

    def shutdown(self, how):
        self._sslobj = None
        socket.shutdown(self, how)

    def close(self):
        # makefile()'s files share the connection: close it with the last.
        if self._makefile_refs < 1:
            self._sslobj = None
            socket.close(self)
        else:
            self._makefile_refs -= 1

    def unwrap(self):
        """End TLS (close_notify both ways); returns the plain socket."""
        if not self._sslobj:
            raise ValueError("No SSL wrapper around " + str(self))
        self._sslobj.shutdown()
        self._sslobj = None
        return socket(_sock=self._sock, _shared=self._shared.acquire())

    def do_handshake(self, block=False):
        """Run the TLS handshake (then check the host name if the context
        asks for it)."""
        self._check_connected()
        timeout = self.gettimeout()
        try:
            if timeout == 0.0 and block:
                self.settimeout(None)
            self._sslobj.do_handshake()
        finally:
            self.settimeout(timeout)
        if self._context.check_hostname:
            if not self.server_hostname:
                raise ValueError("check_hostname needs server_hostname argument")
            match_hostname(self.getpeercert(), self.server_hostname)

    def _real_connect(self, addr, connect_ex):
        if self.server_side:
            raise ValueError("can't connect in server-side mode")
        if self._connected:
            raise ValueError("attempt to connect already-connected SSLSocket!")
        self._sslobj = None
        if connect_ex:
            rc = socket.connect_ex(self, addr)
            if rc:
                return rc
        else:
            socket.connect(self, addr)
            rc = None
        self._sslobj = _TLSConnection(self._context, self, False, self.server_hostname)
        try:
            if self.do_handshake_on_connect:
                self.do_handshake()
        except (OSError, socket_error) as e:
            if connect_ex:
                return e.errno
            self._sslobj = None
            raise
        self._connected = True
        return rc

    def connect(self, addr):
        """Connect, then run the handshake (unless do_handshake_on_connect
        is false)."""
        self._real_connect(addr, False)

    def connect_ex(self, addr):
        return self._real_connect(addr, True)

    def accept(self):
        """A new TLS socket for the next connection, and its address."""
        newsock, addr = socket.accept(self)
        newsock = self._context.wrap_socket(newsock,
                                            do_handshake_on_connect=self.do_handshake_on_connect,
                                            suppress_ragged_eofs=self.suppress_ragged_eofs,
                                            server_side=True)
        return newsock, addr

    def makefile(self, mode='r', bufsize=-1):
        """A file on the TLS connection (closed with the last of the
        socket and its files)."""
        self._makefile_refs += 1
        return _fileobject(self, mode, bufsize, close=True)

    def get_channel_binding(self, cb_type="tls-unique"):
        if cb_type not in CHANNEL_BINDING_TYPES:
            raise ValueError("Unsupported channel binding type")
        return None


def wrap_socket(sock, keyfile=None, certfile=None, server_side=False,
                cert_reqs=CERT_NONE, ssl_version=PROTOCOL_TLS, ca_certs=None,
                do_handshake_on_connect=True, suppress_ragged_eofs=True,
                ciphers=None):
    """An SSLSocket for sock with a context made from the arguments."""
    return SSLSocket(sock=sock, keyfile=keyfile, certfile=certfile,
                     server_side=server_side, cert_reqs=cert_reqs,
                     ssl_version=ssl_version, ca_certs=ca_certs,
                     do_handshake_on_connect=do_handshake_on_connect,
                     suppress_ragged_eofs=suppress_ragged_eofs,
                     ciphers=ciphers)


def get_server_certificate(addr, ssl_version=PROTOCOL_TLS, ca_certs=None):
    """The PEM certificate of the server at addr (host, port), checked
    against ca_certs when given."""
    host, port = addr
    cert_reqs = CERT_REQUIRED if ca_certs is not None else CERT_NONE
    context = _create_stdlib_context(ssl_version, cert_reqs=cert_reqs, cafile=ca_certs)
    sock = create_connection(addr)
    try:
        ssl_sock = context.wrap_socket(sock, server_hostname=host)
        try:
            der = ssl_sock.getpeercert(True)
        finally:
            ssl_sock.close()
    finally:
        sock.close()
    return DER_cert_to_PEM_cert(der)


def sslwrap_simple(sock, keyfile=None, certfile=None):
    """The old interface: a connected socket wrapped without checks."""
    if hasattr(sock, "_sock"):
        sock = sock._sock
    return SSLSocket(socket(_sock=sock), keyfile=keyfile, certfile=certfile)
