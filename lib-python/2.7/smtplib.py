#! /usr/bin/env python
"""SMTP/ESMTP client (RFC 821, RFC 1869; AUTH of RFC 2554, STARTTLS of
RFC 3207) and the LMTP variant (RFC 2033).

    s = smtplib.SMTP("localhost")
    s.sendmail("me@example.org", ["you@example.org"], message_text)
    s.quit()

Each command method returns the server's (code, message) reply; the
message of a multi-line reply is its lines joined with newlines.
"""

import base64
import email.utils
import hmac
import re
import socket
from email.base64mime import encode as encode_base64
from sys import stderr

__all__ = ["SMTPException", "SMTPServerDisconnected",
           "SMTPResponseException", "SMTPSenderRefused",
           "SMTPRecipientsRefused", "SMTPDataError", "SMTPConnectError",
           "SMTPHeloError", "SMTPAuthenticationError", "quoteaddr",
           "quotedata", "SMTP"]

CRLF = "\r\n"
SMTP_PORT, SMTP_SSL_PORT, LMTP_PORT = 25, 465, 2003
# the longest reply line accepted (RFC 5321 allows 512)
_MAXLINE = 8192

# servers of the AUTH=... era announce their mechanisms like this
OLDSTYLE_AUTH = re.compile(r"auth=(.*)", re.I)
_EHLO_KEYWORD = re.compile(r'(?P<feature>[A-Za-z0-9][A-Za-z0-9\-]*) ?')


# --- exceptions -----------------------------------------------------------

class SMTPException(Exception):
    """Base class of this module's exceptions."""


class SMTPServerDisconnected(SMTPException):
    """The server closed the connection, or none was made yet."""


class SMTPResponseException(SMTPException):
    """The server answered with an error code: smtp_code and smtp_error
    hold its reply."""

    def __init__(self, code, msg):
        self.smtp_code = code
        self.smtp_error = msg
        self.args = (code, msg)


class SMTPSenderRefused(SMTPResponseException):
    """The server refused the sender address (kept in `sender`)."""

    def __init__(self, code, msg, sender):
        SMTPResponseException.__init__(self, code, msg)
        self.sender = sender
        self.args = (code, msg, sender)


class SMTPRecipientsRefused(SMTPException):
    """Every recipient was refused: `recipients` maps each to the
    (code, message) the server answered."""

    def __init__(self, recipients):
        self.recipients = recipients
        self.args = (recipients,)


class SMTPDataError(SMTPResponseException):
    """The server refused the message data."""


class SMTPConnectError(SMTPResponseException):
    """The server's greeting was not 220."""


class SMTPHeloError(SMTPResponseException):
    """The server refused HELO."""


class SMTPAuthenticationError(SMTPResponseException):
    """The server refused the login."""


# --- helpers ---------------------------------------------------------------

def quoteaddr(addr):
    """ADDR as an RFC 821 path: the bare address in angle brackets."""
    try:
        return "<%s>" % email.utils.parseaddr(addr)[1]
    except AttributeError:
        # not a string: use it as it is
        return "<%s>" % (addr,)


def _addr_only(addrstring):
    name, addr = email.utils.parseaddr(addrstring)
    if not name and not addr:
        # parseaddr failed: keep what was given
        return addrstring
    return addr


_LINE_ENDS = re.compile(r'(?:\r\n|\n|\r(?!\n))')
_LEADING_DOT = re.compile(r'(?m)^\.')


def quotedata(data):
    """Message text ready for DATA: CRLF line ends, and a dot doubled at
    the start of a line (RFC 821 4.5.2)."""
    return _LEADING_DOT.sub('..', _LINE_ENDS.sub(CRLF, data))


try:
    import ssl
except ImportError:
    _have_ssl = False
else:
    _have_ssl = True

    class SSLFakeFile:
        """The readline/close of a file over an SSL socket, which has no
        makefile() of its own in old versions."""

        def __init__(self, sslobj):
            self.sslobj = sslobj

        def readline(self, size=-1):
            if size < 0:
                size = None
            chars = []
            while size is None or len(chars) < size:
                c = self.sslobj.read(1)
                if not c:
                    break
                chars.append(c)
                if c == "\n":
                    break
            return ''.join(chars)

        def close(self):
            pass


# --- the client --------------------------------------------------------------

class SMTP:
    """A connection to an SMTP server.

    SMTP([host[, port[, local_hostname[, timeout]]]]): with a host the
    connection is made at once (SMTPConnectError when the greeting is not
    220).  local_hostname is the name sent with HELO/EHLO (the machine's
    fully qualified name by default).

    After EHLO, esmtp_features maps each service extension the server
    announced (lower case) to its parameters; has_extn() tests them.
    """
    default_port = SMTP_PORT
    ehlo_msg = "ehlo"       # LMTP says "lhlo"
    debuglevel = 0
    file = None
    # the replies to the greetings, once made
    helo_resp = ehlo_resp = None
    does_esmtp = 0

    def __init__(self, host='', port=0, local_hostname=None,
                 timeout=socket._GLOBAL_DEFAULT_TIMEOUT):
        self.timeout = timeout
        self.esmtp_features = {}
        if host:
            code, msg = self.connect(host, port)
            if code != 220:
                self.close()
                raise SMTPConnectError(code, msg)
        self.local_hostname = (local_hostname if local_hostname is not None
                               else _own_name())

    def set_debuglevel(self, debuglevel):
        """Above 0, the conversation is printed to stderr."""
        self.debuglevel = debuglevel

    def _get_socket(self, host, port, timeout):
        if self.debuglevel > 0:
            print >> stderr, 'connect:', (host, port)
        return socket.create_connection((host, port), timeout)

    def connect(self, host='localhost', port=0):
        """Connect to HOST (which may end with ':port'); returns the
        greeting reply."""
        if not port and host.count(':') == 1:
            host, port = host.split(':')
            if not port.isdigit():
                raise socket.error("nonnumeric port")
            port = int(port)
        port = port or self.default_port
        if self.debuglevel > 0:
            print >> stderr, 'connect:', (host, port)
        self.sock = self._get_socket(host, port, self.timeout)
        code, msg = self.getreply()
        if self.debuglevel > 0:
            print >> stderr, "connect:", msg
        return code, msg

    def send(self, str):
        """Send STR to the server as it is."""
        if self.debuglevel > 0:
            print >> stderr, 'send:', repr(str)
        if not getattr(self, 'sock', None):
            raise SMTPServerDisconnected('please run connect() first')
        try:
            self.sock.sendall(str)
        except socket.error:
            self.close()
            raise SMTPServerDisconnected('Server not connected')

    def putcmd(self, cmd, args=""):
        """Send the command line CMD [ARGS]."""
        line = cmd if args == "" else cmd + ' ' + args
        self.send(line + CRLF)

    def getreply(self):
        """Read one (possibly multi-line) reply: (code, message).  The code
        is -1 when the server's reply does not start with a number."""
        if self.file is None:
            self.file = self.sock.makefile('rb')
        lines = []
        while True:
            try:
                line = self.file.readline(_MAXLINE + 1)
            except socket.error as e:
                problem = "Connection unexpectedly closed: " + str(e)
                self.close()
                raise SMTPServerDisconnected(problem)
            if not line:
                self.close()
                raise SMTPServerDisconnected("Connection unexpectedly closed")
            if self.debuglevel > 0:
                print >> stderr, 'reply:', repr(line)
            if len(line) > _MAXLINE:
                raise SMTPResponseException(500, "Line too long.")
            lines.append(line[4:].strip())
            try:
                code = int(line[:3])
            except ValueError:
                code = -1
                break
            # "250-..." announces more lines, "250 ..." is the last
            if line[3:4] != "-":
                break
        msg = "\n".join(lines)
        if self.debuglevel > 0:
            print >> stderr, 'reply: retcode (%s); Msg: %s' % (code, msg)
        return code, msg

    def docmd(self, cmd, args=""):
        """Send a command and return its reply."""
        self.putcmd(cmd, args)
        return self.getreply()

    # --- the commands ---

    def helo(self, name=''):
        """HELO: greet the server as NAME (the local host name)."""
        self.putcmd("helo", name or self.local_hostname)
        code, msg = self.getreply()
        self.helo_resp = msg
        return code, msg

    def ehlo(self, name=''):
        """EHLO: greet an ESMTP server and record its extensions."""
        self.esmtp_features = {}
        self.putcmd(self.ehlo_msg, name or self.local_hostname)
        code, msg = self.getreply()
        if code == -1 and not msg:
            # the server hung up on us
            self.close()
            raise SMTPServerDisconnected("Server not connected")
        self.ehlo_resp = msg
        if code != 250:
            return code, msg
        self.does_esmtp = 1
        # the first line is the greeting; each other names an extension
        for line in msg.split('\n')[1:]:
            old = OLDSTYLE_AUTH.match(line)
            if old:
                self._add_auth(old.group(1))
                continue
            m = _EHLO_KEYWORD.match(line)
            if m:
                keyword = m.group("feature").lower()
                params = line[m.end("feature"):].strip()
                if keyword == "auth":
                    self._add_auth(params)
                else:
                    self.esmtp_features[keyword] = params
        return code, msg

    def _add_auth(self, mechanisms):
        known = self.esmtp_features.get("auth", "")
        self.esmtp_features["auth"] = known + " " + mechanisms

    def has_extn(self, opt):
        """Whether the server announced the extension OPT."""
        return opt.lower() in self.esmtp_features

    def help(self, args=''):
        """HELP: the text of the server's help message."""
        self.putcmd("help", args)
        return self.getreply()[1]

    def rset(self):
        """RSET: abandon the current mail transaction."""
        return self.docmd("rset")

    def noop(self):
        """NOOP: nothing (keeps the connection alive)."""
        return self.docmd("noop")

    def _options(self, options):
        if options and self.does_esmtp:
            return ' ' + ' '.join(options)
        return ''

    def mail(self, sender, options=[]):
        """MAIL FROM: start a transaction from SENDER, with ESMTP OPTIONS."""
        self.putcmd("mail", "FROM:%s%s" % (quoteaddr(sender),
                                           self._options(options)))
        return self.getreply()

    def rcpt(self, recip, options=[]):
        """RCPT TO: add the recipient RECIP."""
        self.putcmd("rcpt", "TO:%s%s" % (quoteaddr(recip),
                                         self._options(options)))
        return self.getreply()

    def data(self, msg):
        """DATA: send the message text MSG (quoted by quotedata)."""
        self.putcmd("data")
        code, repl = self.getreply()
        if self.debuglevel > 0:
            print >> stderr, "data:", (code, repl)
        if code != 354:
            raise SMTPDataError(code, repl)
        text = quotedata(msg)
        if not text.endswith(CRLF):
            text += CRLF
        self.send(text + "." + CRLF)
        code, msg = self.getreply()
        if self.debuglevel > 0:
            print >> stderr, "data:", (code, msg)
        return code, msg

    def verify(self, address):
        """VRFY: ask whether ADDRESS is valid."""
        self.putcmd("vrfy", _addr_only(address))
        return self.getreply()

    vrfy = verify

    def expn(self, address):
        """EXPN: expand the mailing list ADDRESS."""
        self.putcmd("expn", _addr_only(address))
        return self.getreply()

    def ehlo_or_helo_if_needed(self):
        """Greet the server (EHLO, then HELO) unless done already;
        SMTPHeloError when it accepts neither."""
        if self.helo_resp is not None or self.ehlo_resp is not None:
            return
        if 200 <= self.ehlo()[0] <= 299:
            return
        code, resp = self.helo()
        if not 200 <= code <= 299:
            raise SMTPHeloError(code, resp)

    def login(self, user, password):
        """AUTH: log in with the best mechanism both sides know
        (CRAM-MD5, PLAIN, then LOGIN)."""
        self.ehlo_or_helo_if_needed()
        if not self.has_extn("auth"):
            raise SMTPException("SMTP AUTH extension not supported by server.")
        offered = self.esmtp_features["auth"].split()
        for mechanism in (AUTH_CRAM_MD5, AUTH_PLAIN, AUTH_LOGIN):
            if mechanism in offered:
                break
        else:
            raise SMTPException("No suitable authentication method found.")
        if mechanism == AUTH_CRAM_MD5:
            code, resp = self.docmd("AUTH", AUTH_CRAM_MD5)
            if code == 503:
                # already logged in
                return code, resp
            code, resp = self.docmd(_cram_md5(resp, user, password))
        elif mechanism == AUTH_PLAIN:
            code, resp = self.docmd("AUTH", AUTH_PLAIN + " " +
                                    _plain(user, password))
        else:
            code, resp = self.docmd("AUTH", "%s %s" % (
                AUTH_LOGIN, encode_base64(user, eol="")))
            if code != 334:
                raise SMTPAuthenticationError(code, resp)
            code, resp = self.docmd(encode_base64(password, eol=""))
        if code not in (235, 503):
            raise SMTPAuthenticationError(code, resp)
        return code, resp

    def starttls(self, keyfile=None, certfile=None):
        """STARTTLS: continue over TLS; the ESMTP state is forgotten and
        the next command greets the server again."""
        self.ehlo_or_helo_if_needed()
        if not self.has_extn("starttls"):
            raise SMTPException("STARTTLS extension not supported by server.")
        resp, reply = self.docmd("STARTTLS")
        if resp != 220:
            raise SMTPResponseException(resp, reply)
        if not _have_ssl:
            raise RuntimeError("No SSL support included in this Python")
        self.sock = ssl.wrap_socket(self.sock, keyfile, certfile)
        self.file = SSLFakeFile(self.sock)
        self._forget_greeting()
        return resp, reply

    def _forget_greeting(self):
        self.ehlo_resp = self.helo_resp = None
        self.esmtp_features = {}
        self.does_esmtp = 0

    def sendmail(self, from_addr, to_addrs, msg, mail_options=[],
                 rcpt_options=[]):
        """Send the message MSG (a string with headers) from FROM_ADDR to
        TO_ADDRS (an address or a list).

        Returns a dict of the recipients that were refused, each mapped to
        the server's (code, message); raises SMTPRecipientsRefused when all
        were, SMTPSenderRefused or SMTPDataError when the server refuses
        the sender or the data, SMTPHeloError when it refuses the greeting.
        """
        self.ehlo_or_helo_if_needed()
        esmtp_opts = []
        if self.does_esmtp:
            # announce the size when the server takes it (RFC 1870)
            esmtp_opts = (["size=%d" % len(msg)] if self.has_extn('size')
                          else []) + list(mail_options)
        code, resp = self.mail(from_addr, esmtp_opts)
        if code != 250:
            self._abandon(code)
            raise SMTPSenderRefused(code, resp, from_addr)
        if isinstance(to_addrs, basestring):
            to_addrs = [to_addrs]
        refused = {}
        for each in to_addrs:
            code, resp = self.rcpt(each, rcpt_options)
            if code not in (250, 251):
                refused[each] = (code, resp)
            if code == 421:
                self.close()
                raise SMTPRecipientsRefused(refused)
        if len(refused) == len(to_addrs):
            self.rset()
            raise SMTPRecipientsRefused(refused)
        code, resp = self.data(msg)
        if code != 250:
            self._abandon(code)
            raise SMTPDataError(code, resp)
        return refused

    def _abandon(self, code):
        # 421: the server is closing the connection anyway
        if code == 421:
            self.close()
        else:
            self.rset()

    def close(self):
        """Close the connection (without QUIT)."""
        try:
            f, self.file = self.file, None
            if f:
                f.close()
        finally:
            s, self.sock = getattr(self, 'sock', None), None
            if s:
                s.close()

    def quit(self):
        """QUIT, then close the connection."""
        reply = self.docmd("quit")
        # a new connection starts from scratch
        self._forget_greeting()
        self.does_esmtp = False
        self.close()
        return reply


AUTH_PLAIN = "PLAIN"
AUTH_CRAM_MD5 = "CRAM-MD5"
AUTH_LOGIN = "LOGIN"


def _cram_md5(challenge, user, password):
    challenge = base64.decodestring(challenge)
    digest = hmac.HMAC(password, challenge).hexdigest()
    return encode_base64(user + " " + digest, eol="")


def _plain(user, password):
    return encode_base64("\0%s\0%s" % (user, password), eol="")


def _own_name():
    """The name to greet servers with: the fully qualified host name, or
    an address literal when the host has none."""
    fqdn = socket.getfqdn()
    if '.' in fqdn:
        return fqdn
    addr = '127.0.0.1'
    try:
        addr = socket.gethostbyname(socket.gethostname())
    except socket.gaierror:
        pass
    return '[%s]' % addr


if _have_ssl:

    class SMTP_SSL(SMTP):
        """SMTP over an SSL connection from the start (port 465)."""

        default_port = SMTP_SSL_PORT

        def __init__(self, host='', port=0, local_hostname=None,
                     keyfile=None, certfile=None,
                     timeout=socket._GLOBAL_DEFAULT_TIMEOUT):
            self.keyfile, self.certfile = keyfile, certfile
            SMTP.__init__(self, host, port, local_hostname, timeout)

        def _get_socket(self, host, port, timeout):
            plain = socket.create_connection((host, port), timeout)
            secure = ssl.wrap_socket(plain, self.keyfile, self.certfile)
            self.file = SSLFakeFile(secure)
            return secure

    __all__.append("SMTP_SSL")


class LMTP(SMTP):
    """LMTP (RFC 2033): like SMTP but greeting with LHLO; HOST may be the
    path of a Unix socket (starting with '/')."""

    ehlo_msg = "lhlo"

    def __init__(self, host='', port=LMTP_PORT, local_hostname=None):
        SMTP.__init__(self, host, port, local_hostname)

    def connect(self, host='localhost', port=0):
        if not host.startswith('/'):
            return SMTP.connect(self, host, port)
        # a Unix socket
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            self.sock.connect(host)
        except socket.error:
            if self.debuglevel > 0:
                print >> stderr, 'connect fail:', host
            if self.sock:
                self.sock.close()
            self.sock = None
            raise
        code, msg = self.getreply()
        if self.debuglevel > 0:
            print >> stderr, "connect:", msg
        return code, msg


# test: send a message typed on stdin through the server on localhost
if __name__ == '__main__':
    import sys

    def prompt(text):
        sys.stdout.write(text + ": ")
        return sys.stdin.readline().strip()

    fromaddr = prompt("From")
    toaddrs = prompt("To").split(',')
    print "Enter message, end with ^D:"
    msg = sys.stdin.read()
    print "Message length is %d" % len(msg)
    server = SMTP('localhost')
    server.set_debuglevel(1)
    server.sendmail(fromaddr, toaddrs, msg)
    server.quit()
