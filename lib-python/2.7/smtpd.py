#! /usr/bin/env python
"""An RFC 2821 SMTP server (over asyncore), to receive mail in tests or
relay it.

SMTPServer(localaddr, remoteaddr) listens on LOCALADDR; subclasses define
process_message(peer, mailfrom, rcpttos, data), which returns None for
"250 Ok" or the error response to send.  DebuggingServer prints each
message, PureProxy relays it to REMOTEADDR.

    python smtpd.py [-n] [-c classname] [-d] [localhost:port [remotehost:port]]
"""

import asynchat
import asyncore
import errno
import getopt
import os
import socket
import sys
import time

__all__ = ["SMTPServer", "DebuggingServer", "PureProxy", "MailmanProxy"]

program = sys.argv[0]
__version__ = 'Python SMTP proxy version 0.2'

NEWLINE = '\n'
EMPTYSTRING = ''
COMMASPACE = ', '


class Devnull:
    """Where debugging output goes unless -d is given."""

    def write(self, msg):
        pass

    def flush(self):
        pass


DEBUGSTREAM = Devnull()


def usage(code, msg=''):
    print >> sys.stderr, __doc__ % globals() if '%(' in __doc__ else __doc__
    if msg:
        print >> sys.stderr, msg
    sys.exit(code)


class SMTPChannel(asynchat.async_chat):
    """One client connection: reads commands, then the message data."""

    # what the incoming lines are
    COMMAND, DATA = 0, 1

    def __init__(self, server, conn, addr):
        asynchat.async_chat.__init__(self, conn)
        self.__server, self.__conn, self.__addr = server, conn, addr
        self.__fqdn = socket.getfqdn()
        self.__greeting = 0
        self.__line = []
        self.__reset_transaction()
        try:
            self.__peer = conn.getpeername()
        except socket.error as err:
            # the client may be gone already
            self.close()
            if err.args[0] != errno.ENOTCONN:
                raise
            return
        print >> DEBUGSTREAM, 'Peer:', repr(self.__peer)
        self.set_terminator('\r\n')
        self.push('220 %s %s' % (self.__fqdn, __version__))

    def __reset_transaction(self):
        # the sender, recipients and data of the mail being received
        self.__mailfrom = None
        self.__rcpttos = []
        self.__data = ''
        self.__state = self.COMMAND

    def push(self, msg):
        """Queue the response line MSG."""
        asynchat.async_chat.push(self, msg + '\r\n')

    def collect_incoming_data(self, data):
        self.__line.append(data)

    def found_terminator(self):
        received = EMPTYSTRING.join(self.__line)
        self.__line = []
        print >> DEBUGSTREAM, 'Data:', repr(received)
        if self.__state == self.DATA:
            self._message(received)
        elif self.__state == self.COMMAND:
            self._command(received)
        else:
            self.push('451 Internal confusion')

    def _command(self, line):
        if not line:
            self.push('500 Error: bad syntax')
            return
        command, space, arg = line.partition(' ')
        command = command.upper()
        handler = getattr(self, 'smtp_' + command, None)
        if handler is None:
            self.push('502 Error: command "%s" not implemented' % command)
        else:
            handler(arg.strip() if space else None)

    def _message(self, text):
        # undo the dot-stuffing of RFC 821 4.5.2
        lines = [line[1:] if line.startswith('.') else line
                 for line in text.split('\r\n')]
        self.__data = NEWLINE.join(lines)
        status = self.__server.process_message(self.__peer, self.__mailfrom,
                                               self.__rcpttos, self.__data)
        self.__reset_transaction()
        self.set_terminator('\r\n')
        self.push(status or '250 Ok')

    # --- the commands; each gets the text after its name, or None ---

    def smtp_HELO(self, arg):
        if not arg:
            self.push('501 Syntax: HELO hostname')
        elif self.__greeting:
            self.push('503 Duplicate HELO/EHLO')
        else:
            self.__greeting = arg
            self.push('250 %s' % self.__fqdn)

    def smtp_NOOP(self, arg):
        self.push('501 Syntax: NOOP' if arg else '250 Ok')

    def smtp_QUIT(self, arg):
        self.push('221 Bye')
        self.close_when_done()

    def __getaddr(self, keyword, arg):
        """The address after KEYWORD ('FROM:' or 'TO:') in ARG, without
        angle brackets; the null sender '<>' keeps them."""
        if not arg or arg[:len(keyword)].upper() != keyword:
            return None
        address = arg[len(keyword):].strip()
        if len(address) > 2 and address[0] + address[-1] == '<>':
            return address[1:-1]
        return address

    def smtp_MAIL(self, arg):
        print >> DEBUGSTREAM, '===> MAIL', arg
        sender = self.__getaddr('FROM:', arg)
        if not sender:
            return self.push('501 Syntax: MAIL FROM:<address>')
        if self.__mailfrom:
            return self.push('503 Error: nested MAIL command')
        self.__mailfrom = sender
        print >> DEBUGSTREAM, 'sender:', sender
        self.push('250 Ok')

    def smtp_RCPT(self, arg):
        print >> DEBUGSTREAM, '===> RCPT', arg
        if not self.__mailfrom:
            return self.push('503 Error: need MAIL command')
        recipient = self.__getaddr('TO:', arg)
        if not recipient:
            return self.push('501 Syntax: RCPT TO: <address>')
        self.__rcpttos.append(recipient)
        print >> DEBUGSTREAM, 'recips:', self.__rcpttos
        self.push('250 Ok')

    def smtp_RSET(self, arg):
        if arg:
            return self.push('501 Syntax: RSET')
        # the greeting is kept
        self.__reset_transaction()
        self.push('250 Ok')

    def smtp_DATA(self, arg):
        if not self.__rcpttos:
            return self.push('503 Error: need RCPT command')
        if arg:
            return self.push('501 Syntax: DATA')
        self.__state = self.DATA
        self.set_terminator('\r\n.\r\n')
        self.push('354 End data with <CR><LF>.<CR><LF>')


class SMTPServer(asyncore.dispatcher):
    """Listens on LOCALADDR and serves each client with an SMTPChannel."""

    def __init__(self, localaddr, remoteaddr):
        self._localaddr, self._remoteaddr = localaddr, remoteaddr
        asyncore.dispatcher.__init__(self)
        try:
            self.create_socket(socket.AF_INET, socket.SOCK_STREAM)
            # a restarted server can take its port back at once
            self.set_reuse_addr()
            self.bind(localaddr)
            self.listen(5)
        except:
            # leave no half-made channel in the socket map
            self.close()
            raise
        started = time.ctime(time.time())
        DEBUGSTREAM.write('%s started at %s\n\tLocal addr: %s\n'
                          '\tRemote addr:%s\n' % (self.__class__.__name__,
                                                  started, localaddr,
                                                  remoteaddr))

    def handle_accept(self):
        accepted = self.accept()
        if accepted is None:
            return
        DEBUGSTREAM.write('Incoming connection from %r\n' % (accepted[1],))
        SMTPChannel(self, accepted[0], accepted[1])

    def process_message(self, peer, mailfrom, rcpttos, data):
        """Handle a message: PEER is the client's address, MAILFROM the
        envelope sender, RCPTTOS the recipients, DATA the text (lines
        joined with '\\n').  Return None for '250 Ok', or a response."""
        raise NotImplementedError


class DebuggingServer(SMTPServer):
    """Prints each message to stdout."""

    def process_message(self, peer, mailfrom, rcpttos, data):
        print '---------- MESSAGE FOLLOWS ----------'
        in_headers = True
        for line in data.split('\n'):
            if in_headers and not line:
                print 'X-Peer:', peer[0]
                in_headers = False
            print line
        print '------------ END MESSAGE ------------'


class PureProxy(SMTPServer):
    """Relays each message to the server at REMOTEADDR."""

    def process_message(self, peer, mailfrom, rcpttos, data):
        lines = data.split('\n')
        # after the last header
        end = lines.index('') if '' in lines else len(lines)
        lines.insert(end, 'X-Peer: %s' % peer[0])
        refused = self._deliver(mailfrom, rcpttos, NEWLINE.join(lines))
        print >> DEBUGSTREAM, 'we got some refusals:', refused

    def _deliver(self, mailfrom, rcpttos, data):
        import smtplib
        refused = {}
        try:
            client = smtplib.SMTP()
            client.connect(self._remoteaddr[0], self._remoteaddr[1])
            try:
                refused = client.sendmail(mailfrom, rcpttos, data)
            finally:
                client.quit()
        except smtplib.SMTPRecipientsRefused as e:
            print >> DEBUGSTREAM, 'got SMTPRecipientsRefused'
            refused = e.recipients
        except (socket.error, smtplib.SMTPException) as e:
            print >> DEBUGSTREAM, 'got', e.__class__
            # everybody was refused; use the server's code if there is one
            code = getattr(e, 'smtp_code', -1)
            message = getattr(e, 'smtp_error', 'ignore')
            for r in rcpttos:
                refused[r] = (code, message)
        return refused


class MailmanProxy(PureProxy):
    """Hands messages addressed to Mailman lists (list, list-admin,
    list-owner, list-request, list-join, list-leave) to Mailman, which
    must be importable; other messages are relayed."""

    _QUEUES = {'': 'tolist', 'admin': 'toadmin', 'owner': 'toowner',
               'request': 'torequest', 'join': 'torequest',
               'leave': 'torequest'}

    def process_message(self, peer, mailfrom, rcpttos, data):
        from Mailman import MailList, Utils, Message
        from cStringIO import StringIO
        for_lists = []
        for rcpt in list(rcpttos):
            pieces = rcpt.lower().split('@')[0].split('-')
            if len(pieces) > 2:
                continue
            name, kind = pieces[0], (pieces[1:] or [''])[0]
            if kind in self._QUEUES and Utils.list_exists(name):
                for_lists.append((name, kind))
                rcpttos.remove(rcpt)
        if rcpttos:
            refused = self._deliver(mailfrom, rcpttos, data)
            print >> DEBUGSTREAM, 'we got refusals:', refused
        opened = {}
        msg = Message.Message(StringIO(data))
        if not msg.getheader('date'):
            msg['Date'] = time.ctime(time.time())
        for name, kind in for_lists:
            if name not in opened:
                opened[name] = MailList.MailList(name, lock=0)
            if kind in ('join', 'leave'):
                msg['Subject'] = {'join': 'subscribe',
                                  'leave': 'unsubscribe'}[kind]
            msg.Enqueue(opened[name], **{self._QUEUES[kind]: 1})


class Options:
    """The command line's settings."""
    setuid = 1
    classname = 'PureProxy'


def _address(which, spec):
    host, colon, port = spec.partition(':')
    if not colon:
        usage(1, 'Bad %s spec: %s' % (which, spec))
    try:
        return host, int(port)
    except ValueError:
        usage(1, 'Bad %s port: %s' % (which, spec))


def parseargs():
    global DEBUGSTREAM
    try:
        opts, args = getopt.getopt(sys.argv[1:], 'nVhc:d',
                                   ['class=', 'nosetuid', 'version', 'help',
                                    'debug'])
    except getopt.error as e:
        usage(1, e)
    options = Options()
    for opt, arg in opts:
        if opt in ('-h', '--help'):
            usage(0)
        if opt in ('-V', '--version'):
            sys.stderr.write(__version__ + '\n')
            sys.exit(0)
        if opt in ('-n', '--nosetuid'):
            options.setuid = 0
        if opt in ('-c', '--class'):
            options.classname = arg
        if opt in ('-d', '--debug'):
            DEBUGSTREAM = sys.stderr
    if len(args) > 2:
        usage(1, 'Invalid arguments: %s' % COMMASPACE.join(args))
    options.localhost, options.localport = _address(
        'local', args[0] if args else 'localhost:8025')
    options.remotehost, options.remoteport = _address(
        'remote', args[1] if len(args) > 1 else 'localhost:25')
    return options


def _become_nobody():
    try:
        import pwd
    except ImportError:
        sys.stderr.write('Cannot import module "pwd"; '
                         'try running with -n option.\n')
        sys.exit(1)
    try:
        os.setuid(pwd.getpwnam('nobody')[2])
    except OSError as e:
        if e.errno != errno.EPERM:
            raise
        sys.stderr.write('Cannot setuid "nobody"; '
                         'try running with -n option.\n')
        sys.exit(1)


if __name__ == '__main__':
    options = parseargs()
    modname, _, classname = options.classname.rpartition('.')
    if modname:
        module = __import__(modname, globals(), locals(), [classname])
    else:
        module = sys.modules['__main__']
    proxy = getattr(module, classname)((options.localhost, options.localport),
                                       (options.remotehost, options.remoteport))
    if options.setuid:
        _become_nobody()
    try:
        asyncore.loop()
    except KeyboardInterrupt:
        pass
