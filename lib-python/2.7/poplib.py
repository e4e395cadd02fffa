"""A POP3 client (RFC 1939), with APOP, TOP and UIDL, and POP3 over SSL.

    M = poplib.POP3('pop.example.org')
    M.user('me'); M.pass_('secret')
    count, size = M.stat()
    resp, lines, octets = M.retr(1)
    M.quit()

Single-line commands return the server's response string ('+OK ...');
multi-line ones (resp, lines, octets).  A '-ERR' response raises
error_proto.
"""

import re
import socket

__all__ = ["POP3", "error_proto"]


class error_proto(Exception):
    pass


POP3_PORT = 110
POP3_SSL_PORT = 995

CR = '\r'
LF = '\n'
CRLF = CR + LF

# the longest line accepted (RFC 1939 allows 512 bytes)
_MAXLINE = 2048


def _strip_eol(line):
    """LINE without its line end, and its length on the wire."""
    octets = len(line)
    if line.endswith(CRLF):
        return line[:-2], octets
    if line.startswith(CR):
        return line[1:-1], octets
    return line[:-1], octets


class POP3:
    """A connection to the POP3 server HOST (PORT 110 by default)."""

    # the APOP timestamp in the greeting
    timestamp = re.compile(r'\+OK.[^<]*(<.*>)')

    def __init__(self, host, port=POP3_PORT,
                 timeout=socket._GLOBAL_DEFAULT_TIMEOUT):
        self.host, self.port = host, port
        self._debugging = 0
        self.sock = socket.create_connection((host, port), timeout)
        self.file = self.sock.makefile('rb')
        self.welcome = self._getresp()

    # --- the protocol's lines ---

    def _putline(self, line):
        if self._debugging > 1:
            print '*put*', repr(line)
        self.sock.sendall(line + CRLF)

    def _putcmd(self, line):
        if self._debugging:
            print '*cmd*', repr(line)
        self._putline(line)

    def _getline(self):
        """(line without its end, octets received)."""
        line = self.file.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise error_proto('line too long')
        if self._debugging > 1:
            print '*get*', repr(line)
        if not line:
            raise error_proto('-ERR EOF')
        return _strip_eol(line)

    def _getresp(self):
        resp = self._getline()[0]
        if self._debugging > 1:
            print '*resp*', repr(resp)
        if not resp.startswith('+'):
            raise error_proto(resp)
        return resp

    def _getlongresp(self):
        """(response, lines, octets) of a multi-line reply, which ends
        with a lone '.'; lines starting with '.' have it doubled."""
        resp = self._getresp()
        lines = []
        total = 0
        while True:
            line, octets = self._getline()
            if line == '.':
                break
            if line.startswith('..'):
                line = line[1:]
                octets -= 1
            total += octets
            lines.append(line)
        return resp, lines, total

    def _shortcmd(self, line):
        """Send a command; its one-line response."""
        self._putcmd(line)
        return self._getresp()

    def _longcmd(self, line):
        """Send a command; its multi-line response."""
        self._putcmd(line)
        return self._getlongresp()

    # --- the commands ---

    def set_debuglevel(self, level):
        """0: quiet, 1: print commands, 2: everything sent and received."""
        self._debugging = level

    def getwelcome(self):
        """The server's greeting."""
        return self.welcome

    def user(self, user):
        """USER: name the mailbox."""
        return self._shortcmd('USER %s' % user)

    def pass_(self, pswd):
        """PASS: the password (the mailbox is locked until quit())."""
        return self._shortcmd('PASS %s' % pswd)

    def stat(self):
        """STAT: (message count, mailbox size)."""
        fields = self._shortcmd('STAT').split()
        if self._debugging:
            print '*stat*', repr(fields)
        return int(fields[1]), int(fields[2])

    def list(self, which=None):
        """LIST: the size of message WHICH (a response string), or of
        every message (resp, ['num octets', ...], octets)."""
        if which is None:
            return self._longcmd('LIST')
        return self._shortcmd('LIST %s' % which)

    def retr(self, which):
        """RETR: the whole message WHICH, (resp, lines, octets)."""
        return self._longcmd('RETR %s' % which)

    def dele(self, which):
        """DELE: mark message WHICH deleted."""
        return self._shortcmd('DELE %s' % which)

    def noop(self):
        return self._shortcmd('NOOP')

    def rset(self):
        """RSET: unmark the deleted messages."""
        return self._shortcmd('RSET')

    def quit(self):
        """QUIT: commit the deletions, unlock and close."""
        try:
            resp = self._shortcmd('QUIT')
        except error_proto as val:
            # the error is the answer
            resp = val
        self.file.close()
        self.sock.close()
        del self.file, self.sock
        return resp

    def rpop(self, user):
        """RPOP (not in RFC 1939)."""
        return self._shortcmd('RPOP %s' % user)

    def apop(self, user, secret):
        """APOP: log in with the MD5 digest of the greeting's timestamp
        and SECRET instead of a clear-text password."""
        m = self.timestamp.match(self.welcome)
        if not m:
            raise error_proto('-ERR APOP not supported by server')
        import hashlib
        digest = hashlib.md5(m.group(1) + secret).hexdigest()
        return self._shortcmd('APOP %s %s' % (user, digest))

    def top(self, which, howmuch):
        """TOP: the headers of message WHICH and HOWMUCH lines of its
        body, (resp, lines, octets)."""
        return self._longcmd('TOP %s %s' % (which, howmuch))

    def uidl(self, which=None):
        """UIDL: the unique id of message WHICH, or of all of them."""
        if which is None:
            return self._longcmd('UIDL')
        return self._shortcmd('UIDL %s' % which)


try:
    import ssl
except ImportError:
    ssl = None

if ssl is not None:

    class POP3_SSL(POP3):
        """POP3 over SSL (port 995 by default); KEYFILE and CERTFILE are
        the client's key and certificate, if any."""

        def __init__(self, host, port=POP3_SSL_PORT, keyfile=None,
                     certfile=None):
            self.host = host
            self.port = port
            self.keyfile = keyfile
            self.certfile = certfile
            self.buffer = ""
            self.sock = socket.create_connection((host, port))
            self.file = self.sock.makefile('rb')
            self.sslobj = ssl.wrap_socket(self.sock, self.keyfile,
                                          self.certfile)
            self._debugging = 0
            self.welcome = self._getresp()

        def _fillBuffer(self):
            more = self.sslobj.read()
            if not more:
                raise error_proto('-ERR EOF')
            self.buffer += more

        def _getline(self):
            while '\n' not in self.buffer:
                self._fillBuffer()
                if len(self.buffer) > _MAXLINE:
                    raise error_proto('line too long')
            end = self.buffer.index('\n') + 1
            line, self.buffer = self.buffer[:end], self.buffer[end:]
            if self._debugging > 1:
                print '*get*', repr(line)
            return _strip_eol(line)

        def _putline(self, line):
            if self._debugging > 1:
                print '*put*', repr(line)
            data = line + CRLF
            while data:
                sent = self.sslobj.write(data)
                data = data[sent:]

        def quit(self):
            try:
                resp = self._shortcmd('QUIT')
            except error_proto as val:
                resp = val
            self.sock.close()
            del self.sslobj, self.sock
            return resp

    __all__.append("POP3_SSL")



if __name__ == "__main__":
    import sys
    server = POP3(sys.argv[1])
    print server.getwelcome()
    server.user(sys.argv[2])
    server.pass_(sys.argv[3])
    print server.list()
    count = server.stat()[0]
    for i in range(1, count + 1):
        print 'Message %d:' % i
        for line in server.retr(i)[1]:
            print '   ' + line
        print '-----------------------'
    server.quit()
