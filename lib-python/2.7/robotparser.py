"""Parse robots.txt files (the robot exclusion protocol) and answer
whether a given user agent may fetch a URL.

    rp = robotparser.RobotFileParser('http://www.example.com/robots.txt')
    rp.read()
    rp.can_fetch('MyBot/1.0', 'http://www.example.com/private/x.html')
"""

import urllib
import urlparse

__all__ = ["RobotFileParser"]


class RobotFileParser:
    """The rules of one robots.txt file."""

    def __init__(self, url=''):
        self.entries = []
        # the entry of "User-agent: *", consulted last
        self.default_entry = None
        # set by read() from the HTTP status
        self.disallow_all = self.allow_all = False
        self.last_checked = 0
        self.set_url(url)

    def mtime(self):
        """When the rules were last read (0: never)."""
        return self.last_checked

    def modified(self):
        """Note that the rules were read now."""
        import time
        self.last_checked = time.time()

    def set_url(self, url):
        """The URL of the robots.txt file."""
        self.url = url
        self.host, self.path = urlparse.urlparse(url)[1:3]

    def read(self):
        """Fetch and parse the robots.txt file.  A 401 or 403 answer
        forbids everything, another 4xx allows everything."""
        opener = _opener_class()()
        stream = opener.open(self.url)
        try:
            lines = [line.strip() for line in stream]
        finally:
            stream.close()
        code = self.errcode = opener.errcode
        if code in (401, 403):
            self.disallow_all = True
        elif 400 <= code < 500:
            self.allow_all = True
        elif code == 200 and lines:
            self.parse(lines)

    def _add_entry(self, entry):
        if "*" not in entry.useragents:
            self.entries.append(entry)
        elif self.default_entry is None:
            # only the first default entry counts
            self.default_entry = entry

    def parse(self, lines):
        """Parse the lines of a robots.txt file.

        Records are separated by blank lines; each names user agents and
        then gives Allow/Disallow rules.  Unknown fields are ignored.
        """
        # 0: before a record, 1: after its User-agent lines, 2: in its rules
        state = 0
        entry = Entry()
        self.modified()
        for line in lines:
            if not line:
                if state == 2:
                    self._add_entry(entry)
                if state:
                    entry = Entry()
                    state = 0
            line = line.split('#', 1)[0].strip()
            if not line:
                continue
            parts = line.split(':', 1)
            if len(parts) != 2:
                continue
            field = parts[0].strip().lower()
            value = urllib.unquote(parts[1].strip())
            if field == "user-agent":
                if state == 2:
                    # a new record without a blank line before it
                    self._add_entry(entry)
                    entry = Entry()
                entry.useragents.append(value)
                state = 1
            elif field in ("allow", "disallow") and state:
                entry.rulelines.append(RuleLine(value, field == "allow"))
                state = 2
        if state == 2:
            self._add_entry(entry)

    def can_fetch(self, useragent, url):
        """Whether USERAGENT may fetch URL."""
        if self.disallow_all or self.allow_all:
            # disallow_all wins when both are set
            return not self.disallow_all
        if not self.last_checked:
            # nothing read yet: assume the worst
            return False
        # compare the path (with parameters, query and fragment) only,
        # quoted the way the rules are
        parts = urlparse.urlparse(urllib.unquote(url))
        path = urlparse.urlunparse(('', '') + tuple(parts[2:]))
        path = urllib.quote(path) or "/"
        for entry in self.entries:
            if entry.applies_to(useragent):
                return entry.allowance(path)
        if self.default_entry:
            return self.default_entry.allowance(path)
        return True

    def __str__(self):
        entries = list(self.entries)
        if self.default_entry is not None:
            entries.append(self.default_entry)
        return ''.join([str(entry) + "\n" for entry in entries])


class RuleLine:
    """An Allow or Disallow line: a path prefix and whether it is
    allowed.  An empty Disallow allows everything."""

    def __init__(self, path, allowance):
        if path == '' and not allowance:
            allowance = True
        self.path = urllib.quote(urlparse.urlunparse(urlparse.urlparse(path)))
        self.allowance = allowance

    def applies_to(self, filename):
        return self.path == "*" or filename.startswith(self.path)

    def __str__(self):
        return "%s: %s" % ("Allow" if self.allowance else "Disallow",
                           self.path)


class Entry:
    """A record: the user agents it names and its rules, in order."""

    def __init__(self):
        self.useragents = []
        self.rulelines = []

    def __str__(self):
        lines = ["User-agent: %s\n" % agent for agent in self.useragents]
        lines += ["%s\n" % rule for rule in self.rulelines]
        return ''.join(lines)

    def applies_to(self, useragent):
        """Whether the record names USERAGENT: its name (before any '/')
        contains one of the record's agents, case-insensitively."""
        name = useragent.split("/")[0].lower()
        for agent in self.useragents:
            if agent == '*' or agent.lower() in name:
                return True
        return False

    def allowance(self, filename):
        """The first rule matching FILENAME decides; allowed if none."""
        for rule in self.rulelines:
            if rule.applies_to(filename):
                return rule.allowance
        return True


_opener = []


def _opener_class():
    """URLopener: a FancyURLopener that remembers the HTTP status and never
    asks for a password (made on first use, since it needs urllib's
    opener classes)."""
    if not _opener:
        base = urllib.FancyURLopener

        class URLopener(base):
            errcode = 200

            def prompt_user_passwd(self, host, realm):
                return None, None

            def http_error_default(self, url, fp, errcode, errmsg, headers):
                self.errcode = errcode
                return base.http_error_default(self, url, fp, errcode,
                                               errmsg, headers)
        _opener.append(URLopener)
    return _opener[0]

