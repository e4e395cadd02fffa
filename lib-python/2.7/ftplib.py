"""An FTP client (RFC 959, with the EPRT/EPSV commands of RFC 2428).

    ftp = FTP('ftp.example.org')   # connect
    ftp.login()                    # anonymously
    ftp.retrlines('LIST')          # print a directory listing
    ftp.retrbinary('RETR README', open('README', 'wb').write)
    ftp.quit()

Replies starting with 4 raise error_temp, with 5 error_perm, other
unexpected ones error_reply or error_proto; all_errors is the tuple of
everything a session may raise.  Transfers use passive mode unless
set_pasv(False) is called.
"""

import os
import socket
import sys
from socket import _GLOBAL_DEFAULT_TIMEOUT

__all__ = ["FTP", "Netrc"]

try:
    import ssl
except ImportError:
    ssl = None

# sending ABOR as urgent data
MSG_OOB = 0x1

FTP_PORT = 21
# the longest line accepted from the server
MAXLINE = 8192


class Error(Exception):
    pass


class error_reply(Error):
    """An unexpected reply."""


class error_temp(Error):
    """A 4xx reply: a temporary failure."""


class error_perm(Error):
    """A 5xx reply: a permanent failure."""


class error_proto(Error):
    """A reply that does not follow the protocol."""


all_errors = (Error, IOError, EOFError)

CRLF = '\r\n'


class FTP:
    """FTP([host[, user[, passwd[, acct[, timeout]]]]]): a connection to an
    FTP server, opened (and logged in, with USER) at once when HOST is
    given."""

    host, port = '', FTP_PORT
    # the control connection and its file
    sock = file = None
    welcome = None
    maxline = MAXLINE
    passiveserver = 1
    debugging = 0

    def __init__(self, host='', user='', passwd='', acct='',
                 timeout=_GLOBAL_DEFAULT_TIMEOUT):
        self.timeout = timeout
        if not host:
            return
        self.connect(host)
        if user:
            self.login(user, passwd, acct)

    def connect(self, host='', port=0, timeout=-999):
        """Connect (to HOST and PORT if given); returns the greeting."""
        self.host = host or self.host
        self.port = port if port > 0 else self.port
        if timeout != -999:
            # -999: keep the timeout given to the constructor
            self.timeout = timeout
        self.sock = socket.create_connection((self.host, self.port),
                                             self.timeout)
        self.af = self.sock.family
        self.file = self.sock.makefile('rb')
        self.welcome = self.getresp()
        return self.welcome

    def getwelcome(self):
        if self.debugging:
            print '*welcome*', self.sanitize(self.welcome)
        return self.welcome

    def set_debuglevel(self, level):
        """0: quiet, 1: commands and replies, 2: every line."""
        self.debugging = level

    debug = set_debuglevel

    def set_pasv(self, val):
        """Whether transfers use passive mode (the server listens)."""
        self.passiveserver = val

    def sanitize(self, s):
        """repr(S), with the password of a PASS command starred out."""
        if s[:5] in ('pass ', 'PASS '):
            end = len(s.rstrip('\r\n'))
            s = s[:5] + '*' * (end - 5) + s[end:]
        return repr(s)

    # --- the control connection ---

    def putline(self, line):
        if '\r' in line or '\n' in line:
            raise ValueError('an illegal newline character should not be '
                             'contained')
        line = line + CRLF
        if self.debugging > 1:
            print '*put*', self.sanitize(line)
        self.sock.sendall(line)

    def putcmd(self, line):
        if self.debugging:
            print '*cmd*', self.sanitize(line)
        self.putline(line)

    def getline(self):
        """A line from the server without its end; EOFError when the
        connection closed."""
        line = self.file.readline(self.maxline + 1)
        if len(line) > self.maxline:
            raise Error("got more than %d bytes" % self.maxline)
        if self.debugging > 1:
            print '*get*', self.sanitize(line)
        if not line:
            raise EOFError
        if line.endswith(CRLF):
            return line[:-2]
        if line[-1:] in CRLF:
            return line[:-1]
        return line

    def getmultiline(self):
        """A reply, joining the lines of a multi-line one ("123-...", up
        to "123 ...") with newlines."""
        text = self.getline()
        if text[3:4] != '-':
            return text
        code = text[:3]
        while True:
            line = self.getline()
            text += '\n' + line
            if line[:3] == code and line[3:4] != '-':
                return text

    def getresp(self):
        """A reply, raising the error class its first digit calls for."""
        resp = self.getmultiline()
        if self.debugging:
            print '*resp*', self.sanitize(resp)
        self.lastresp = resp[:3]
        kind = resp[:1]
        if kind in ('1', '2', '3'):
            return resp
        if kind == '4':
            raise error_temp(resp)
        if kind == '5':
            raise error_perm(resp)
        raise error_proto(resp)

    def voidresp(self):
        """A reply that must be a success (2xx)."""
        resp = self.getresp()
        if not resp.startswith('2'):
            raise error_reply(resp)
        return resp

    def abort(self):
        """Abort the file transfer in progress (ABOR as urgent data)."""
        line = 'ABOR' + CRLF
        if self.debugging > 1:
            print '*put urgent*', self.sanitize(line)
        self.sock.sendall(line, MSG_OOB)
        resp = self.getmultiline()
        if resp[:3] not in ('426', '225', '226'):
            raise error_proto(resp)
        return resp

    def sendcmd(self, cmd):
        """Send CMD; its reply."""
        self.putcmd(cmd)
        return self.getresp()

    def voidcmd(self, cmd):
        """Send CMD, whose reply must be a success."""
        self.putcmd(cmd)
        return self.voidresp()

    # --- data connections ---

    def sendport(self, host, port):
        """PORT: tell the server to connect to HOST:PORT (IPv4)."""
        fields = host.split('.') + [repr(port // 256), repr(port % 256)]
        return self.voidcmd('PORT ' + ','.join(fields))

    def sendeprt(self, host, port):
        """EPRT: PORT for IPv4 or IPv6."""
        families = {socket.AF_INET: 1}
        if hasattr(socket, 'AF_INET6'):
            families[socket.AF_INET6] = 2
        proto = families.get(self.af)
        if proto is None:
            raise error_proto('unsupported address family')
        return self.voidcmd('EPRT |%d|%s|%d|' % (proto, host, port))

    def makeport(self):
        """Listen on a new socket and tell the server where (active
        mode); the listening socket."""
        err = None
        sock = None
        for family, socktype, proto, _, addr in socket.getaddrinfo(
                None, 0, self.af, socket.SOCK_STREAM, 0, socket.AI_PASSIVE):
            try:
                sock = socket.socket(family, socktype, proto)
                sock.bind(addr)
                break
            except socket.error as e:
                err = e
                if sock is not None:
                    sock.close()
                    sock = None
        if sock is None:
            raise err or socket.error("getaddrinfo returns an empty list")
        sock.listen(1)
        port = sock.getsockname()[1]
        host = self.sock.getsockname()[0]
        if self.af == socket.AF_INET:
            self.sendport(host, port)
        else:
            self.sendeprt(host, port)
        if self.timeout is not _GLOBAL_DEFAULT_TIMEOUT:
            sock.settimeout(self.timeout)
        return sock

    def makepasv(self):
        """(host, port) the server listens on for the next transfer."""
        if self.af == socket.AF_INET:
            return parse227(self.sendcmd('PASV'))
        return parse229(self.sendcmd('EPSV'), self.sock.getpeername())

    def _start_transfer(self, cmd, rest):
        """Send CMD (after REST); its preliminary (1xx) reply."""
        if rest is not None:
            self.sendcmd("REST %s" % rest)
        resp = self.sendcmd(cmd)
        # some servers answer 2xx first, then the 1xx of the transfer
        if resp.startswith('2'):
            resp = self.getresp()
        if not resp.startswith('1'):
            raise error_reply(resp)
        return resp

    def ntransfercmd(self, cmd, rest=None):
        """Start the transfer CMD (restarting at offset REST): (data
        connection, expected size or None)."""
        if self.passiveserver:
            host, port = self.makepasv()
            conn = socket.create_connection((host, port), self.timeout)
            try:
                resp = self._start_transfer(cmd, rest)
            except:
                conn.close()
                raise
        else:
            listener = self.makeport()
            try:
                resp = self._start_transfer(cmd, rest)
                conn = listener.accept()[0]
                if self.timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                    conn.settimeout(self.timeout)
            finally:
                listener.close()
        size = None
        if resp[:3] == '150':
            size = parse150(resp)
        return conn, size

    def transfercmd(self, cmd, rest=None):
        """Like ntransfercmd, but only the data connection."""
        return self.ntransfercmd(cmd, rest)[0]

    # --- commands ---

    def login(self, user='', passwd='', acct=''):
        """Log in (anonymously by default)."""
        user = user or 'anonymous'
        passwd = passwd or ''
        acct = acct or ''
        if user == 'anonymous' and passwd in ('', '-'):
            # the custom of giving an email-like password; '-' asks for
            # a terse reply
            passwd += 'anonymous@'
        resp = self.sendcmd('USER ' + user)
        if resp[0] == '3':
            resp = self.sendcmd('PASS ' + passwd)
        if resp[0] == '3':
            resp = self.sendcmd('ACCT ' + acct)
        if resp[0] != '2':
            raise error_reply(resp)
        return resp

    def _finish_data(self, conn):
        """After a complete transfer: FTP_TLS ends the data connection's TLS
        session here (not after an error, when data may be left unread)."""

    def retrbinary(self, cmd, callback, blocksize=8192, rest=None):
        """Run the transfer CMD in binary mode, passing each block of
        data to CALLBACK; the final reply."""
        self.voidcmd('TYPE I')
        conn = self.transfercmd(cmd, rest)
        try:
            data = conn.recv(blocksize)
            while data:
                callback(data)
                data = conn.recv(blocksize)
            self._finish_data(conn)
        finally:
            conn.close()
        return self.voidresp()

    def retrlines(self, cmd, callback=None):
        """Run the transfer CMD in ASCII mode, passing each line (without
        its end) to CALLBACK (by default, print it); the final reply."""
        if callback is None:
            callback = print_line
        self.sendcmd('TYPE A')
        conn = self.transfercmd(cmd)
        fp = conn.makefile('rb')
        try:
            while True:
                line = fp.readline(self.maxline + 1)
                if len(line) > self.maxline:
                    raise Error("got more than %d bytes" % self.maxline)
                if self.debugging > 2:
                    print '*retr*', repr(line)
                if not line:
                    break
                if line.endswith(CRLF):
                    line = line[:-2]
                elif line.endswith('\n'):
                    line = line[:-1]
                callback(line)
            self._finish_data(conn)
        finally:
            fp.close()
            conn.close()
        return self.voidresp()

    def storbinary(self, cmd, fp, blocksize=8192, callback=None, rest=None):
        """Run the transfer CMD (e.g. 'STOR name') in binary mode with the
        contents of the file FP; CALLBACK gets each block sent."""
        self.voidcmd('TYPE I')
        conn = self.transfercmd(cmd, rest)
        try:
            while True:
                block = fp.read(blocksize)
                if not block:
                    break
                conn.sendall(block)
                if callback:
                    callback(block)
            self._finish_data(conn)
        finally:
            conn.close()
        return self.voidresp()

    def storlines(self, cmd, fp, callback=None):
        """Like storbinary, in ASCII mode, line by line (with CRLF
        ends)."""
        self.voidcmd('TYPE A')
        conn = self.transfercmd(cmd)
        try:
            while True:
                line = fp.readline(self.maxline + 1)
                if len(line) > self.maxline:
                    raise Error("got more than %d bytes" % self.maxline)
                if not line:
                    break
                if not line.endswith(CRLF):
                    if line[-1] in CRLF:
                        line = line[:-1]
                    line += CRLF
                conn.sendall(line)
                if callback:
                    callback(line)
            self._finish_data(conn)
        finally:
            conn.close()
        return self.voidresp()

    def acct(self, password):
        return self.voidcmd('ACCT ' + password)

    def nlst(self, *args):
        """NLST: the list of names in a directory."""
        names = []
        self.retrlines(' '.join(('NLST',) + args), names.append)
        return names

    def dir(self, *args):
        """LIST: print a directory listing, or pass its lines to the last
        argument if it is a callable."""
        func = None
        if args and not isinstance(args[-1], str):
            args, func = args[:-1], args[-1]
        cmd = ' '.join(['LIST'] + [a for a in args if a])
        self.retrlines(cmd, func)

    def rename(self, fromname, toname):
        resp = self.sendcmd('RNFR ' + fromname)
        if resp[0] != '3':
            raise error_reply(resp)
        return self.voidcmd('RNTO ' + toname)

    def delete(self, filename):
        resp = self.sendcmd('DELE ' + filename)
        if resp[:3] not in ('250', '200'):
            raise error_reply(resp)
        return resp

    def cwd(self, dirname):
        """Change the remote directory ('..' tries CDUP first)."""
        if dirname == '..':
            try:
                return self.voidcmd('CDUP')
            except error_perm as msg:
                # 500: CDUP not understood; try CWD
                if msg.args[0][:3] != '500':
                    raise
        elif dirname == '':
            dirname = '.'
        return self.voidcmd('CWD ' + dirname)

    def size(self, filename):
        """The size of a file (None when the server does not say)."""
        resp = self.sendcmd('SIZE ' + filename)
        if resp[:3] == '213':
            text = resp[3:].strip()
            try:
                return int(text)
            except (OverflowError, ValueError):
                return long(text)

    def mkd(self, dirname):
        """Make a directory; its full name."""
        resp = self.voidcmd('MKD ' + dirname)
        return parse257(resp) if resp.startswith('257') else ''

    def rmd(self, dirname):
        return self.voidcmd('RMD ' + dirname)

    def pwd(self):
        """The remote current directory."""
        resp = self.voidcmd('PWD')
        return parse257(resp) if resp.startswith('257') else ''

    def quit(self):
        """QUIT politely and close the connection."""
        resp = self.voidcmd('QUIT')
        self.close()
        return resp

    def close(self):
        """Close the connection without a QUIT."""
        try:
            f, self.file = self.file, None
            if f is not None:
                f.close()
        finally:
            s, self.sock = self.sock, None
            if s is not None:
                s.close()


# --- parsing replies ------------------------------------------------------------

_150_re = None
_227_re = None


if ssl is not None:

    class FTP_TLS(FTP):
        """An FTP client that secures the control connection with TLS
        (auth(), done by login() unless secure=False) and, after prot_p(),
        each data connection too (RFC 4217)."""
        ssl_version = ssl.PROTOCOL_SSLv23

        def __init__(self, host='', user='', passwd='', acct='', keyfile=None,
                     certfile=None, context=None, timeout=_GLOBAL_DEFAULT_TIMEOUT):
            if context is not None and keyfile is not None:
                raise ValueError("context and keyfile arguments are mutually "
                                 "exclusive")
            if context is not None and certfile is not None:
                raise ValueError("context and certfile arguments are mutually "
                                 "exclusive")
            self.keyfile = keyfile
            self.certfile = certfile
            if context is None:
                context = ssl._create_stdlib_context(self.ssl_version,
                                                     certfile=certfile,
                                                     keyfile=keyfile)
            self.context = context
            self._prot_p = False
            FTP.__init__(self, host, user, passwd, acct, timeout)

        def _wrap(self, sock):
            return self.context.wrap_socket(sock, server_hostname=self.host)

        def login(self, user='', passwd='', acct='', secure=True):
            if secure and not isinstance(self.sock, ssl.SSLSocket):
                self.auth()
            return FTP.login(self, user, passwd, acct)

        def auth(self):
            """Switch the control connection to TLS (AUTH TLS)."""
            if isinstance(self.sock, ssl.SSLSocket):
                raise ValueError("Already using TLS")
            if self.ssl_version >= ssl.PROTOCOL_SSLv23:
                resp = self.voidcmd('AUTH TLS')
            else:
                resp = self.voidcmd('AUTH SSL')
            self.sock = self._wrap(self.sock)
            self.file = self.sock.makefile(mode='rb')
            return resp

        def prot_p(self):
            """Protect the data connections from now on (PBSZ 0, PROT P)."""
            self.voidcmd('PBSZ 0')
            resp = self.voidcmd('PROT P')
            self._prot_p = True
            return resp

        def prot_c(self):
            """Clear-text data connections from now on (PROT C)."""
            resp = self.voidcmd('PROT C')
            self._prot_p = False
            return resp

        def ntransfercmd(self, cmd, rest=None):
            conn, size = FTP.ntransfercmd(self, cmd, rest)
            if self._prot_p:
                conn = self._wrap(conn)
            return conn, size

        def _finish_data(self, conn):
            if isinstance(conn, ssl.SSLSocket):
                conn.unwrap()

    __all__.append('FTP_TLS')
    all_errors = all_errors + (ssl.SSLError,)


def parse150(resp):
    """The size announced by a 150 reply ("... (1234 bytes)"), or None."""
    global _150_re
    if resp[:3] != '150':
        raise error_reply(resp)
    if _150_re is None:
        import re
        _150_re = re.compile(r"150 .* \((\d+) bytes\)", re.IGNORECASE)
    m = _150_re.match(resp)
    if not m:
        return None
    try:
        return int(m.group(1))
    except (OverflowError, ValueError):
        return long(m.group(1))


def parse227(resp):
    """(host, port) of a 227 reply to PASV: h1,h2,h3,h4,p1,p2."""
    global _227_re
    if resp[:3] != '227':
        raise error_reply(resp)
    if _227_re is None:
        import re
        _227_re = re.compile(r'(\d+),(\d+),(\d+),(\d+),(\d+),(\d+)')
    m = _227_re.search(resp)
    if not m:
        raise error_proto(resp)
    numbers = m.groups()
    return '.'.join(numbers[:4]), (int(numbers[4]) << 8) + int(numbers[5])


def parse229(resp, peer):
    """(host, port) of a 229 reply to EPSV: (|||port|); the host is the
    server's (PEER)."""
    if resp[:3] != '229':
        raise error_reply(resp)
    left = resp.find('(')
    if left < 0:
        raise error_proto(resp)
    right = resp.find(')', left + 1)
    if right < 0:
        raise error_proto(resp)
    inner = resp[left + 1:right]
    # the same delimiter opens and closes
    if not inner or inner[0] != inner[-1]:
        raise error_proto(resp)
    fields = inner.split(inner[0])
    if len(fields) != 5:
        raise error_proto(resp)
    return peer[0], int(fields[3])


def parse257(resp):
    """The directory name of a 257 reply ('257 "name" ...', with quotes
    doubled inside the name); '' when the reply does not quote it."""
    if resp[:3] != '257':
        raise error_reply(resp)
    if resp[3:5] != ' "':
        return ''
    name = []
    i = 5
    while i < len(resp):
        c = resp[i]
        i += 1
        if c == '"':
            if i >= len(resp) or resp[i] != '"':
                break
            i += 1
        name.append(c)
    return ''.join(name)


def print_line(line):
    """The default retrlines callback."""
    print line


def ftpcp(source, sourcename, target, targetname='', type='I'):
    """Copy a file from one server to another (server to server)."""
    targetname = targetname or sourcename
    for conn in (source, target):
        conn.voidcmd('TYPE ' + type)
    host, port = parse227(source.sendcmd('PASV'))
    target.sendport(host, port)
    # the target must be ready to store before the source sends
    if target.sendcmd('STOR ' + targetname)[:3] not in ('125', '150'):
        raise error_proto
    if source.sendcmd('RETR ' + sourcename)[:3] not in ('125', '150'):
        raise error_proto
    source.voidresp()
    target.voidresp()


class Netrc:
    """The FTP entries of a .netrc file (~/.netrc by default):
    get_hosts(), get_account(host) -> (user, passwd, acct), get_macros()
    and get_macro(name).  A 'default' entry supplies what a host's entry
    lacks."""

    __defuser = None
    __defpasswd = None
    __defacct = None

    def __init__(self, filename=None):
        import netrc
        if filename is None:
            if "HOME" not in os.environ:
                raise IOError("specify file to load or set $HOME")
            filename = os.path.join(os.environ["HOME"], ".netrc")
        parsed = netrc.netrc(filename)
        self.__hosts = {}
        for host, (user, acct, passwd) in parsed.hosts.items():
            if host == 'default':
                self.__defuser = user or None
                self.__defpasswd = passwd or None
                self.__defacct = acct or None
            else:
                self.__hosts[host.lower()] = (user or None, passwd or None,
                                              acct or None)
        self.__macros = dict(parsed.macros)

    def get_hosts(self):
        return self.__hosts.keys()

    def get_account(self, host):
        """(user, passwd, acct) for HOST, None where unknown."""
        user, passwd, acct = self.__hosts.get(host.lower(),
                                              (None, None, None))
        return (user or self.__defuser, passwd or self.__defpasswd,
                acct or self.__defacct)

    def get_macros(self):
        return self.__macros.keys()

    def get_macro(self, macro):
        return self.__macros[macro]


def test():
    """ftplib.py [-d] [-r[file]] host [-l[dir]] [-d[dir]] [-p] [file] ...

    -d: more debugging, -r: .netrc file, -l: list, -d: change directory,
    -p: toggle passive mode, file: retrieve to stdout."""
    args = sys.argv[1:]
    if not args:
        print test.__doc__
        sys.exit(0)
    level = 0
    while args[0] == '-d':
        level += 1
        args.pop(0)
    rcfile = args.pop(0)[2:] if args[0].startswith('-r') else None
    host = args.pop(0)
    ftp = FTP(host)
    ftp.set_debuglevel(level)
    try:
        account = Netrc(rcfile).get_account(host)
    except IOError:
        account = ('', '', '')
        if rcfile is not None:
            sys.stderr.write("Could not open account file"
                             " -- using anonymous login.")
    ftp.login(*[field or '' for field in account])
    for arg in args:
        option, value = arg[:2], arg[2:]
        if option == '-l':
            ftp.dir(value)
        elif option == '-d':
            ftp.cwd(value or '/')
        elif option == '-p':
            ftp.set_pasv(not ftp.passiveserver)
        else:
            ftp.retrbinary('RETR ' + arg, sys.stdout.write, 1024)
    ftp.quit()


if __name__ == '__main__':
    test()
