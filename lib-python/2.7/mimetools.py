"""MIME-aware message headers (2.7's `mimetools`, deprecated in favour of
`email`): Message adds the Content-Type and Content-Transfer-Encoding
accessors to rfc822.Message; decode()/encode() handle the transfer
encodings; choose_boundary() makes a unique multipart boundary."""

import os
import sys
import time

import rfc822

__all__ = ["Message", "choose_boundary", "encode", "decode", "copyliteral",
           "copybinary"]


class Message(rfc822.Message):
    """rfc822.Message with the MIME type and its parameters parsed."""

    def __init__(self, fp, seekable=1):
        rfc822.Message.__init__(self, fp, seekable)
        self.encodingheader = self.getheader('content-transfer-encoding')
        self.typeheader = self.getheader('content-type')
        self.parsetype()
        self.parseplist()

    def parsetype(self):
        value = self.typeheader
        if value is None:
            value = 'text/plain'
        semi = value.find(';')
        if semi >= 0:
            self.plisttext = value[semi:]
            value = value[:semi]
        else:
            self.plisttext = ''
        parts = [p.strip().lower() for p in value.split('/')]
        self.type = '/'.join(parts)
        self.maintype = parts[0]
        self.subtype = '/'.join(parts[1:])

    def parseplist(self):
        # plisttext is ";a=b;c=d": every parameter starts with ';'.
        rest = self.plisttext
        self.plist = []
        while rest[:1] == ';':
            rest = rest[1:]
            end = rest.find(';')
            if end < 0:
                end = len(rest)
            item = rest[:end]
            eq = item.find('=')
            if eq >= 0:
                item = item[:eq].strip().lower() + '=' + item[eq + 1:].strip()
            self.plist.append(item.strip())
            rest = rest[end:]

    def getplist(self):
        return self.plist

    def getparam(self, name):
        """The unquoted value of a Content-Type parameter, or None."""
        prefix = name.lower() + '='
        for item in self.plist:
            if item.startswith(prefix):
                return rfc822.unquote(item[len(prefix):])
        return None

    def getparamnames(self):
        names = []
        for item in self.plist:
            eq = item.find('=')
            if eq >= 0:
                names.append(item[:eq].lower())
        return names

    def gettype(self):
        return self.type

    def getsubtype(self):
        return self.subtype

    def getmaintype(self):
        return self.maintype

    def getencoding(self):
        """The Content-Transfer-Encoding, lower-cased ('7bit' if absent)."""
        return (self.encodingheader or '7bit').lower()


# Unique boundaries: host address, uid and pid, then time and a counter.

_counter = [0]
_prefix = []


def _next_counter():
    import thread
    lock = _next_counter.lock
    if lock is None:
        lock = _next_counter.lock = thread.allocate_lock()
    with lock:
        _counter[0] += 1
        return _counter[0]
_next_counter.lock = None


def choose_boundary():
    """A string that is unlikely to appear in any message body."""
    if not _prefix:
        import socket
        try:
            host = socket.gethostbyname(socket.gethostname())
        except socket.gaierror:
            host = '127.0.0.1'
        try:
            uid = repr(os.getuid())
        except AttributeError:
            uid = '1'
        _prefix.append('%s.%s.%s' % (host, uid, repr(os.getpid())))
    return "%s.%.3f.%d" % (_prefix[0], time.time(), _next_counter())


# Transfer encodings that Python modules handle; anything else goes
# through the external programs of the tables below.

_UU = ('uuencode', 'x-uuencode', 'uue', 'x-uue')

decodetab = {
    'uuencode': 'uudecode',
    'x-uuencode': 'uudecode',
    'uue': 'uudecode',
    'x-uue': 'uudecode',
    'quoted-printable': 'mmencode -u -q',
    'base64': 'mmencode -u -b',
}

encodetab = {
    'x-uuencode': 'uuencode tempfile',
    'uuencode': 'uuencode tempfile',
    'x-uue': 'uuencode tempfile',
    'uue': 'uuencode tempfile',
    'quoted-printable': 'mmencode -q',
    'base64': 'mmencode -b',
}


def _python_codec(encoding, direction):
    """The function (input, output) of a Python module for an encoding."""
    if encoding in ('7bit', '8bit'):
        return lambda src, dst: dst.write(src.read())
    if encoding == 'quoted-printable':
        import quopri
        if direction == 'encode':
            return lambda src, dst: quopri.encode(src, dst, 0)
        return quopri.decode
    if encoding in _UU:
        import uu
        module = uu
    elif encoding == 'base64':
        import base64
        module = base64
    else:
        return None
    return getattr(module, direction)


def _convert(input, output, encoding, direction, commands):
    codec = _python_codec(encoding, direction)
    if codec is not None:
        return codec(input, output)
    if encoding not in commands:
        raise ValueError('unknown Content-Transfer-Encoding: %s' % encoding)
    pipethrough(input, commands[encoding], output)


def decode(input, output, encoding):
    """Decode `input` (a file) into `output` according to `encoding`."""
    return _convert(input, output, encoding, 'decode', decodetab)


def encode(input, output, encoding):
    """Encode `input` (a file) into `output` according to `encoding`."""
    return _convert(input, output, encoding, 'encode', encodetab)


def pipeto(input, command):
    pipe = os.popen(command, 'w')
    copyliteral(input, pipe)
    pipe.close()


def pipethrough(input, command, output):
    import tempfile
    fd, name = tempfile.mkstemp()
    tmp = os.fdopen(fd, 'w')
    try:
        copyliteral(input, tmp)
        tmp.close()
        pipe = os.popen(command + ' <' + name)
        copybinary(pipe, output)
        pipe.close()
    finally:
        os.unlink(name)


def copyliteral(input, output):
    """Copy a text file line by line."""
    for line in iter(input.readline, ''):
        output.write(line)


def copybinary(input, output):
    """Copy a file in blocks."""
    for block in iter(lambda: input.read(8192), ''):
        output.write(block)
