"""PyPIRCCommand: the base of commands that talk to a package index and
read their repository and credentials from ~/.pypirc."""
import os
from ConfigParser import RawConfigParser

from distutils.cmd import Command

__revision__ = "$Id$"

DEFAULT_PYPIRC = """\
[distutils]
index-servers =
    pypi

[pypi]
username:%s
password:%s
"""


class PyPIRCCommand(Command):

    DEFAULT_REPOSITORY = 'https://upload.pypi.org/legacy/'
    DEFAULT_REALM = 'pypi'
    repository = None
    realm = None

    user_options = [
        ('repository=', 'r', "url of repository [default: %s]" % DEFAULT_REPOSITORY),
        ('show-response', None, 'display full response text from server')]

    boolean_options = ['show-response']

    def _get_rc_file(self):
        return os.path.join(os.path.expanduser('~'), '.pypirc')

    def _store_pypirc(self, username, password):
        rc = self._get_rc_file()
        fd = os.open(rc, os.O_CREAT | os.O_WRONLY, 0600)
        f = os.fdopen(fd, 'w')
        try:
            f.write(DEFAULT_PYPIRC % (username, password))
        finally:
            f.close()

    def _read_pypirc(self):
        """The settings of the section of ~/.pypirc matching the
        repository (by section name or URL), or {}."""
        rc = self._get_rc_file()
        if not os.path.exists(rc):
            return {}
        self.announce('Using PyPI login from %s' % rc)
        repository = self.repository or self.DEFAULT_REPOSITORY
        parser = RawConfigParser()
        parser.read(rc)
        sections = parser.sections()
        if 'distutils' in sections:
            servers = [s.strip() for s in
                       parser.get('distutils', 'index-servers').split('\n') if s.strip()]
            if servers == []:
                servers = ['pypi'] if 'pypi' in sections else []
            for server in servers:
                current = {'server': server}
                current['username'] = parser.get(server, 'username')
                for key, default in (('repository', self.DEFAULT_REPOSITORY),
                                     ('realm', self.DEFAULT_REALM),
                                     ('password', None)):
                    if parser.has_option(server, key):
                        current[key] = parser.get(server, key)
                    else:
                        current[key] = default
                if (server == 'pypi' and
                        repository in (self.DEFAULT_REPOSITORY, 'pypi')):
                    current['repository'] = self.DEFAULT_REPOSITORY
                    return current
                if current['server'] == repository or current['repository'] == repository:
                    return current
        elif 'server-login' in sections:
            server = 'server-login'
            if parser.has_option(server, 'repository'):
                repository = parser.get(server, 'repository')
            else:
                repository = self.DEFAULT_REPOSITORY
            return {'username': parser.get(server, 'username'),
                    'password': parser.get(server, 'password'),
                    'repository': repository, 'server': server,
                    'realm': self.DEFAULT_REALM}
        return {}

    def initialize_options(self):
        self.repository = None
        self.realm = None
        self.show_response = 0

    def finalize_options(self):
        if self.repository is None:
            self.repository = self.DEFAULT_REPOSITORY
        if self.realm is None:
            self.realm = self.DEFAULT_REALM
