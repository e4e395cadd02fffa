"""Distribution: everything a setup script describes (metadata, modules,
packages, options) and the driver that parses config files and the
command line and runs the requested commands.  DistributionMetadata
holds the metadata and writes PKG-INFO."""
import os
import re
import sys

from distutils import log
from distutils.debug import DEBUG
from distutils.errors import (DistutilsArgError, DistutilsClassError,
                              DistutilsModuleError, DistutilsOptionError)
from distutils.fancy_getopt import FancyGetopt, translate_longopt
from distutils.util import check_environ, strtobool

__revision__ = "$Id$"

from distutils._metadata import DistributionMetadata, PKG_INFO_ENCODING

# a command name: a Python identifier
command_re = re.compile(r'^[a-zA-Z]([a-zA-Z0-9_]*)$')


class Distribution:

    global_options = [
        ('verbose', 'v', "run verbosely (default)", 1),
        ('quiet', 'q', "run quietly (turns verbosity off)"),
        ('dry-run', 'n', "don't actually do anything"),
        ('help', 'h', "show detailed help message"),
        ('no-user-cfg', None, 'ignore pydistutils.cfg in your home directory'),
    ]

    common_usage = ("Common commands: (see '--help-commands' for more)\n\n"
                    "  setup.py build      will build the package underneath 'build/'\n"
                    "  setup.py install    will install the package\n")

    display_options = [
        ('help-commands', None, "list all available commands"),
        ('name', None, "print package name"),
        ('version', 'V', "print package version"),
        ('fullname', None, "print <package name>-<version>"),
        ('author', None, "print the author's name"),
        ('author-email', None, "print the author's email address"),
        ('maintainer', None, "print the maintainer's name"),
        ('maintainer-email', None, "print the maintainer's email address"),
        ('contact', None, "print the maintainer's name if known, else the author's"),
        ('contact-email', None,
         "print the maintainer's email address if known, else the author's"),
        ('url', None, "print the URL for this package"),
        ('license', None, "print the license of the package"),
        ('licence', None, "alias for --license"),
        ('description', None, "print the package description"),
        ('long-description', None, "print the long package description"),
        ('platforms', None, "print the list of platforms"),
        ('classifiers', None, "print the list of classifiers"),
        ('keywords', None, "print the list of keywords"),
        ('provides', None, "print the list of packages/modules provided"),
        ('requires', None, "print the list of packages/modules required"),
        ('obsoletes', None, "print the list of packages/modules made obsolete"),
    ]
    display_option_names = [translate_longopt(opt[0]) for opt in display_options]

    negative_opt = {'quiet': 'verbose'}

    def __init__(self, attrs=None):
        """attrs: the keyword arguments of setup()."""
        self.verbose = 1
        self.dry_run = 0
        self.help = 0
        for name in self.display_option_names:
            setattr(self, name, 0)

        self.metadata = DistributionMetadata()
        # get_name(), get_version(), ... on the distribution itself
        for basename in self.metadata._METHOD_BASENAMES:
            name = "get_" + basename
            setattr(self, name, getattr(self.metadata, name))

        # what setup() may set besides metadata (fresh containers each time)
        for name, default in self._SETUP_DEFAULTS:
            setattr(self, name, default() if callable(default) else default)
        self.command_obj = {}     # command name -> command object
        self.have_run = {}        # command name -> whether it ran

        if attrs:
            self._apply_setup_args(dict(attrs))

        # --no-user-cfg must be known before the config files are read
        self.want_user_cfg = '--no-user-cfg' not in self._leading_options()
        self.finalize_options()

    _SETUP_DEFAULTS = (
        ('cmdclass', dict), ('command_packages', None), ('script_name', None),
        ('script_args', None), ('command_options', dict), ('dist_files', list),
        ('packages', None), ('package_data', dict), ('package_dir', None),
        ('py_modules', None), ('libraries', None), ('headers', None),
        ('ext_modules', None), ('ext_package', None), ('include_dirs', None),
        ('extra_path', None), ('scripts', None), ('data_files', None),
        ('password', ''),
    )

    def _leading_options(self):
        """The options before the first command of script_args."""
        leading = []
        for arg in self.script_args or []:
            if not arg.startswith('-'):
                break
            leading.append(arg)
        return leading

    def _apply_setup_args(self, attrs):
        """Store setup()'s keyword arguments: 'options' into the option
        dicts, metadata into self.metadata (through set_<name> when there
        is one), the rest onto the distribution."""
        for command, values in (attrs.pop('options', None) or {}).items():
            opt_dict = self.get_option_dict(command)
            for opt, val in values.items():
                opt_dict[opt] = ("setup script", val)
        if 'licence' in attrs:
            attrs['license'] = attrs.pop('licence')
            _warn("'licence' distribution option is deprecated; use 'license'")
        for key, val in attrs.items():
            setter = getattr(self.metadata, "set_" + key, None)
            if setter is not None:
                setter(val)
            elif hasattr(self.metadata, key):
                setattr(self.metadata, key, val)
            elif hasattr(self, key):
                setattr(self, key, val)
            else:
                _warn("Unknown distribution option: %s" % repr(key))

    def get_option_dict(self, command):
        """{option: (source, value)} for one command, created on demand."""
        d = self.command_options.get(command)
        if d is None:
            d = self.command_options[command] = {}
        return d

    def dump_option_dicts(self, header=None, commands=None, indent=""):
        """Announce the option dicts of the given (default: all) commands."""
        from pprint import pformat
        lines = []
        if header is not None:
            lines.append(indent + header)
            indent = indent + "  "
        names = commands if commands is not None else sorted(self.command_options)
        if not names:
            lines.append(indent + "no commands known yet")
        for name in names:
            options = self.command_options.get(name)
            if options is None:
                lines.append(indent + "no option dict for '%s' command" % name)
                continue
            lines.append(indent + "option dict for '%s' command:" % name)
            lines.extend(indent + "  " + line for line in pformat(options).split('\n'))
        for line in lines:
            self.announce(line)

    # -- config files -------------------------------------------------

    def find_config_files(self):
        """distutils.cfg beside this package, then ~/.pydistutils.cfg
        (unless --no-user-cfg), then setup.cfg in the current directory;
        only those that exist."""
        files = []
        check_environ()
        sys_file = os.path.join(os.path.dirname(sys.modules['distutils'].__file__),
                                "distutils.cfg")
        if os.path.isfile(sys_file):
            files.append(sys_file)
        user_name = "pydistutils.cfg" if os.name != 'posix' else ".pydistutils.cfg"
        if self.want_user_cfg:
            user_file = os.path.join(os.path.expanduser('~'), user_name)
            if os.path.isfile(user_file):
                files.append(user_file)
        if os.path.isfile("setup.cfg"):
            files.append("setup.cfg")
        if DEBUG:
            self.announce("using config files: %s" % ', '.join(files))
        return files

    def parse_config_files(self, filenames=None):
        """Read the [command] sections of the config files into the option
        dicts (later files win); [global] sets the distribution's own."""
        from ConfigParser import ConfigParser
        if filenames is None:
            filenames = self.find_config_files()
        DEBUG and self.announce("Distribution.parse_config_files():")
        for filename in filenames:
            DEBUG and self.announce("  reading %s" % filename)
            # a fresh parser per file: each value remembers its file
            parser = ConfigParser()
            parser.read(filename)
            for section in parser.sections():
                target = self.get_option_dict(section)
                for option in parser.options(section):
                    if option == '__name__':
                        continue
                    target[option.replace('-', '_')] = (filename,
                                                        parser.get(section, option))
        for option, (_, value) in self.command_options.get('global', {}).items():
            try:
                if option in self.negative_opt:
                    setattr(self, self.negative_opt[option], not strtobool(value))
                elif option in ('verbose', 'dry_run'):
                    setattr(self, option, strtobool(value))
                else:
                    setattr(self, option, value)
            except ValueError, msg:
                raise DistutilsOptionError(msg)

    # -- command line ---------------------------------------------------

    def parse_command_line(self):
        """Global options, then each command with its options.  Returns
        false when only help or display options were asked for."""
        self.commands = []
        parser = FancyGetopt(self._get_toplevel_options() + self.display_options)
        parser.set_negative_aliases(self.negative_opt)
        parser.set_aliases({'licence': 'license'})
        rest = parser.getopt(args=self.script_args, object=self)
        log.set_verbosity(self.verbose)
        if self.handle_display_options(parser.get_option_order()):
            return None
        while rest:
            rest = self._parse_command_opts(parser, rest)
            if rest is None:
                return None     # a command's --help was shown
        if self.help:
            self._show_help(parser, display_options=not self.commands,
                            commands=self.commands)
            return None
        if not self.commands:
            raise DistutilsArgError("no commands supplied")
        return 1

    def _get_toplevel_options(self):
        return self.global_options + [
            ("command-packages=", None,
             "list of packages that provide distutils commands"),
        ]

    def _parse_command_opts(self, parser, args):
        from distutils.cmd import Command
        command = args[0]
        if not command_re.match(command):
            raise SystemExit("invalid command name '%s'" % command)
        self.commands.append(command)

        try:
            cmd_class = self.get_command_class(command)
        except DistutilsModuleError, msg:
            raise DistutilsArgError(msg)

        if not issubclass(cmd_class, Command):
            raise DistutilsClassError(
                "command class %s must subclass Command" % cmd_class)
        if not (hasattr(cmd_class, 'user_options') and
                isinstance(cmd_class.user_options, list)):
            raise DistutilsClassError(
                ("command class %s must provide " +
                 "'user_options' attribute (a list of tuples)") % cmd_class)

        negative_opt = self.negative_opt
        if hasattr(cmd_class, 'negative_opt'):
            negative_opt = dict(negative_opt)
            negative_opt.update(cmd_class.negative_opt)

        help_options = getattr(cmd_class, 'help_options', None)
        if isinstance(help_options, list):
            help_options = fix_help_options(cmd_class.help_options)
        else:
            help_options = []

        parser.set_option_table(self.global_options + cmd_class.user_options +
                                help_options)
        parser.set_negative_aliases(negative_opt)
        args, opts = parser.getopt(args[1:])
        if hasattr(opts, 'help') and opts.help:
            self._show_help(parser, display_options=0, commands=[cmd_class])
            return

        if isinstance(getattr(cmd_class, 'help_options', None), list):
            asked = 0
            for help_option, short, desc, func in cmd_class.help_options:
                if hasattr(opts, parser.get_attr_name(help_option)):
                    asked = 1
                    if hasattr(func, '__call__'):
                        func()
                    else:
                        raise DistutilsClassError(
                            "invalid help function %r for help option '%s': "
                            "must be a callable object (function, etc.)" % (func, help_option))
            if asked:
                return

        opt_dict = self.get_option_dict(command)
        for name, value in vars(opts).items():
            opt_dict[name] = ("command line", value)
        return args

    def finalize_options(self):
        """keywords and platforms given as comma-separated strings become lists."""
        for attr in ('keywords', 'platforms'):
            value = getattr(self.metadata, attr)
            if value is None:
                continue
            if isinstance(value, str):
                setattr(self.metadata, attr, [x.strip() for x in value.split(',')])

    def _help_table(self, klass):
        """A command class's options as a FancyGetopt table."""
        table = list(klass.user_options)
        extra = getattr(klass, 'help_options', None)
        if isinstance(extra, list):
            table = table + fix_help_options(extra)
        return table

    def _show_help(self, parser, global_options=1, display_options=1, commands=[]):
        """Help for the global options, the display options (when asked)
        and each command given, then the usage text."""
        from distutils.core import gen_usage
        from distutils.cmd import Command
        sections = []
        if global_options:
            table = self.global_options
            if display_options:
                table = self._get_toplevel_options()
            sections.append((table, self.common_usage + "\nGlobal options:"))
        if display_options:
            sections.append((self.display_options,
                             "Information display options (just display "
                             "information, ignore any commands)"))
        for command in self.commands:
            is_class = isinstance(command, type) and issubclass(command, Command)
            klass = command if is_class else self.get_command_class(command)
            sections.append((self._help_table(klass),
                             "Options for '%s' command:" % klass.__name__))
        for table, title in sections:
            parser.set_option_table(table)
            parser.print_help(title)
            print('')
        print(gen_usage(self.script_name))

    def handle_display_options(self, option_order):
        """Print what --help-commands or the metadata options ask for;
        true when any was given."""
        if self.help_commands:
            from distutils.core import gen_usage
            self.print_commands()
            print('')
            print(gen_usage(self.script_name))
            return 1
        any_display = 0
        asked = {}
        for option in self.display_options:
            asked[option[0]] = 1
        for opt, val in option_order:
            if val and asked.get(opt):
                opt = translate_longopt(opt)
                value = getattr(self.metadata, "get_" + opt)()
                if opt in ('keywords', 'platforms'):
                    print(','.join(value))
                elif opt in ('classifiers', 'provides', 'requires', 'obsoletes'):
                    print('\n'.join(value))
                else:
                    print(value)
                any_display = 1
        return any_display

    def print_command_list(self, commands, header, max_length):
        print(header + ":")
        for cmd in commands:
            klass = self.cmdclass.get(cmd)
            if not klass:
                klass = self.get_command_class(cmd)
            description = getattr(klass, 'description', "(no description available)")
            print("  %-*s  %s" % (max_length, cmd, description))

    def _command_groups(self):
        import distutils.command
        std_commands = distutils.command.__all__
        is_std = dict.fromkeys(std_commands, 1)
        extra = [cmd for cmd in self.cmdclass.keys() if not is_std.get(cmd)]
        return std_commands, extra

    def print_commands(self):
        std_commands, extra = self._command_groups()
        max_length = max([len(c) for c in std_commands + extra] or [0])
        self.print_command_list(std_commands, "Standard commands", max_length)
        if extra:
            print('')
            self.print_command_list(extra, "Extra commands", max_length)

    def get_command_list(self):
        """[(name, description)] of the standard and extra commands."""
        std_commands, extra = self._command_groups()
        rv = []
        for cmd in std_commands + extra:
            klass = self.cmdclass.get(cmd)
            if not klass:
                klass = self.get_command_class(cmd)
            rv.append((cmd, getattr(klass, 'description', "(no description available)")))
        return rv

    # -- command objects --------------------------------------------------

    def get_command_packages(self):
        """The packages searched for command modules (distutils.command
        first), from --command-packages' comma-separated list."""
        packages = self.command_packages
        if isinstance(packages, list):
            return packages
        names = [name.strip() for name in (packages or '').split(',') if name != '']
        if "distutils.command" not in names:
            names = ["distutils.command"] + names
        self.command_packages = names
        return names

    def get_command_class(self, command):
        """The class implementing command: from cmdclass, else the module
        of that name in one of the command packages."""
        klass = self.cmdclass.get(command)
        if klass:
            return klass
        for pkgname in self.get_command_packages():
            module_name = "%s.%s" % (pkgname, command)
            try:
                __import__(module_name)
                module = sys.modules[module_name]
            except ImportError:
                continue
            try:
                klass = getattr(module, command)
            except AttributeError:
                raise DistutilsModuleError(
                    "invalid command '%s' (no class '%s' in module '%s')"
                    % (command, command, module_name))
            self.cmdclass[command] = klass
            return klass
        raise DistutilsModuleError("invalid command '%s'" % command)

    def get_command_obj(self, command, create=1):
        """The command object of that name, created (and given its option
        dict) on first request unless create is false."""
        obj = self.command_obj.get(command)
        if obj or not create:
            return obj
        if DEBUG:
            self.announce("Distribution.get_command_obj(): "
                          "creating '%s' command object" % command)
        obj = self.get_command_class(command)(self)
        self.command_obj[command] = obj
        self.have_run[command] = 0
        if self.command_options.get(command):
            self._set_command_options(obj, self.command_options[command])
        return obj

    def _set_command_options(self, command_obj, option_dict=None):
        """Apply option values (from config files, the command line or
        setup()) to a command object; string values of boolean options
        are parsed."""
        command_name = command_obj.get_command_name()
        if option_dict is None:
            option_dict = self.get_option_dict(command_name)
        if DEBUG:
            self.announce("  setting options for '%s' command:" % command_name)
        booleans = set(translate_longopt(o) for o in getattr(command_obj, 'boolean_options', []))
        negatives = getattr(command_obj, 'negative_opt', {})
        for option, (source, value) in option_dict.items():
            if DEBUG:
                self.announce("    %s = %s (from %s)" % (option, value, source))
            attr = option
            try:
                if isinstance(value, str) and option in negatives:
                    attr, value = negatives[option], not strtobool(value)
                elif isinstance(value, str) and option in booleans:
                    value = strtobool(value)
                elif not hasattr(command_obj, option):
                    raise DistutilsOptionError(
                        "error in %s: command '%s' has no such option '%s'"
                        % (source, command_name, option))
            except ValueError, msg:
                raise DistutilsOptionError(msg)
            setattr(command_obj, attr, value)

    def reinitialize_command(self, command, reinit_subcommands=0):
        """A command object (by name or itself) back to its unfinalized
        state with the configured options, so that options can be changed
        before it runs again; optionally its sub-commands too."""
        from distutils.cmd import Command
        if isinstance(command, Command):
            name, obj = command.get_command_name(), command
        else:
            name, obj = command, self.get_command_obj(command)
        if obj.finalized:
            obj.initialize_options()
            obj.finalized = 0
            self.have_run[name] = 0
            self._set_command_options(obj)
            if reinit_subcommands:
                for sub in obj.get_sub_commands():
                    self.reinitialize_command(sub, reinit_subcommands)
        return obj

    # -- running ------------------------------------------------------------

    def announce(self, msg, level=log.INFO):
        log.log(level, msg)

    def run_commands(self):
        for name in self.commands:
            self.run_command(name)

    def run_command(self, command):
        """Finalize and run a command, once: later calls do nothing."""
        if not self.have_run.get(command):
            log.info("running %s", command)
            obj = self.get_command_obj(command)
            obj.ensure_finalized()
            obj.run()
            self.have_run[command] = 1

    # -- what the distribution contains -------------------------------------

    def _has(self, attr):
        # like 2.7: the (false) value itself when unset, else a bool
        value = getattr(self, attr)
        return value and len(value) > 0

    def has_pure_modules(self):
        return len(self.packages or self.py_modules or ()) > 0

    def has_ext_modules(self):
        return self._has('ext_modules')

    def has_c_libraries(self):
        return self._has('libraries')

    def has_modules(self):
        return self.has_pure_modules() or self.has_ext_modules()

    def has_headers(self):
        return self._has('headers')

    def has_scripts(self):
        return self._has('scripts')

    def has_data_files(self):
        return self._has('data_files')

    def is_pure(self):
        return (self.has_pure_modules() and not self.has_ext_modules() and
                not self.has_c_libraries())


def fix_help_options(options):
    """help_options entries without their fourth (callable) field."""
    return [opt[0:3] for opt in options]


def _warn(msg):
    try:
        import warnings
    except ImportError:
        sys.stderr.write(msg + "\n")
    else:
        warnings.warn(msg)
