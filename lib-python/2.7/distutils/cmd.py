"""Command: the base class of every setup command (build, install, ...).
A command's options start unset (initialize_options), are filled from
config files and the command line, then completed (finalize_options);
run() does the work."""
import os
import re
import sys

from distutils.errors import DistutilsOptionError
from distutils import util, dir_util, file_util, archive_util, dep_util
from distutils import log

__revision__ = "$Id$"


class Command:

    # (command name, predicate method or None) pairs run by run_command
    sub_commands = []

    def __init__(self, dist):
        from distutils.dist import Distribution
        if not isinstance(dist, Distribution):
            raise TypeError("dist must be a Distribution instance")
        if self.__class__ is Command:
            raise RuntimeError("Command is an abstract class")
        self.distribution = dist
        self.initialize_options()
        # dry_run is the distribution's unless the command sets its own
        self._dry_run = None
        self.verbose = dist.verbose
        self.force = None
        self.help = 0
        self.finalized = 0

    def __getattr__(self, attr):
        # dry_run falls back to the distribution's unless set on the command
        if attr == 'dry_run':
            mine = getattr(self, '_' + attr)
            if mine is None:
                return getattr(self.distribution, attr)
            return mine
        raise AttributeError(attr)

    def ensure_finalized(self):
        if not self.finalized:
            self.finalize_options()
        self.finalized = 1

    def initialize_options(self):
        raise RuntimeError("abstract method -- subclass %s must override" % self.__class__)

    def finalize_options(self):
        raise RuntimeError("abstract method -- subclass %s must override" % self.__class__)

    def run(self):
        raise RuntimeError("abstract method -- subclass %s must override" % self.__class__)

    def dump_options(self, header=None, indent=""):
        """Log each user option with its current value."""
        from distutils.fancy_getopt import translate_longopt
        if header is None:
            header = "command options for '%s':" % self.get_command_name()
        lines = [indent + header]
        for entry in self.user_options:
            name = translate_longopt(entry[0]).rstrip('=')
            lines.append("%s  %s = %s" % (indent, name, getattr(self, name)))
        for line in lines:
            self.announce(line, level=log.INFO)

    def announce(self, msg, level=1):
        log.log(level, msg)

    def debug_print(self, msg):
        from distutils.debug import DEBUG
        if DEBUG:
            print msg
            sys.stdout.flush()

    # -- option checking helpers ---------------------------------------

    def _ensure_stringlike(self, option, what, default=None):
        value = getattr(self, option)
        if value is None:
            setattr(self, option, default)
            return default
        if not isinstance(value, str):
            raise DistutilsOptionError("'%s' must be a %s (got `%s`)" % (option, what, value))
        return value

    def ensure_string(self, option, default=None):
        """option must be a string; None becomes default."""
        self._ensure_stringlike(option, "string", default)

    def ensure_string_list(self, option):
        """option must be a list of strings; a string is split at commas
        and/or whitespace."""
        value = getattr(self, option)
        if value is None:
            return
        if isinstance(value, str):
            setattr(self, option, re.split(r',\s*|\s+', value))
            return
        if not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
            raise DistutilsOptionError(
                "'%s' must be a list of strings (got %r)" % (option, value))

    def _ensure_tested_string(self, option, tester, what, error_fmt, default=None):
        value = self._ensure_stringlike(option, what, default)
        if value is not None and not tester(value):
            raise DistutilsOptionError(("error in '%s' option: " + error_fmt) % (option, value))

    def ensure_filename(self, option):
        self._ensure_tested_string(option, os.path.isfile, "filename",
                                   "'%s' does not exist or is not a file")

    def ensure_dirname(self, option):
        self._ensure_tested_string(option, os.path.isdir, "directory name",
                                   "'%s' does not exist or is not a directory")

    # -- relations with the distribution and other commands ------------

    def get_command_name(self):
        if hasattr(self, 'command_name'):
            return self.command_name
        return self.__class__.__name__

    def set_undefined_options(self, src_cmd, *option_pairs):
        """Copy still-unset options from another (finalized) command:
        each pair is (its option, our option)."""
        src = self.distribution.get_command_obj(src_cmd)
        src.ensure_finalized()
        for src_option, dst_option in option_pairs:
            if getattr(self, dst_option) is None:
                setattr(self, dst_option, getattr(src, src_option))

    def get_finalized_command(self, command, create=1):
        cmd_obj = self.distribution.get_command_obj(command, create)
        cmd_obj.ensure_finalized()
        return cmd_obj

    def reinitialize_command(self, command, reinit_subcommands=0):
        return self.distribution.reinitialize_command(command, reinit_subcommands)

    def run_command(self, command):
        self.distribution.run_command(command)

    def get_sub_commands(self):
        """The sub-commands whose predicate (if any) holds."""
        names = []
        for name, predicate in self.sub_commands:
            if predicate is None or predicate(self):
                names.append(name)
        return names

    # -- file operations honouring verbose/dry-run ---------------------

    def warn(self, msg):
        log.warn("warning: %s: %s\n" % (self.get_command_name(), msg))

    def execute(self, func, args, msg=None, level=1):
        util.execute(func, args, msg, dry_run=self.dry_run)

    def mkpath(self, name, mode=0777):
        dir_util.mkpath(name, mode, dry_run=self.dry_run)

    def copy_file(self, infile, outfile, preserve_mode=1, preserve_times=1,
                  link=None, level=1):
        return file_util.copy_file(infile, outfile, preserve_mode, preserve_times,
                                   not self.force, link, dry_run=self.dry_run)

    def copy_tree(self, infile, outfile, preserve_mode=1, preserve_times=1,
                  preserve_symlinks=0, level=1):
        return dir_util.copy_tree(infile, outfile, preserve_mode, preserve_times,
                                  preserve_symlinks, not self.force, dry_run=self.dry_run)

    def move_file(self, src, dst, level=1):
        return file_util.move_file(src, dst, dry_run=self.dry_run)

    def spawn(self, cmd, search_path=1, level=1):
        from distutils.spawn import spawn
        spawn(cmd, search_path, dry_run=self.dry_run)

    def make_archive(self, base_name, format, root_dir=None, base_dir=None,
                     owner=None, group=None):
        return archive_util.make_archive(base_name, format, root_dir, base_dir,
                                         dry_run=self.dry_run, owner=owner, group=group)

    def make_file(self, infiles, outfile, func, args, exec_msg=None, skip_msg=None,
                  level=1):
        """Run func(*args) to make outfile unless it is newer than all of
        infiles (always when --force)."""
        if skip_msg is None:
            skip_msg = "skipping %s (inputs unchanged)" % outfile
        if isinstance(infiles, str):
            infiles = (infiles,)
        elif not isinstance(infiles, (list, tuple)):
            raise TypeError("'infiles' must be a string, or a list or tuple of strings")
        if exec_msg is None:
            exec_msg = "generating %s from %s" % (outfile, ', '.join(infiles))
        if self.force or dep_util.newer_group(infiles, outfile):
            self.execute(func, args, exec_msg, level)
        else:
            log.debug(skip_msg)



def set_option_defaults(cmd, **values):
    """Give a command's options their initial values (lists and dicts are
    copied, so no two commands share one)."""
    for name, value in values.items():
        if isinstance(value, (list, dict)):
            value = type(value)(value)
        setattr(cmd, name, value)
