r"""A TELNET client (RFC 854).

    tn = telnetlib.Telnet('localhost', 23)
    tn.read_until('login: ')
    tn.write('guest\n')
    print tn.read_all()

The Telnet object strips the protocol's commands from what it receives
(refusing every option the server proposes, unless a negotiation callback
is set) and doubles IAC bytes in what it sends.  The read_* methods
differ in how long they wait: read_until (for a string), expect (for
regular expressions), read_all (to the end), read_some (for something),
read_eager/read_very_eager (only what arrives without blocking) and
read_lazy/read_very_lazy (only what was already received).  At the end of
the connection they raise EOFError once nothing is left.
"""

import errno
import select
import socket
import sys
from time import time as _time

__all__ = ["Telnet"]

DEBUGLEVEL = 0
TELNET_PORT = 23

# commands (RFC 854)
IAC = chr(255)      # "interpret as command"
DONT = chr(254)
DO = chr(253)
WONT = chr(252)
WILL = chr(251)
theNULL = chr(0)
SE = chr(240)       # end of subnegotiation
NOP = chr(241)
DM = chr(242)       # data mark
BRK = chr(243)
IP = chr(244)       # interrupt process
AO = chr(245)       # abort output
AYT = chr(246)      # are you there
EC = chr(247)       # erase character
EL = chr(248)       # erase line
GA = chr(249)       # go ahead
SB = chr(250)       # start of subnegotiation

# option codes, in number order from 0 (see the IANA telnet options)
_OPTIONS = """BINARY ECHO RCP SGA NAMS STATUS TM RCTE NAOL NAOP NAOCRD NAOHTS
NAOHTD NAOFFD NAOVTS NAOVTD NAOLFD XASCII LOGOUT BM DET SUPDUP SUPDUPOUTPUT
SNDLOC TTYPE EOR TUID OUTMRK TTYLOC VT3270REGIME X3PAD NAWS TSPEED LFLOW
LINEMODE XDISPLOC OLD_ENVIRON AUTHENTICATION ENCRYPT NEW_ENVIRON TN3270E
XAUTH CHARSET RSP COM_PORT_OPTION SUPPRESS_LOCAL_ECHO TLS KERMIT SEND_URL
FORWARD_X""".split()
for _code, _name in enumerate(_OPTIONS):
    globals()[_name] = chr(_code)
del _code, _name, _OPTIONS
PRAGMA_LOGON = chr(138)
SSPI_LOGON = chr(139)
PRAGMA_HEARTBEAT = chr(140)
EXOPL = chr(255)        # extended options list
NOOPT = chr(0)


class Telnet:
    """Telnet([host[, port[, timeout]]]): a connection, opened at once
    when HOST is given (see open())."""

    def __init__(self, host=None, port=0,
                 timeout=socket._GLOBAL_DEFAULT_TIMEOUT):
        self.debuglevel = DEBUGLEVEL
        self.host, self.port, self.timeout = host, port, timeout
        self.sock = None
        self.eof = 0
        # received bytes not yet processed, and the position in them
        self.rawq, self.irawq = '', 0
        # processed data, ready for the read methods
        self.cookedq = ''
        # a command sequence being received
        self.iacseq = ''
        # inside a subnegotiation (its data goes to sbdataq)
        self.sb = 0
        self.sbdataq = ''
        self.option_callback = None
        # poll() has no limit on descriptor numbers; select() is the
        # fallback
        self._has_poll = hasattr(select, 'poll')
        if host is not None:
            self.open(host, port, timeout)

    def open(self, host, port=0, timeout=socket._GLOBAL_DEFAULT_TIMEOUT):
        """Connect to HOST on PORT (23 by default)."""
        self.eof = 0
        self.host = host
        self.port = port or TELNET_PORT
        self.timeout = timeout
        self.sock = socket.create_connection((host, self.port), timeout)

    def __del__(self):
        self.close()

    def msg(self, msg, *args):
        """Print a debugging message when debuglevel is above 0."""
        if self.debuglevel > 0:
            print 'Telnet(%s,%s):' % (self.host, self.port),
            print msg % args if args else msg

    def set_debuglevel(self, debuglevel):
        self.debuglevel = debuglevel

    def close(self):
        sock, self.sock = self.sock, 0
        self.iacseq, self.sb, self.eof = '', 0, 1
        if sock:
            sock.close()

    def get_socket(self):
        return self.sock

    def fileno(self):
        return self.sock.fileno()

    def write(self, buffer):
        """Send BUFFER, doubling its IAC bytes (may block)."""
        buffer = buffer.replace(IAC, IAC + IAC)
        self.msg("send %r", buffer)
        self.sock.sendall(buffer)

    # --- waiting ---

    def _wait_readable(self, timeout):
        """Wait up to TIMEOUT seconds (None: forever) for input; False
        when the time ran out."""
        if self._has_poll:
            poller = select.poll()
            poller.register(self, select.POLLIN | select.POLLPRI)
            wait_ms = None if timeout is None else max(0, timeout) * 1000
            while True:
                try:
                    return bool(poller.poll(wait_ms))
                except select.error as e:
                    if e.args[0] != errno.EINTR:
                        raise
        while True:
            try:
                ready = select.select([self], [], [], timeout)[0]
                return bool(ready)
            except select.error as e:
                if e.args[0] != errno.EINTR:
                    raise

    def read_until(self, match, timeout=None):
        """Read until MATCH (a string) is received, or TIMEOUT seconds
        pass; returns the data up to and including MATCH, or what came
        before the time ran out or the connection ended."""
        size = len(match)
        self.process_rawq()
        found = self.cookedq.find(match)
        if found < 0:
            deadline = None if timeout is None else _time() + timeout
            while not self.eof:
                left = None if deadline is None else deadline - _time()
                if left is not None and left < 0:
                    break
                if not self._wait_readable(left):
                    break
                # the match may straddle what we had and what comes
                start = max(0, len(self.cookedq) - size)
                self.fill_rawq()
                self.process_rawq()
                found = self.cookedq.find(match, start)
                if found >= 0:
                    break
        if found < 0:
            return self.read_very_lazy()
        end = found + size
        data, self.cookedq = self.cookedq[:end], self.cookedq[end:]
        return data

    def read_all(self):
        """Read until the connection closes."""
        self.process_rawq()
        while not self.eof:
            self.fill_rawq()
            self.process_rawq()
        data, self.cookedq = self.cookedq, ''
        return data

    def read_some(self):
        """At least one byte of data unless at the end ('' then)."""
        self.process_rawq()
        while not self.cookedq and not self.eof:
            self.fill_rawq()
            self.process_rawq()
        data, self.cookedq = self.cookedq, ''
        return data

    def read_very_eager(self):
        """Everything that can be read without blocking."""
        return self._read_available(False)

    def read_eager(self):
        """What is available without blocking, reading until some data
        has come (or nothing more is waiting)."""
        return self._read_available(True)

    def _read_available(self, stop_at_data):
        self.process_rawq()
        while not self.eof and not (stop_at_data and self.cookedq):
            if not self.sock_avail():
                break
            self.fill_rawq()
            self.process_rawq()
        return self.read_very_lazy()

    def read_lazy(self):
        """What was received already, processed, without reading more."""
        self.process_rawq()
        return self.read_very_lazy()

    def read_very_lazy(self):
        """The data already processed; EOFError at the end of the
        connection when there is none."""
        data, self.cookedq = self.cookedq, ''
        if not data and self.eof and not self.rawq:
            raise EOFError('telnet connection closed')
        return data

    def read_sb_data(self):
        """The data of the last subnegotiation (between SB and SE)."""
        data, self.sbdataq = self.sbdataq, ''
        return data

    def set_option_negotiation_callback(self, callback):
        """callback(socket, command, option) handles DO/DONT/WILL/WONT
        (and SB, SE and other commands with option NOOPT) instead of the
        default refusal."""
        self.option_callback = callback

    def _negotiate(self, cmd, opt):
        self.msg('IAC %s %d', {DO: 'DO', DONT: 'DONT', WILL: 'WILL',
                               WONT: 'WONT'}[cmd], ord(opt))
        if self.option_callback:
            self.option_callback(self.sock, cmd, opt)
        elif cmd in (DO, DONT):
            # we do nothing special
            self.sock.sendall(IAC + WONT + opt)
        else:
            # and want nothing special
            self.sock.sendall(IAC + DONT + opt)

    def process_rawq(self):
        """Move the received bytes to cookedq (and subnegotiation data to
        sbdataq), acting on the commands among them."""
        # normal data and subnegotiation data
        out = ['', '']
        try:
            while self.rawq:
                c = self.rawq_getchar()
                if not self.iacseq:
                    if c == IAC:
                        self.iacseq = c
                    elif c not in (theNULL, '\021'):
                        out[self.sb] += c
                elif len(self.iacseq) == 1 and c in (DO, DONT, WILL, WONT):
                    # an option byte follows
                    self.iacseq += c
                elif len(self.iacseq) == 1:
                    self.iacseq = ''
                    if c == IAC:
                        out[self.sb] += c
                    else:
                        if c == SB:
                            self.sb = 1
                            self.sbdataq = ''
                        elif c == SE:
                            self.sb = 0
                            self.sbdataq += out[1]
                            out[1] = ''
                        if self.option_callback:
                            self.option_callback(self.sock, c, NOOPT)
                        else:
                            # nothing to do for the other commands
                            self.msg('IAC %d not recognized' % ord(c))
                else:
                    cmd = self.iacseq[1]
                    self.iacseq = ''
                    self._negotiate(cmd, c)
        except EOFError:
            # the connection ended inside a command
            self.iacseq = ''
            self.sb = 0
        self.cookedq += out[0]
        self.sbdataq += out[1]

    def rawq_getchar(self):
        """The next received byte, reading if needed; EOFError at the
        end."""
        if not self.rawq:
            self.fill_rawq()
            if self.eof:
                raise EOFError
        c = self.rawq[self.irawq]
        self.irawq += 1
        if self.irawq >= len(self.rawq):
            self.rawq = ''
            self.irawq = 0
        return c

    def fill_rawq(self):
        """Read from the socket (blocking); sets eof at its end."""
        if self.irawq >= len(self.rawq):
            self.rawq = ''
            self.irawq = 0
        data = self.sock.recv(50)
        self.msg("recv %r", data)
        self.eof = not data
        self.rawq += data

    def sock_avail(self):
        """Whether the socket has data waiting."""
        return select.select([self], [], [], 0) == ([self], [], [])

    def interact(self):
        """Connect the terminal to the connection until it closes."""
        if sys.platform == "win32":
            self.mt_interact()
            return
        while True:
            readable = select.select([self, sys.stdin], [], [])[0]
            if self in readable and not self._copy_out(True):
                break
            if sys.stdin in readable:
                line = sys.stdin.readline()
                if not line:
                    break
                self.write(line)

    def mt_interact(self):
        """interact() with a thread for the remote side (for Windows)."""
        import thread
        thread.start_new_thread(self.listener, ())
        while True:
            line = sys.stdin.readline()
            if not line:
                break
            self.write(line)

    def listener(self):
        while self._copy_out(False):
            pass

    def _copy_out(self, flush_always):
        """Copy what arrived to stdout; False once the connection ended."""
        try:
            data = self.read_eager()
        except EOFError:
            print '*** Connection closed by remote host ***'
            return False
        if data:
            sys.stdout.write(data)
        if data and flush_always or not data and not flush_always:
            sys.stdout.flush()
        return True

    def expect(self, list, timeout=None):
        """Read until one of the regular expressions of LIST (strings or
        compiled) matches, or TIMEOUT seconds pass.

        Returns (index of the expression, match object, the text read up
        to the end of the match), or (-1, None, text read) when time ran
        out; EOFError at the end of the connection with nothing read.
        Beware of greedy patterns: a match is taken as soon as possible.
        """
        import re
        patterns = [p if hasattr(p, "search") else re.compile(p)
                    for p in list]
        deadline = None if timeout is None else _time() + timeout
        while True:
            self.process_rawq()
            for i, pattern in enumerate(patterns):
                m = pattern.search(self.cookedq)
                if m:
                    end = m.end()
                    text, self.cookedq = self.cookedq[:end], self.cookedq[end:]
                    return (i, m, text)
            if self.eof:
                break
            if deadline is not None:
                left = deadline - _time()
                if left < 0 or not self._wait_readable(left):
                    break
            self.fill_rawq()
        leftover = self.read_very_lazy()
        if self.eof and not leftover:
            raise EOFError
        return (-1, None, leftover)


def test():
    """telnetlib.py [-d ...] [host [port]]: an interactive session."""
    debuglevel = 0
    args = sys.argv[1:]
    while args and args[0] == '-d':
        debuglevel += 1
        del args[0]
    host = args[0] if args else 'localhost'
    port = 0
    if len(args) > 1:
        try:
            port = int(args[1])
        except ValueError:
            port = socket.getservbyname(args[1], 'tcp')
    session = Telnet()
    session.set_debuglevel(debuglevel)
    session.open(host, port, timeout=0.5)
    try:
        session.interact()
    finally:
        session.close()


if __name__ == '__main__':
    test()
