"""DistributionMetadata: the descriptive fields of a distribution (name,
version, author, ...), read from and written to PKG-INFO files in the
Metadata 1.0/1.1 format."""
import os

from distutils.util import rfc822_escape

__revision__ = "$Id$"

# PKG-INFO is written in this encoding when fields are unicode
PKG_INFO_ENCODING = 'utf-8'

# field -> what get_<field>() answers when the field is unset
_FALLBACK = {
    'name': "UNKNOWN", 'version': "0.0.0", 'author_email': "UNKNOWN",
    'maintainer_email': "UNKNOWN", 'url': "UNKNOWN", 'license': "UNKNOWN",
    'download_url': "UNKNOWN", 'keywords': [], 'platforms': ["UNKNOWN"],
    'classifiers': [], 'requires': [], 'provides': [], 'obsoletes': [],
}

# text fields that may be unicode: their getters answer encoded strings
_ENCODED = {'author': "UNKNOWN", 'maintainer': "UNKNOWN",
            'description': "UNKNOWN", 'long_description': "UNKNOWN"}

_FIELDS = ('name', 'version', 'author', 'author_email', 'maintainer',
           'maintainer_email', 'url', 'license', 'description',
           'long_description', 'keywords', 'platforms', 'classifiers',
           'download_url', 'provides', 'requires', 'obsoletes')

# the repeatable PKG-INFO headers, in the order they are written
_LIST_HEADERS = (('Platform', 'platforms'), ('Classifier', 'classifiers'),
                 ('Requires', 'requires'), ('Provides', 'provides'),
                 ('Obsoletes', 'obsoletes'))


def _encode(value):
    if value is None:
        return None
    if isinstance(value, unicode):
        return value.encode(PKG_INFO_ENCODING)
    return str(value)


def _read_headers(file):
    """{lower-case header name: [values]} of an RFC 822 style header block
    (up to the first blank line); continuation lines are appended to their
    header's value after a newline, indentation included."""
    headers = {}
    last = None
    for line in file:
        if not line.strip():
            break
        if line[0] in ' \t' and last is not None:
            last[-1] = last[-1] + '\n' + line.rstrip()
            continue
        name, sep, value = line.partition(':')
        if not sep:
            break
        last = headers.setdefault(name.strip().lower(), [])
        last.append(value.strip())
    return headers


def _plain_getter(field, fallback):
    def getter(self):
        return getattr(self, field) or fallback
    getter.__name__ = 'get_' + field
    return getter


def _encoding_getter(field, fallback):
    def getter(self):
        return _encode(getattr(self, field)) or fallback
    getter.__name__ = 'get_' + field
    return getter


def _check_predicates(values):
    import distutils.versionpredicate
    for v in values:
        distutils.versionpredicate.VersionPredicate(v)


class DistributionMetadata:

    _METHOD_BASENAMES = ("name", "version", "author", "author_email",
                         "maintainer", "maintainer_email", "url",
                         "license", "description", "long_description",
                         "keywords", "platforms", "fullname", "contact",
                         "contact_email", "classifiers", "download_url",
                         "provides", "requires", "obsoletes")

    def __init__(self, path=None):
        for field in _FIELDS:
            setattr(self, field, None)
        if path is not None:
            f = open(path)
            try:
                self.read_pkg_file(f)
            finally:
                f.close()

    # -- PKG-INFO ------------------------------------------------------

    def read_pkg_file(self, file):
        """Fill the fields from an open PKG-INFO file ('UNKNOWN' means unset)."""
        headers = _read_headers(file)

        def single(header):
            values = headers.get(header)
            if not values or values[-1] == 'UNKNOWN':
                return None
            return values[-1]

        def multiple(header):
            return headers.get(header) or None

        self.name = single('name')
        self.version = single('version')
        self.description = single('summary')
        self.author = single('author')
        self.author_email = single('author-email')
        self.maintainer = self.maintainer_email = None
        self.url = single('home-page')
        self.license = single('license')
        self.download_url = single('download-url')
        self.long_description = single('description')
        keywords = single('keywords')
        self.keywords = keywords.split(',') if keywords is not None else None
        self.platforms = multiple('platform')
        self.classifiers = multiple('classifier')
        newer = single('metadata-version') == '1.1'
        for field in ('requires', 'provides', 'obsoletes'):
            setattr(self, field, multiple(field) if newer else None)

    def write_pkg_info(self, base_dir):
        """Write PKG-INFO into base_dir."""
        out = open(os.path.join(base_dir, 'PKG-INFO'), 'w')
        try:
            self.write_pkg_file(out)
        finally:
            out.close()

    def write_pkg_file(self, file):
        """The fields as PKG-INFO headers: Metadata-Version 1.1 when a 1.1
        field (provides, requires, obsoletes, classifiers, download_url)
        is set, else 1.0."""
        uses_1_1 = [self.provides, self.requires, self.obsoletes,
                    self.classifiers, self.download_url]
        headers = [('Metadata-Version', '1.1' if any(uses_1_1) else '1.0'),
                   ('Name', self.get_name()),
                   ('Version', self.get_version()),
                   ('Summary', self.get_description()),
                   ('Home-page', self.get_url()),
                   ('Author', self.get_contact()),
                   ('Author-email', self.get_contact_email()),
                   ('License', self.get_license())]
        if self.download_url:
            headers.append(('Download-URL', self.download_url))
        headers.append(('Description', rfc822_escape(self.get_long_description())))
        if self.get_keywords():
            headers.append(('Keywords', ','.join(self.get_keywords())))
        for header, field in _LIST_HEADERS:
            for value in getattr(self, 'get_' + field)():
                headers.append((header, value))
        for header, value in headers:
            self._write_field(file, header, value)

    def _write_field(self, file, name, value):
        file.write('%s: %s\n' % (name, self._encode_field(value)))

    def _write_list(self, file, name, values):
        for value in values:
            self._write_field(file, name, value)

    def _encode_field(self, value):
        return _encode(value)

    # -- accessors with their fallbacks ----------------------------------

    for _field, _fallback in _FALLBACK.items():
        locals()['get_' + _field] = _plain_getter(_field, _fallback)
    for _field, _fallback in _ENCODED.items():
        locals()['get_' + _field] = _encoding_getter(_field, _fallback)
    del _field, _fallback

    def get_fullname(self):
        return "%s-%s" % (self.get_name(), self.get_version())

    def get_contact(self):
        """The maintainer, else the author."""
        return _encode(self.maintainer) or _encode(self.author) or "UNKNOWN"

    def get_contact_email(self):
        return self.maintainer_email or self.author_email or "UNKNOWN"

    get_licence = get_license

    def set_requires(self, value):
        _check_predicates(value)
        self.requires = value

    def set_provides(self, value):
        import distutils.versionpredicate
        value = [v.strip() for v in value]
        for v in value:
            distutils.versionpredicate.split_provision(v)
        self.provides = value

    def set_obsoletes(self, value):
        _check_predicates(value)
        self.obsoletes = value
