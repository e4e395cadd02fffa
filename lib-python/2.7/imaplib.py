"""An IMAP4 client (RFC 2060, also speaking to IMAP4rev1 servers).

    M = imaplib.IMAP4('imap.example.org')
    M.login('user', 'password')
    M.select()
    typ, data = M.search(None, 'ALL')
    for num in data[0].split():
        typ, data = M.fetch(num, '(RFC822)')
    M.logout()

Every command returns (type, data): type is 'OK', 'NO' or 'BAD' and
data a list of the untagged responses of the command's name (a response
carrying a literal is a (text, literal) tuple).  A BAD reply raises
IMAP4.error, a broken connection IMAP4.abort, a mailbox turning
read-only IMAP4.readonly.  Arguments are quoted when needed, except
those already in parentheses or quotes.
"""

__version__ = "2.58"

import binascii
import errno
import random
import re
import socket
import subprocess
import sys
import time

__all__ = ["IMAP4", "IMAP4_stream", "Internaldate2tuple", "Int2AP",
           "ParseFlags", "Time2Internaldate"]

CRLF = '\r\n'
Debug = 0
IMAP4_PORT = 143
IMAP4_SSL_PORT = 993
AllowedVersions = ('IMAP4REV1', 'IMAP4')      # the most recent first

# the longest response line accepted
_MAXLINE = 10000

# the states each command is allowed in
_ALL = ('NONAUTH', 'AUTH', 'SELECTED', 'LOGOUT')
_AUTH_SEL = ('AUTH', 'SELECTED')
_SEL = ('SELECTED',)
Commands = {
    'APPEND': _AUTH_SEL, 'AUTHENTICATE': ('NONAUTH',), 'CAPABILITY': _ALL,
    'CHECK': _SEL, 'CLOSE': _SEL, 'COPY': _SEL, 'CREATE': _AUTH_SEL,
    'DELETE': _AUTH_SEL, 'DELETEACL': _AUTH_SEL, 'EXAMINE': _AUTH_SEL,
    'EXPUNGE': _SEL, 'FETCH': _SEL, 'GETACL': _AUTH_SEL,
    'GETANNOTATION': _AUTH_SEL, 'GETQUOTA': _AUTH_SEL,
    'GETQUOTAROOT': _AUTH_SEL, 'MYRIGHTS': _AUTH_SEL, 'LIST': _AUTH_SEL,
    'LOGIN': ('NONAUTH',), 'LOGOUT': _ALL, 'LSUB': _AUTH_SEL,
    'NAMESPACE': _AUTH_SEL, 'NOOP': _ALL, 'PARTIAL': _SEL,
    'PROXYAUTH': ('AUTH',), 'RENAME': _AUTH_SEL, 'SEARCH': _SEL,
    'SELECT': _AUTH_SEL, 'SETACL': _AUTH_SEL, 'SETANNOTATION': _AUTH_SEL,
    'SETQUOTA': _AUTH_SEL, 'SORT': _SEL, 'STATUS': _AUTH_SEL,
    'STORE': _SEL, 'SUBSCRIBE': _AUTH_SEL, 'THREAD': _SEL, 'UID': _SEL,
    'UNSUBSCRIBE': _AUTH_SEL,
}

# the shapes of server responses
Continuation = re.compile(r'\+( (?P<data>.*))?')
Flags = re.compile(r'.*FLAGS \((?P<flags>[^\)]*)\)')
InternalDate = re.compile(
    r'.*INTERNALDATE "'
    r'(?P<day>[ 0123][0-9])-(?P<mon>[A-Z][a-z][a-z])-(?P<year>[0-9][0-9][0-9][0-9])'
    r' (?P<hour>[0-9][0-9]):(?P<min>[0-9][0-9]):(?P<sec>[0-9][0-9])'
    r' (?P<zonen>[-+])(?P<zoneh>[0-9][0-9])(?P<zonem>[0-9][0-9])'
    r'"')
Literal = re.compile(r'.*{(?P<size>\d+)}$')
MapCRLF = re.compile(r'\r\n|\r|\n')
Response_code = re.compile(r'\[(?P<type>[A-Z-]+)( (?P<data>[^\]]*))?\]')
Untagged_response = re.compile(r'\* (?P<type>[A-Z-]+)( (?P<data>.*))?')
Untagged_status = re.compile(
    r'\* (?P<data>\d+) (?P<type>[A-Z-]+)( (?P<data2>.*))?')


def _untagged(name):
    """A command method returning the untagged NAME responses."""
    def command(self, *args):
        typ, dat = self._simple_command(name, *args)
        return self._untagged_response(typ, dat, name)
    command.__name__ = name.lower()
    return command


def _plain(name):
    """A command method returning the command's own reply."""
    def command(self, *args):
        return self._simple_command(name, *args)
    command.__name__ = name.lower()
    return command


class IMAP4:
    """IMAP4([host[, port]]): a connection to an IMAP4 server (port 143
    by default).  Its command methods are named after the commands, in
    lower case."""

    class error(Exception):
        pass

    class abort(error):
        pass

    class readonly(abort):
        pass

    # arguments with other characters are quoted
    mustquote = re.compile(r"[^\w!#$%&'*+,.:;<=>?^`|~-]")

    def __init__(self, host='', port=IMAP4_PORT):
        self.debug = Debug
        self.state = 'LOGOUT'
        self.literal = None             # what the next command sends
        self.tagged_commands = {}       # tag -> (type, data) or None
        self.untagged_responses = {}    # name -> [data, ...]
        self.continuation_response = ''
        self.is_readonly = False
        self.tagnum = 0
        self.open(host, port)
        try:
            self._connect()
        except Exception:
            try:
                self.shutdown()
            except socket.error:
                pass
            raise

    def _connect(self):
        # every command of this connection starts with these letters
        self.tagpre = Int2AP(random.randint(4096, 65535))
        self.tagre = re.compile(r'(?P<tag>' + self.tagpre +
                                r'\d+) (?P<type>[A-Z]+) (?P<data>.*)')
        self.welcome = self._get_response()
        if 'PREAUTH' in self.untagged_responses:
            self.state = 'AUTH'
        elif 'OK' in self.untagged_responses:
            self.state = 'NONAUTH'
        else:
            raise self.error(self.welcome)
        dat = self.capability()[1]
        if dat == [None]:
            raise self.error('no CAPABILITY response from server')
        self.capabilities = tuple(dat[-1].upper().split())
        for version in AllowedVersions:
            if version in self.capabilities:
                self.PROTOCOL_VERSION = version
                return
        raise self.error('server not IMAP4 compliant')

    def __getattr__(self, attr):
        # commands may be called by their upper-case names
        if attr in Commands:
            return getattr(self, attr.lower())
        raise AttributeError("Unknown IMAP4 command: '%s'" % attr)

    # --- the connection (overridden by IMAP4_SSL and IMAP4_stream) ---

    def open(self, host='', port=IMAP4_PORT):
        self.host = host
        self.port = port
        self.sock = socket.create_connection((host, port))
        self.file = self.sock.makefile('rb')

    def read(self, size):
        return self.file.read(size)

    def readline(self):
        line = self.file.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise self.error("got more than %d bytes" % _MAXLINE)
        return line

    def send(self, data):
        self.sock.sendall(data)

    def shutdown(self):
        self.file.close()
        try:
            self.sock.shutdown(socket.SHUT_RDWR)
        except socket.error as e:
            # the server may have closed its side already
            if e.errno != errno.ENOTCONN:
                raise
        finally:
            self.sock.close()

    def socket(self):
        return self.sock

    # --- responses kept from earlier commands ---

    def recent(self):
        """The RECENT responses (after a NOOP if none is known)."""
        typ, dat = self._untagged_response('OK', [None], 'RECENT')
        if dat[-1]:
            return typ, dat
        typ, dat = self.noop()
        return self._untagged_response(typ, dat, 'RECENT')

    def response(self, code):
        """The untagged responses named CODE (removing them)."""
        return self._untagged_response(code, [None], code.upper())

    # --- the commands ---

    def append(self, mailbox, flags, date_time, message):
        """APPEND MESSAGE to MAILBOX (INBOX by default), with FLAGS and
        DATE_TIME (see Time2Internaldate) if given."""
        if flags:
            if (flags[0], flags[-1]) != ('(', ')'):
                flags = '(%s)' % flags
        else:
            flags = None
        date_time = Time2Internaldate(date_time) if date_time else None
        self.literal = MapCRLF.sub(CRLF, message)
        return self._simple_command('APPEND', mailbox or 'INBOX', flags,
                                    date_time)

    def authenticate(self, mechanism, authobject):
        """AUTHENTICATE with MECHANISM: AUTHOBJECT(challenge) returns each
        answer (None aborts); base64 coding is done here."""
        self.literal = _Authenticator(authobject).process
        typ, dat = self._simple_command('AUTHENTICATE', mechanism.upper())
        if typ != 'OK':
            raise self.error(dat[-1])
        self.state = 'AUTH'
        return typ, dat

    capability = _untagged('CAPABILITY')
    check = _plain('CHECK')

    def close(self):
        """CLOSE the selected mailbox (deleted messages are removed)."""
        try:
            typ, dat = self._simple_command('CLOSE')
        finally:
            self.state = 'AUTH'
        return typ, dat

    copy = _plain('COPY')
    create = _plain('CREATE')
    delete = _plain('DELETE')
    deleteacl = _plain('DELETEACL')
    expunge = _untagged('EXPUNGE')
    fetch = _untagged('FETCH')

    def getacl(self, mailbox):
        typ, dat = self._simple_command('GETACL', mailbox)
        return self._untagged_response(typ, dat, 'ACL')

    def getannotation(self, mailbox, entry, attribute):
        typ, dat = self._simple_command('GETANNOTATION', mailbox, entry,
                                        attribute)
        return self._untagged_response(typ, dat, 'ANNOTATION')

    def getquota(self, root):
        typ, dat = self._simple_command('GETQUOTA', root)
        return self._untagged_response(typ, dat, 'QUOTA')

    def getquotaroot(self, mailbox):
        typ, dat = self._simple_command('GETQUOTAROOT', mailbox)
        typ, quota = self._untagged_response(typ, dat, 'QUOTA')
        typ, quotaroot = self._untagged_response(typ, dat, 'QUOTAROOT')
        return typ, [quotaroot, quota]

    def list(self, directory='""', pattern='*'):
        """LIST the mailboxes matching PATTERN."""
        typ, dat = self._simple_command('LIST', directory, pattern)
        return self._untagged_response(typ, dat, 'LIST')

    def login(self, user, password):
        """LOGIN with a clear-text password."""
        typ, dat = self._simple_command('LOGIN', user, self._quote(password))
        if typ != 'OK':
            raise self.error(dat[-1])
        self.state = 'AUTH'
        return typ, dat

    def login_cram_md5(self, user, password):
        """Log in with AUTHENTICATE CRAM-MD5."""
        self.user, self.password = user, password
        return self.authenticate('CRAM-MD5', self._CRAM_MD5_AUTH)

    def _CRAM_MD5_AUTH(self, challenge):
        import hmac
        return self.user + " " + hmac.HMAC(self.password,
                                           challenge).hexdigest()

    def logout(self):
        """LOGOUT and close the connection; the BYE response if any."""
        self.state = 'LOGOUT'
        try:
            typ, dat = self._simple_command('LOGOUT')
        except:
            typ, dat = 'NO', ['%s: %s' % sys.exc_info()[:2]]
        self.shutdown()
        if 'BYE' in self.untagged_responses:
            return 'BYE', self.untagged_responses['BYE']
        return typ, dat

    def lsub(self, directory='""', pattern='*'):
        """LSUB: the subscribed mailboxes matching PATTERN."""
        typ, dat = self._simple_command('LSUB', directory, pattern)
        return self._untagged_response(typ, dat, 'LSUB')

    myrights = _untagged('MYRIGHTS')
    namespace = _untagged('NAMESPACE')
    noop = _plain('NOOP')

    def partial(self, message_num, message_part, start, length):
        typ, dat = self._simple_command('PARTIAL', message_num, message_part,
                                        start, length)
        return self._untagged_response(typ, dat, 'FETCH')

    proxyauth = _plain('PROXYAUTH')
    rename = _plain('RENAME')

    def search(self, charset, *criteria):
        """SEARCH: the message numbers matching CRITERIA."""
        if charset:
            criteria = ('CHARSET', charset) + criteria
        typ, dat = self._simple_command('SEARCH', *criteria)
        return self._untagged_response(typ, dat, 'SEARCH')

    def select(self, mailbox='INBOX', readonly=False):
        """SELECT (or, READONLY, EXAMINE) MAILBOX; data is its message
        count (the EXISTS response)."""
        self.untagged_responses = {}
        self.is_readonly = readonly
        typ, dat = self._simple_command('EXAMINE' if readonly else 'SELECT',
                                        mailbox)
        if typ != 'OK':
            self.state = 'AUTH'
            return typ, dat
        self.state = 'SELECTED'
        if 'READ-ONLY' in self.untagged_responses and not readonly:
            raise self.readonly('%s is not writable' % mailbox)
        return typ, self.untagged_responses.get('EXISTS', [None])

    setacl = _plain('SETACL')

    def setannotation(self, *args):
        typ, dat = self._simple_command('SETANNOTATION', *args)
        return self._untagged_response(typ, dat, 'ANNOTATION')

    def setquota(self, root, limits):
        typ, dat = self._simple_command('SETQUOTA', root, limits)
        return self._untagged_response(typ, dat, 'QUOTA')

    def sort(self, sort_criteria, charset, *search_criteria):
        """SORT (an IMAP4rev1 extension)."""
        if (sort_criteria[0], sort_criteria[-1]) != ('(', ')'):
            sort_criteria = '(%s)' % sort_criteria
        typ, dat = self._simple_command('SORT', sort_criteria, charset,
                                        *search_criteria)
        return self._untagged_response(typ, dat, 'SORT')

    status = _untagged('STATUS')

    def store(self, message_set, command, flags):
        """STORE: change the flags of messages."""
        if (flags[0], flags[-1]) != ('(', ')'):
            flags = '(%s)' % flags
        typ, dat = self._simple_command('STORE', message_set, command, flags)
        return self._untagged_response(typ, dat, 'FETCH')

    subscribe = _plain('SUBSCRIBE')
    thread = _untagged('THREAD')

    def uid(self, command, *args):
        """UID COMMAND: COMMAND with unique identifiers for message
        numbers."""
        command = command.upper()
        if command not in Commands:
            raise self.error("Unknown IMAP4 UID command: %s" % command)
        if self.state not in Commands[command]:
            raise self.error("command %s illegal in state %s, only allowed "
                             "in states %s" % (command, self.state,
                                               ', '.join(Commands[command])))
        typ, dat = self._simple_command('UID', command, *args)
        name = command if command in ('SEARCH', 'SORT', 'THREAD') else 'FETCH'
        return self._untagged_response(typ, dat, name)

    unsubscribe = _plain('UNSUBSCRIBE')

    def xatom(self, name, *args):
        """Send an extension command NAME (allowed in the current state
        if unknown)."""
        name = name.upper()
        if name not in Commands:
            Commands[name] = (self.state,)
        return self._simple_command(name, *args)

    # --- the protocol ---

    def _append_untagged(self, typ, dat):
        if dat is None:
            dat = ''
        self.untagged_responses.setdefault(typ, []).append(dat)

    def _check_bye(self):
        bye = self.untagged_responses.get('BYE')
        if bye:
            raise self.abort(bye[-1])

    def _command(self, name, *args):
        """Send a command (and the pending literal); its tag."""
        if self.state not in Commands[name]:
            self.literal = None
            raise self.error("command %s illegal in state %s, only allowed "
                             "in states %s" % (name, self.state,
                                               ', '.join(Commands[name])))
        for typ in ('OK', 'NO', 'BAD'):
            self.untagged_responses.pop(typ, None)
        if 'READ-ONLY' in self.untagged_responses and not self.is_readonly:
            raise self.readonly('mailbox status changed to READ-ONLY')
        tag = self._new_tag()
        words = [tag, name] + [self._checkquote(arg) for arg in args
                                if arg is not None]
        data = ' '.join([str(word) for word in words])
        literal, self.literal = self.literal, None
        # a literal is a string, or a function answering continuations
        literator = literal if callable(literal) else None
        if literal is not None and literator is None:
            data = '%s {%s}' % (data, len(literal))
        try:
            self.send(data + CRLF)
        except (socket.error, OSError) as val:
            raise self.abort('socket error: %s' % val)
        if literal is None:
            return tag
        while True:
            # wait for the server's go-ahead ('+')
            while self._get_response():
                if self.tagged_commands[tag]:
                    # refused
                    return tag
            if literator:
                literal = literator(self.continuation_response)
            try:
                self.send(literal)
                self.send(CRLF)
            except (socket.error, OSError) as val:
                raise self.abort('socket error: %s' % val)
            if not literator:
                return tag

    def _command_complete(self, name, tag):
        # BYE is the expected answer to LOGOUT
        if name != 'LOGOUT':
            self._check_bye()
        try:
            typ, data = self._get_tagged_response(tag)
        except self.abort as val:
            raise self.abort('command: %s => %s' % (name, val))
        except self.error as val:
            raise self.error('command: %s => %s' % (name, val))
        if name != 'LOGOUT':
            self._check_bye()
        if typ == 'BAD':
            raise self.error('%s command error: %s %s' % (name, typ, data))
        return typ, data

    def _get_response(self):
        """Read one response, storing it; None for a continuation."""
        resp = self._get_line()
        if self._match(self.tagre, resp):
            tag = self.mo.group('tag')
            if tag not in self.tagged_commands:
                raise self.abort('unexpected tagged response: %s' % resp)
            self.tagged_commands[tag] = (self.mo.group('type'),
                                         [self.mo.group('data')])
            return resp
        extra = None
        if not self._match(Untagged_response, resp):
            if self._match(Untagged_status, resp):
                extra = self.mo.group('data2')
        if self.mo is None:
            if self._match(Continuation, resp):
                self.continuation_response = self.mo.group('data')
                return None
            raise self.abort("unexpected response: '%s'" % resp)
        typ = self.mo.group('type')
        dat = self.mo.group('data') or ''
        if extra:
            dat = dat + ' ' + extra
        # a literal {n} follows on the connection, then the rest of the
        # response (which may announce another literal)
        while self._match(Literal, dat):
            size = int(self.mo.group('size'))
            self._append_untagged(typ, (dat, self.read(size)))
            dat = self._get_line()
        self._append_untagged(typ, dat)
        # [CODE data] in a status response is stored under CODE too
        if typ in ('OK', 'NO', 'BAD') and self._match(Response_code, dat):
            self._append_untagged(self.mo.group('type'), self.mo.group('data'))
        return resp

    def _get_tagged_response(self, tag):
        while True:
            result = self.tagged_commands[tag]
            if result is not None:
                del self.tagged_commands[tag]
                return result
            # after a BYE the connection is gone: report it now
            self._check_bye()
            self._get_response()

    def _get_line(self):
        line = self.readline()
        if not line:
            raise self.abort('socket error: EOF')
        if not line.endswith(CRLF):
            raise self.abort('socket error: unterminated line')
        return line[:-2]

    def _match(self, cre, s):
        # the match object stays in self.mo
        self.mo = cre.match(s)
        return self.mo is not None

    def _new_tag(self):
        tag = '%s%s' % (self.tagpre, self.tagnum)
        self.tagnum += 1
        self.tagged_commands[tag] = None
        return tag

    def _checkquote(self, arg):
        """ARG quoted unless it is an atom or already quoted or
        parenthesized."""
        if type(arg) is not str:
            return arg
        if len(arg) >= 2 and (arg[0], arg[-1]) in (('(', ')'), ('"', '"')):
            return arg
        if arg and self.mustquote.search(arg) is None:
            return arg
        return self._quote(arg)

    def _quote(self, arg):
        return '"%s"' % arg.replace('\\', '\\\\').replace('"', '\\"')

    def _simple_command(self, name, *args):
        return self._command_complete(name, self._command(name, *args))

    def _untagged_response(self, typ, dat, name):
        if typ == 'NO':
            return typ, dat
        if name not in self.untagged_responses:
            return typ, [None]
        return typ, self.untagged_responses.pop(name)


try:
    import ssl
except ImportError:
    ssl = None

if ssl is not None:

    class IMAP4_SSL(IMAP4):
        """IMAP4 over SSL (port 993 by default)."""

        def __init__(self, host='', port=IMAP4_SSL_PORT, keyfile=None,
                     certfile=None):
            self.keyfile = keyfile
            self.certfile = certfile
            IMAP4.__init__(self, host, port)

        def open(self, host='', port=IMAP4_SSL_PORT):
            self.host = host
            self.port = port
            self.sock = socket.create_connection((host, port))
            self.sslobj = ssl.wrap_socket(self.sock, self.keyfile,
                                          self.certfile)
            self.file = self.sslobj.makefile('rb')

        def send(self, data):
            while data:
                sent = self.sslobj.write(data)
                data = data[sent:]

        def shutdown(self):
            self.file.close()
            self.sock.close()

        def socket(self):
            return self.sock

        def ssl(self):
            return self.sslobj

    __all__.append("IMAP4_SSL")


class IMAP4_stream(IMAP4):
    """IMAP4 over the standard input and output of COMMAND (run through
    the shell)."""

    def __init__(self, command):
        self.command = command
        IMAP4.__init__(self)

    def open(self, host=None, port=None):
        self.host = self.port = None
        self.sock = self.file = None
        self.process = subprocess.Popen(self.command, shell=True,
                                        stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE,
                                        close_fds=True)
        self.writefile = self.process.stdin
        self.readfile = self.process.stdout

    def read(self, size):
        return self.readfile.read(size)

    def readline(self):
        return self.readfile.readline()

    def send(self, data):
        self.writefile.write(data)
        self.writefile.flush()

    def shutdown(self):
        self.readfile.close()
        self.writefile.close()
        self.process.wait()


class _Authenticator:
    """Base64 coding around an authentication function."""

    def __init__(self, mechinst):
        self.mech = mechinst

    def process(self, data):
        answer = self.mech(self.decode(data))
        if answer is None:
            # abort the exchange
            return '*'
        return self.encode(answer)

    def encode(self, inp):
        # in pieces of 48 bytes, without the newlines b2a_base64 adds
        return ''.join([binascii.b2a_base64(inp[i:i + 48])[:-1]
                        for i in range(0, len(inp), 48)])

    def decode(self, inp):
        if not inp:
            return ''
        return binascii.a2b_base64(inp)


Mon2num = dict((name, number) for number, name in enumerate(
    'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(), 1))


def Internaldate2tuple(resp):
    """The local time (a struct_time) of the INTERNALDATE in a FETCH
    response, or None."""
    import calendar
    mo = InternalDate.match(resp)
    if not mo:
        return None
    fields = [int(mo.group(name)) for name in
              ('year', 'day', 'hour', 'min', 'sec', 'zoneh', 'zonem')]
    year, day, hour, minute, sec, zoneh, zonem = fields
    zone = (zoneh * 60 + zonem) * 60
    if mo.group('zonen') == '-':
        zone = -zone
    # the time zone offset is subtracted to get UT
    utc = calendar.timegm((year, Mon2num[mo.group('mon')], day, hour,
                           minute, sec, -1, -1, -1)) - zone
    return time.localtime(utc)


def Int2AP(num):
    """NUM in base 16 with the digits 'A' to 'P'."""
    digits = []
    num = int(abs(num))
    while num:
        num, digit = divmod(num, 16)
        digits.append('ABCDEFGHIJKLMNOP'[digit])
    return ''.join(reversed(digits))


def ParseFlags(resp):
    """The flags of a FLAGS response, as a tuple."""
    mo = Flags.match(resp)
    if not mo:
        return ()
    return tuple(mo.group('flags').split())


def Time2Internaldate(date_time):
    """'"DD-Mmm-YYYY HH:MM:SS +HHMM"' for DATE_TIME: seconds since the
    epoch, a time tuple or struct_time (local time), or a string already
    in that form (in double quotes)."""
    if isinstance(date_time, (int, long, float)):
        tt = time.localtime(date_time)
    elif isinstance(date_time, (tuple, time.struct_time)):
        tt = date_time
    elif isinstance(date_time, str) and (date_time[0], date_time[-1]) == ('"', '"'):
        return date_time
    else:
        raise ValueError("date_time not of a known type")
    text = time.strftime("%d-%b-%Y %H:%M:%S", tt)
    if text[0] == '0':
        text = ' ' + text[1:]
    if time.daylight and tt[-1]:
        zone = -time.altzone
    else:
        zone = -time.timezone
    return '"%s %+03d%02d"' % ((text,) + divmod(zone // 60, 60))
