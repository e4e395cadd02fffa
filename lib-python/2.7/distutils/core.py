"""The entry point of setup scripts: setup() builds a Distribution from
its keyword arguments, reads the config files and the command line, and
runs the commands asked for.  run_setup() runs a setup script under
control, e.g. to read its metadata without running any command."""
import os
import sys

from distutils.debug import DEBUG
from distutils.errors import (DistutilsSetupError, DistutilsError, CCompilerError,
                              DistutilsArgError)

# names setup scripts import from here
from distutils.dist import Distribution
from distutils.cmd import Command
from distutils.config import PyPIRCCommand
from distutils.extension import Extension

__revision__ = "$Id$"

USAGE = "\n".join([
    "usage: %(script)s [global_opts] cmd1 [cmd1_opts] [cmd2 [cmd2_opts] ...]",
    "   or: %(script)s --help [cmd1 cmd2 ...]",
    "   or: %(script)s --help-commands",
    "   or: %(script)s cmd --help",
    ""])


def gen_usage(script_name):
    """The usage text naming the setup script."""
    return USAGE % {'script': os.path.basename(script_name)}


# set by run_setup(): how far setup() goes, and the distribution it made
_setup_stop_after = None
_setup_distribution = None

# the keyword arguments of setup() (the rest go to the Distribution too)
setup_keywords = tuple("""distclass script_name script_args options name version
    author author_email maintainer maintainer_email url license description
    long_description keywords platforms classifiers download_url requires
    provides obsoletes""".split())

# the keyword arguments of Extension()
extension_keywords = tuple("""name sources include_dirs define_macros
    undef_macros library_dirs libraries runtime_library_dirs extra_objects
    extra_compile_args extra_link_args swig_opts export_symbols depends
    language""".split())


def setup(**attrs):
    """Describe a distribution and run the commands of the command line;
    returns the Distribution.  Errors become SystemExit('error: ...')
    unless DISTUTILS_DEBUG is set."""
    global _setup_distribution

    klass = attrs.pop('distclass', None) or Distribution
    attrs.setdefault('script_name', os.path.basename(sys.argv[0]))
    attrs.setdefault('script_args', sys.argv[1:])
    try:
        dist = klass(attrs)
    except DistutilsSetupError, msg:
        where = "setup command"
        if 'name' in attrs:
            where = "%s setup command" % attrs['name']
        raise SystemExit("error in %s: %s" % (where, msg))
    _setup_distribution = dist

    def stop_at(stage, what):
        if DEBUG and what:
            print("options (after parsing %s):" % what)
            dist.dump_option_dicts()
        return _setup_stop_after == stage

    if stop_at("init", None):
        return dist
    dist.parse_config_files()
    if stop_at("config", "config files"):
        return dist
    try:
        ok = dist.parse_command_line()
    except DistutilsArgError, msg:
        raise SystemExit(gen_usage(dist.script_name) + "\nerror: %s" % msg)
    if stop_at("commandline", "command line") or not ok:
        return dist
    try:
        dist.run_commands()
    except KeyboardInterrupt:
        raise SystemExit("interrupted")
    except (IOError, os.error), exc:
        if DEBUG:
            sys.stderr.write("error: %s\n" % (exc,))
            raise
        raise SystemExit("error: %s" % (exc,))
    except (DistutilsError, CCompilerError), msg:
        if DEBUG:
            raise
        raise SystemExit("error: " + str(msg))
    return dist


def run_setup(script_name, script_args=None, stop_after="run"):
    """Execute a setup script with sys.argv set to script_args and stop
    setup() after "init", "config", "commandline" or "run"; returns the
    Distribution it created."""
    if stop_after not in ('init', 'config', 'commandline', 'run'):
        raise ValueError("invalid value for 'stop_after': %r" % (stop_after,))
    global _setup_stop_after, _setup_distribution
    _setup_stop_after = stop_after

    saved_argv = sys.argv
    namespace = {'__file__': script_name}
    try:
        try:
            sys.argv = [script_name]
            if script_args is not None:
                sys.argv[1:] = script_args
            f = open(script_name)
            try:
                code = f.read()
            finally:
                f.close()
            exec code in namespace, namespace
        finally:
            sys.argv = saved_argv
            _setup_stop_after = None
    except SystemExit:
        pass

    if _setup_distribution is None:
        raise RuntimeError(("'distutils.core.setup()' was never called -- "
                            "perhaps '%s' is not a Distutils setup script?") % script_name)
    return _setup_distribution
