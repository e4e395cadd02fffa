"""check: verify the metadata of the distribution (required fields;
reStructuredText checking needs docutils, which is optional)."""
from distutils.core import Command
from distutils.cmd import set_option_defaults
from distutils.errors import DistutilsSetupError

__revision__ = "$Id$"

try:
    from docutils.utils import Reporter
    from docutils.parsers.rst import Parser
    from docutils import frontend
    from docutils import nodes
    HAS_DOCUTILS = True
except Exception:
    HAS_DOCUTILS = False


class check(Command):

    description = "perform some checks on the package"
    user_options = [('metadata', 'm', 'Verify meta-data'),
                    ('restructuredtext', 'r',
                     'Checks if long string meta-data syntax are reStructuredText-compliant'),
                    ('strict', 's', 'Will exit with an error if a check fails')]

    boolean_options = ['metadata', 'restructuredtext', 'strict']

    def initialize_options(self):
        set_option_defaults(self, restructuredtext=0, metadata=1, strict=0, _warnings=0)

    def finalize_options(self):
        pass

    def warn(self, msg):
        """Count the warnings: --strict fails when there were any."""
        self._warnings = self._warnings + 1
        return Command.warn(self, msg)

    def run(self):
        checks = []
        if self.metadata:
            checks.append(self.check_metadata)
        if self.restructuredtext and HAS_DOCUTILS:
            checks.append(self.check_restructuredtext)
        elif self.restructuredtext and self.strict:
            raise DistutilsSetupError('The docutils package is needed.')
        for check in checks:
            check()
        if self.strict and self._warnings:
            raise DistutilsSetupError('Please correct your package.')

    def check_metadata(self):
        """name, version and url must be given, and an author or
        maintainer together with an email address."""
        metadata = self.distribution.metadata
        missing = [attr for attr in ('name', 'version', 'url')
                   if not getattr(metadata, attr, None)]
        if missing:
            self.warn("missing required meta-data: %s" % ', '.join(missing))
        for who in ('author', 'maintainer'):
            if getattr(metadata, who):
                if not getattr(metadata, who + '_email'):
                    self.warn("missing meta-data: if '%s' supplied, '%s_email' "
                              "must be supplied too" % (who, who))
                return
        self.warn("missing meta-data: either (author and author_email) "
                  "or (maintainer and maintainer_email) must be supplied")

    def check_restructuredtext(self):
        """Warn about each problem docutils finds in long_description."""
        for level, message, children, details in self._check_rst_data(
                self.distribution.get_long_description()):
            if details.get('line') is not None:
                message = '%s (line %s)' % (message, details['line'])
            self.warn(message)

    def _check_rst_data(self, data):
        """[(level, message, children, details)] of parsing data as rst."""
        found = []

        class Collector(Reporter):
            def system_message(self, level, message, *children, **kwargs):
                found.append((level, message, children, kwargs))
                return nodes.system_message(message, level=level, type=self.levels[level],
                                            *children, **kwargs)

        source = self.distribution.script_name or 'setup.py'
        parser = Parser()
        opts = frontend.OptionParser(components=(Parser,)).get_default_values()
        opts.tab_width = 4
        opts.pep_references = opts.rfc_references = None
        reporter = Collector(source, opts.report_level, opts.halt_level,
                             stream=opts.warning_stream, debug=opts.debug,
                             encoding=opts.error_encoding,
                             error_handler=opts.error_encoding_error_handler)
        doc = nodes.document(opts, reporter, source=source)
        doc.note_source(source, -1)
        try:
            parser.parse(data, doc)
        except AttributeError, e:
            found.append((-1, 'Could not finish the parsing: %s.' % e, '', {}))
        return found
