"""build_scripts: copy the scripts into the build directory, pointing a
'#!...python' first line at the interpreter they will run with."""
import os
import re
from stat import ST_MODE

from distutils.cmd import Command
from distutils.dep_util import newer
from distutils.util import convert_path
from distutils import log

__revision__ = "$Id$"

# a first line naming some python, with its options kept
first_line_re = re.compile(r'^#!.*python[0-9.]*([ \t].*)?$')


class build_scripts(Command):

    description = "\"build\" scripts (copy and fixup #! line)"

    user_options = [('build-dir=', 'd', "directory to \"build\" (copy) to"),
                    ('force', 'f', "forcibly build everything (ignore file timestamps"),
                    ('executable=', 'e', "specify final destination interpreter path")]
    boolean_options = ['force']

    def initialize_options(self):
        self.build_dir = None
        self.scripts = None
        self.force = None
        self.executable = None
        self.outfiles = None

    def finalize_options(self):
        self.set_undefined_options('build', ('build_scripts', 'build_dir'),
                                   ('force', 'force'), ('executable', 'executable'))
        self.scripts = self.distribution.scripts

    def get_source_files(self):
        return self.scripts

    def run(self):
        if not self.scripts:
            return
        self.copy_scripts()

    def _copy_script(self, script, target):
        """Copy one script, rewriting a first line that runs python."""
        try:
            f = open(script, "r")
        except IOError:
            if not self.dry_run:
                raise
            f = None
        if f is None:
            first = None
        else:
            first = f.readline()
            if not first:
                f.close()
                self.warn("%s is an empty file (skipping)" % script)
                return
        m = first and first_line_re.match(first)
        if not m:
            if f is not None:
                f.close()
            self.copy_file(script, target)
            return
        log.info("copying and adjusting %s -> %s", script, self.build_dir)
        try:
            if not self.dry_run:
                out = open(target, "w")
                try:
                    out.write("#!%s%s\n" % (self.executable, m.group(1) or ''))
                    out.writelines(f.readlines())
                finally:
                    out.close()
        finally:
            f.close()

    def copy_scripts(self):
        self.mkpath(self.build_dir)
        outfiles = []
        for script in self.scripts:
            script = convert_path(script)
            target = os.path.join(self.build_dir, os.path.basename(script))
            outfiles.append(target)
            if self.force or newer(script, target):
                self._copy_script(script, target)
            else:
                log.debug("not copying %s (up-to-date)", script)

        if os.name == 'posix':
            for path in outfiles:
                if self.dry_run:
                    log.info("changing mode of %s", path)
                    continue
                old = os.stat(path)[ST_MODE] & 07777
                new = (old | 0555) & 07777
                if new != old:
                    log.info("changing mode of %s from %o to %o", path, old, new)
                    os.chmod(path, new)
