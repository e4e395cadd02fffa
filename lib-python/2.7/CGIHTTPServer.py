"""SimpleHTTPServer that also runs CGI scripts (2.7's `CGIHTTPServer`).

Requests for files under one of `cgi_directories` ('/cgi-bin', '/htbin')
run the file as a CGI script (GET, HEAD and POST): the request becomes
the script's environment and standard input, its standard output is the
response (after a "200 Script output follows" status line).  Python
scripts are run with this interpreter; other files must be executable."""

import os
import select
import sys
import urllib

import BaseHTTPServer
import SimpleHTTPServer

__version__ = "0.4"

__all__ = ["CGIHTTPRequestHandler"]


def _url_collapse_path(path):
    """The URL path with '.' and '..' resolved and empty components
    dropped, as '/head/tail' (the query string stays with the tail).
    IndexError when '..' would climb above the root."""
    path, sep, query = path.partition('?')
    parts = urllib.unquote(path).split('/')
    last = parts.pop()
    head = []
    for part in parts:
        if part == '..':
            head.pop()
        elif part not in ('', '.'):
            head.append(part)
    if last == '..':
        head.pop()
        last = ''
    elif last == '.':
        last = ''
    if sep:
        last = last + '?' + query
    return '/' + '/'.join(head) + '/' + last


_nobody = []


def nobody_uid():
    """The uid of user 'nobody' (the scripts' user when run as root)."""
    if not _nobody:
        try:
            import pwd
            uid = pwd.getpwnam('nobody')[2]
        except (ImportError, KeyError):
            import pwd
            uid = 1 + max(entry[2] for entry in pwd.getpwall())
        _nobody.append(uid)
    return _nobody[0]


def executable(path):
    """Whether path is an executable file."""
    return os.access(path, os.X_OK)


class CGIHTTPRequestHandler(SimpleHTTPServer.SimpleHTTPRequestHandler):
    """Serves files like SimpleHTTPRequestHandler and runs the scripts of
    cgi_directories."""

    have_fork = hasattr(os, 'fork')

    rbufsize = 0    # the script reads the request body from the socket's data

    cgi_directories = ['/cgi-bin', '/htbin']

    def do_POST(self):
        if not self.is_cgi():
            self.send_error(501, "Can only POST to CGI scripts")
            return
        self.run_cgi()

    def send_head(self):
        if self.is_cgi():
            return self.run_cgi()
        return SimpleHTTPServer.SimpleHTTPRequestHandler.send_head(self)

    def is_cgi(self):
        """Whether the path names a script; then cgi_info is (directory,
        rest of the path)."""
        collapsed = _url_collapse_path(self.path)
        slash = collapsed.find('/', 1)
        head, tail = collapsed[:slash], collapsed[slash + 1:]
        if head in self.cgi_directories:
            self.cgi_info = head, tail
            return True
        return False

    def is_executable(self, path):
        return executable(path)

    def is_python(self, path):
        return os.path.splitext(path)[1].lower() in (".py", ".pyw")

    def _find_script(self):
        """(script URL path, extra path info, query, file name), following
        the path down as long as it names directories."""
        directory, rest = self.cgi_info
        rest, sep, query = rest.partition('?')
        # /cgi-bin/sub/dir/script.py/extra: find where the script is.
        while True:
            slash = rest.find('/')
            if slash < 0:
                break
            candidate = directory + '/' + rest[:slash]
            if not os.path.isdir(self.translate_path(candidate)):
                break
            directory, rest = candidate, rest[slash + 1:]
        script, slash, extra = rest.partition('/')
        extra = slash + extra
        return directory + '/' + script, extra, query, self.translate_path(directory + '/' + script)

    def _environment(self, scriptname, rest, query):
        env = dict(os.environ)
        env['SERVER_SOFTWARE'] = self.version_string()
        env['SERVER_NAME'] = self.server.server_name
        env['GATEWAY_INTERFACE'] = 'CGI/1.1'
        env['SERVER_PROTOCOL'] = self.protocol_version
        env['SERVER_PORT'] = str(self.server.server_port)
        env['REQUEST_METHOD'] = self.command
        unquoted = urllib.unquote(rest)
        env['PATH_INFO'] = unquoted
        env['PATH_TRANSLATED'] = self.translate_path(unquoted)
        env['SCRIPT_NAME'] = scriptname
        if query:
            env['QUERY_STRING'] = query
        env['REMOTE_ADDR'] = self.client_address[0]
        authorization = self.headers.getheader("authorization")
        if authorization:
            words = authorization.split()
            if len(words) == 2:
                env['AUTH_TYPE'] = words[0]
                if words[0].lower() == "basic":
                    import base64
                    import binascii
                    try:
                        user, sep, password = base64.decodestring(words[1]).partition(':')
                        if sep:
                            env['REMOTE_USER'] = user
                    except binascii.Error:
                        pass
        env['CONTENT_TYPE'] = self.headers.typeheader or self.headers.type
        length = self.headers.getheader('content-length')
        if length:
            env['CONTENT_LENGTH'] = length
        referer = self.headers.getheader('referer')
        if referer:
            env['HTTP_REFERER'] = referer
        accept = []
        for line in self.headers.getallmatchingheaders('accept'):
            if line[:1] in "\t\n\r ":
                accept.append(line.strip())
            else:
                accept.extend(item.strip() for item in line[7:].split(','))
        env['HTTP_ACCEPT'] = ','.join(accept)
        for header, variable in (('user-agent', 'HTTP_USER_AGENT'),
                                 ('cookie', 'HTTP_COOKIE')):
            values = filter(None, self.headers.getheaders(header))
            if values:
                env[variable] = ', '.join(values)
        for variable in ('QUERY_STRING', 'REMOTE_HOST', 'CONTENT_LENGTH',
                         'HTTP_USER_AGENT', 'HTTP_COOKIE', 'HTTP_REFERER'):
            env.setdefault(variable, "")
        return env

    def run_cgi(self):
        """Run the script named by cgi_info and send its output."""
        scriptname, rest, query, scriptfile = self._find_script()
        if not os.path.exists(scriptfile):
            self.send_error(404, "No such CGI script (%r)" % scriptname)
            return
        if not os.path.isfile(scriptfile):
            self.send_error(403, "CGI script is not a plain file (%r)" % scriptname)
            return
        is_python = self.is_python(scriptname)
        if not is_python and not self.is_executable(scriptfile):
            self.send_error(403, "CGI script is not executable (%r)" % scriptname)
            return
        env = self._environment(scriptname, rest, query)
        self.send_response(200, "Script output follows")

        import subprocess
        command = [scriptfile]
        if is_python:
            interpreter = sys.executable
            if interpreter.lower().endswith("w.exe"):
                interpreter = interpreter[:-5] + interpreter[-4:]
            command = [interpreter, '-u', scriptfile]
        if '=' not in query:
            command.append(query)
        self.log_message("command: %s", subprocess.list2cmdline(command))
        try:
            length = int(self.headers.getheader('content-length'))
        except (TypeError, ValueError):
            length = 0
        process = subprocess.Popen(command, stdin=subprocess.PIPE,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   env=env)
        data = self.rfile.read(length) if self.command.lower() == "post" and length > 0 else None
        # Throw away what a browser may send after the body.
        while select.select([self.rfile._sock], [], [], 0)[0]:
            if not self.rfile._sock.recv(1):
                break
        stdout, stderr = process.communicate(data)
        self.wfile.write(stdout)
        if stderr:
            self.log_error('%s', stderr)
        process.stderr.close()
        process.stdout.close()
        if process.returncode:
            self.log_error("CGI script exit status %#x", process.returncode)
        else:
            self.log_message("CGI script exited OK")


def test(HandlerClass=CGIHTTPRequestHandler, ServerClass=BaseHTTPServer.HTTPServer):
    SimpleHTTPServer.test(HandlerClass, ServerClass)


if __name__ == '__main__':
    test()
