"""Parse .netrc files: the login, account and password for each machine,
and the macros ("macdef") of the ftp client."""

import os
import shlex
import stat

__all__ = ["netrc", "NetrcParseError"]


class NetrcParseError(Exception):
    """A syntax error in a netrc file."""

    def __init__(self, msg, filename=None, lineno=None):
        self.filename = filename
        self.lineno = lineno
        self.msg = msg
        Exception.__init__(self, msg)

    def __str__(self):
        return "%s (%s, line %s)" % (self.msg, self.filename, self.lineno)


# the tokens that start an entry (and so end the previous one)
_TOPLEVEL = ('', 'machine', 'default', 'macdef')


class netrc:
    """netrc([file]): the entries of FILE (~/.netrc by default).

    hosts maps each machine name (or 'default') to a (login, account,
    password) tuple; macros maps each macro name to its list of lines.
    """

    def __init__(self, file=None):
        own_file = file is None
        if own_file:
            try:
                file = os.path.join(os.environ['HOME'], ".netrc")
            except KeyError:
                raise IOError("Could not find .netrc: $HOME is not set")
        self.hosts = {}
        self.macros = {}
        with open(file) as fp:
            self._parse(file, fp, own_file)

    def _parse(self, file, fp, default_netrc):
        lexer = shlex.shlex(fp)
        lexer.wordchars += r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
        # '#' starts a comment only as a token of its own (see below)
        lexer.commenters = lexer.commenters.replace('#', '')
        while True:
            line_before = lexer.lineno
            toplevel = token = lexer.get_token()
            if not token:
                break
            if token[0] == '#':
                # a comment runs to the end of its line
                if lexer.lineno == line_before and len(token) == 1:
                    lexer.instream.readline()
                continue
            if token == 'machine':
                entryname = lexer.get_token()
            elif token == 'default':
                entryname = 'default'
            elif token == 'macdef':
                self._read_macro(lexer, lexer.get_token())
                continue
            else:
                raise NetrcParseError("bad toplevel token %r" % token,
                                      file, lexer.lineno)
            self._read_entry(lexer, file, fp, toplevel, entryname,
                             default_netrc)

    def _read_macro(self, lexer, name):
        # the body is every line up to an empty one
        body = self.macros[name] = []
        lexer.whitespace = ' \t'
        while True:
            line = lexer.instream.readline()
            if not line or line == '\n':
                break
            body.append(line)
        lexer.whitespace = ' \t\r\n'

    def _read_entry(self, lexer, file, fp, toplevel, entryname, default_netrc):
        login = ''
        account = password = None
        self.hosts[entryname] = {}
        while True:
            token = lexer.get_token()
            if token.startswith('#') or token in _TOPLEVEL:
                if not password:
                    raise NetrcParseError(
                        "malformed %s entry %s terminated by %s"
                        % (toplevel, entryname, repr(token)),
                        file, lexer.lineno)
                self.hosts[entryname] = (login, account, password)
                lexer.push_token(token)
                return
            if token in ('login', 'user'):
                login = lexer.get_token()
            elif token == 'account':
                account = lexer.get_token()
            elif token == 'password':
                if os.name == 'posix' and default_netrc:
                    _check_private(fp, file, lexer.lineno)
                password = lexer.get_token()
            else:
                raise NetrcParseError("bad follower token %r" % token,
                                      file, lexer.lineno)

    def authenticators(self, host):
        """(login, account, password) for HOST, or the default entry's,
        or None."""
        if host in self.hosts:
            return self.hosts[host]
        return self.hosts.get('default')

    def __repr__(self):
        """The entries in the syntax of a netrc file."""
        parts = []
        for host, (login, account, password) in self.hosts.items():
            parts.append("machine %s\n\tlogin %s\n" % (host, login))
            if account:
                parts.append("\taccount %s\n" % account)
            parts.append("\tpassword %s\n" % password)
        for name, lines in self.macros.items():
            parts.append("macdef %s\n" % name)
            parts.extend(lines)
            parts.append("\n")
        return ''.join(parts)


def _check_private(fp, file, lineno):
    """A ~/.netrc holding passwords must belong to the user and be
    unreadable by others."""
    info = os.fstat(fp.fileno())
    if info.st_uid != os.getuid():
        import pwd
        try:
            owner = pwd.getpwuid(info.st_uid)[0]
        except KeyError:
            owner = 'uid %s' % info.st_uid
        try:
            user = pwd.getpwuid(os.getuid())[0]
        except KeyError:
            user = 'uid %s' % os.getuid()
        raise NetrcParseError("~/.netrc file owner (%s) does not match "
                              "current user (%s)" % (owner, user),
                              file, lineno)
    if info.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise NetrcParseError("~/.netrc access too permissive: access "
                              "permissions must restrict access to only "
                              "the owner", file, lineno)


if __name__ == '__main__':
    print netrc()
