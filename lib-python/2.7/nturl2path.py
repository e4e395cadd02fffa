"""Convert between file: URL paths and Windows path names (what urllib's
url2pathname and pathname2url are on Windows)."""


def url2pathname(url):
    """The Windows path of the path part of a file: URL.

        ///C|/foo/bar/spam.foo  ->  C:\\foo\\bar\\spam.foo
    """
    import string
    import urllib
    # old URLs write the drive with '|'; accept ':' too
    url = url.replace(':', '|')
    if '|' not in url:
        # no drive letter: just the separators change
        if url.startswith('////'):
            # a UNC path, //server/share
            url = url[2:]
        return urllib.unquote('\\'.join(url.split('/')))
    parts = url.split('|')
    if len(parts) != 2 or parts[0][-1] not in string.ascii_letters:
        raise IOError('Bad URL: ' + url)
    path = parts[0][-1].upper() + ':'
    for name in parts[1].split('/'):
        if name:
            path = path + '\\' + urllib.unquote(name)
    # the root of a drive keeps its separator
    if path.endswith(':') and url.endswith('/'):
        path += '\\'
    return path


def pathname2url(p):
    """The path part of a file: URL for the Windows path P.

        C:\\foo\\bar\\spam.foo  ->  ///C:/foo/bar/spam.foo
    """
    import urllib
    if ':' not in p:
        if p.startswith('\\\\'):
            # UNC: \\\\server\\share becomes ////server/share
            p = '\\\\' + p
        return urllib.quote('/'.join(p.split('\\')))
    parts = p.split(':')
    if len(parts) != 2 or len(parts[0]) > 1:
        raise IOError('Bad path: ' + p)
    url = '///' + urllib.quote(parts[0].upper()) + ':'
    for name in parts[1].split('\\'):
        if name:
            url = url + '/' + urllib.quote(name)
    return url
