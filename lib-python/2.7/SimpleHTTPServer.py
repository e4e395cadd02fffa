"""Serve the files of the current directory over HTTP (2.7's
`SimpleHTTPServer`): GET and HEAD of files, directory listings, and a
redirect to add the trailing slash of a directory's URL."""

import os
import posixpath
import shutil
import sys
import urllib
import urlparse

import BaseHTTPServer
import cgi
import mimetypes

try:
    from cStringIO import StringIO
except ImportError:
    from StringIO import StringIO

__version__ = "0.6"

__all__ = ["SimpleHTTPRequestHandler"]


class SimpleHTTPRequestHandler(BaseHTTPServer.BaseHTTPRequestHandler):
    """Maps the request path onto the current directory."""

    server_version = "SimpleHTTP/" + __version__

    def do_HEAD(self):
        body = self.send_head()
        if body:
            body.close()

    def do_GET(self):
        body = self.send_head()
        if not body:
            return
        try:
            self.copyfile(body, self.wfile)
        finally:
            body.close()

    def send_head(self):
        """Send the status and headers; return the file whose contents are
        the body (None when there is no body)."""
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            parts = urlparse.urlsplit(self.path)
            if not parts.path.endswith('/'):
                # Relative links in the listing need the slash.
                self.send_response(301)
                location = urlparse.urlunsplit(
                    (parts[0], parts[1], parts[2] + '/', parts[3], parts[4]))
                self.send_header("Location", location)
                self.end_headers()
                return None
            indexes = [os.path.join(path, name) for name in ("index.html", "index.htm")]
            indexes = [name for name in indexes if os.path.exists(name)]
            if not indexes:
                return self.list_directory(path)
            path = indexes[0]
        try:
            body = open(path, 'rb')
        except IOError:
            self.send_error(404, "File not found")
            return None
        try:
            st = os.fstat(body.fileno())
            self.send_response(200)
            self.send_header("Content-type", self.guess_type(path))
            self.send_header("Content-Length", str(st.st_size))
            self.send_header("Last-Modified", self.date_time_string(st.st_mtime))
            self.end_headers()
        except:
            body.close()
            raise
        return body

    def list_directory(self, path):
        """Send the headers of an HTML listing of `path`; return it as a
        file (None if the directory cannot be read)."""
        try:
            names = os.listdir(path)
        except os.error:
            self.send_error(404, "No permission to list directory")
            return None
        names.sort(key=lambda name: name.lower())
        shown = cgi.escape(urllib.unquote(self.path))
        out = StringIO()
        out.write('<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 3.2 Final//EN">')
        out.write("<html>\n<title>Directory listing for %s</title>\n" % shown)
        out.write("<body>\n<h2>Directory listing for %s</h2>\n" % shown)
        out.write("<hr>\n<ul>\n")
        for name in names:
            full = os.path.join(path, name)
            label = link = name
            if os.path.isdir(full):
                label = link = name + "/"
            if os.path.islink(full):
                label = name + "@"
            out.write('<li><a href="%s">%s</a>\n' % (urllib.quote(link), cgi.escape(label)))
        out.write("</ul>\n<hr>\n</body>\n</html>\n")
        length = out.tell()
        out.seek(0)
        self.send_response(200)
        self.send_header("Content-type", "text/html; charset=%s" % sys.getfilesystemencoding())
        self.send_header("Content-Length", str(length))
        self.end_headers()
        return out

    def translate_path(self, path):
        """The file-system path under the current directory for a URL
        path; '..' and other components that would leave it are dropped."""
        path = path.split('?', 1)[0].split('#', 1)[0]
        trailing_slash = path.rstrip().endswith('/')
        path = posixpath.normpath(urllib.unquote(path))
        result = os.getcwd()
        for word in path.split('/'):
            if not word or os.path.dirname(word) or word in (os.curdir, os.pardir):
                continue
            result = os.path.join(result, word)
        if trailing_slash:
            result += '/'
        return result

    def copyfile(self, source, outputfile):
        shutil.copyfileobj(source, outputfile)

    def guess_type(self, path):
        """The MIME type for a file name, by its extension."""
        ext = posixpath.splitext(path)[1]
        if ext in self.extensions_map:
            return self.extensions_map[ext]
        return self.extensions_map.get(ext.lower(), self.extensions_map[''])

    if not mimetypes.inited:
        mimetypes.init()
    extensions_map = mimetypes.types_map.copy()
    extensions_map.update({
        '': 'application/octet-stream',
        '.py': 'text/plain',
        '.c': 'text/plain',
        '.h': 'text/plain',
    })


def test(HandlerClass=SimpleHTTPRequestHandler, ServerClass=BaseHTTPServer.HTTPServer):
    BaseHTTPServer.test(HandlerClass, ServerClass)


if __name__ == '__main__':
    test()
