"""Start-up customisation, imported automatically unless -S is given.

What it does, in order:
  * makes the __file__ of already imported modules absolute and removes
    duplicate sys.path entries;
  * adds the user's site-packages (~/.local/lib/python2.7/site-packages,
    or under $PYTHONUSERBASE) when allowed, then <prefix>/site-packages;
  * reads the .pth files in every directory it adds: each line names a
    directory to append to sys.path, lines starting with 'import' are
    executed, '#' lines are comments;
  * installs quit/exit, copyright/credits/license and help as builtins;
  * imports sitecustomize, then usercustomize, if they can be found."""
import sys
import os
import __builtin__

PREFIXES = [sys.prefix, sys.exec_prefix]
# None until main() decides; False when switched off by the user (-s,
# PYTHONNOUSERSITE); None also when refused for safety (set-id process);
# True when the user directory is in use
ENABLE_USER_SITE = None
USER_SITE = None
USER_BASE = None


def makepath(*paths):
    """Join paths; return (absolute path, normcase of it)."""
    joined = os.path.join(*paths)
    try:
        joined = os.path.abspath(joined)
    except OSError:
        pass
    return joined, os.path.normcase(joined)


def abs__file__():
    """Turn the __file__ attributes of loaded modules into absolute paths
    (modules with a __loader__ are left alone)."""
    for module in list(sys.modules.values()):
        if hasattr(module, '__loader__'):
            continue
        try:
            location = module.__file__
        except (AttributeError, TypeError):
            continue
        try:
            module.__file__ = os.path.abspath(location)
        except (AttributeError, OSError, TypeError):
            pass


def removeduppaths():
    """Make sys.path entries absolute and drop repeats; returns the set of
    normcased entries kept."""
    kept = []
    seen = set()
    for entry in sys.path:
        full, key = makepath(entry)
        if key in seen:
            continue
        seen.add(key)
        kept.append(full)
    sys.path[:] = kept
    return seen


def _init_pathinfo():
    # the normcased sys.path entries that are existing directories
    found = set()
    for entry in sys.path:
        try:
            is_dir = os.path.isdir(entry)
        except TypeError:
            continue
        if is_dir:
            found.add(makepath(entry)[1])
    return found


def _report_pth_error(lineno, filename):
    import traceback
    err = sys.stderr
    print >>err, "Error processing line %d of %s:\n" % (lineno, filename)
    for chunk in traceback.format_exception(*sys.exc_info()):
        for text in chunk.splitlines():
            print >>err, '  ' + text
    print >>err, "\nRemainder of file ignored"


def _add_pth_directory(sitedir, line, known_paths):
    full, key = makepath(sitedir, line.rstrip())
    if key not in known_paths and os.path.exists(full):
        sys.path.append(full)
        known_paths.add(key)


def addpackage(sitedir, name, known_paths):
    """Apply the .pth file `name` found in sitedir.  Returns known_paths,
    or None when it was None on entry (a private set was used then)."""
    private = known_paths is None
    if private:
        known_paths = _init_pathinfo()
    filename = os.path.join(sitedir, name)
    try:
        stream = open(filename, "rU")
    except IOError:
        return None
    with stream:
        lineno = 0
        for line in stream:
            lineno += 1
            if line.startswith("#"):
                continue
            try:
                if line.startswith(("import ", "import\t")):
                    exec line
                else:
                    _add_pth_directory(sitedir, line, known_paths)
            except Exception:
                _report_pth_error(lineno, filename)
                break
    if private:
        return None
    return known_paths


def addsitedir(sitedir, known_paths=None):
    """Append sitedir to sys.path unless already there, then apply its
    .pth files in sorted order.  Returns known_paths, or None when it was
    None on entry."""
    private = known_paths is None
    if private:
        known_paths = _init_pathinfo()
    sitedir, key = makepath(sitedir)
    if key not in known_paths:
        sys.path.append(sitedir)
        known_paths.add(key)
    try:
        entries = os.listdir(sitedir)
    except os.error:
        return None
    suffix = os.extsep + "pth"
    for name in sorted(entry for entry in entries if entry.endswith(suffix)):
        addpackage(sitedir, name, known_paths)
    if private:
        return None
    return known_paths


def _ids_differ(real, effective):
    # True when os offers both calls and they disagree (a set-id process)
    if not (hasattr(os, real) and hasattr(os, effective)):
        return False
    return getattr(os, real)() != getattr(os, effective)()


def check_enableusersite():
    """False when the user asked for no user site (-s / PYTHONNOUSERSITE),
    None when running set-uid or set-gid, True otherwise."""
    if sys.flags.no_user_site:
        return False
    if _ids_differ("getuid", "geteuid") or _ids_differ("getgid", "getegid"):
        return None
    return True


def getuserbase():
    """The user base: $PYTHONUSERBASE if set and non-empty, else ~/.local.
    Computed once and kept in USER_BASE."""
    global USER_BASE
    if USER_BASE is None:
        # same answer as sysconfig's 'userbase', without importing it here
        USER_BASE = (os.environ.get("PYTHONUSERBASE")
                     or os.path.expanduser(os.path.join("~", ".local")))
    return USER_BASE


def getusersitepackages():
    """The user's site-packages directory, kept in USER_SITE."""
    global USER_SITE
    base = getuserbase()
    if USER_SITE is None:
        if os.name == 'posix' and sys.platform != 'darwin':
            # sysconfig's posix_user purelib, spelled out to stay light
            USER_SITE = os.path.join(base, 'lib', 'python' + sys.version[:3],
                                     'site-packages')
        else:
            from sysconfig import get_path
            USER_SITE = get_path('purelib', '%s_user' % os.name)
    return USER_SITE


def addusersitepackages(known_paths):
    """Add the user's site-packages if enabled and present."""
    where = getusersitepackages()
    if ENABLE_USER_SITE and os.path.isdir(where):
        addsitedir(where, known_paths)
    return known_paths


def getsitepackages():
    """The installation-wide site directories: <prefix>/site-packages for
    each distinct, non-empty prefix in PREFIXES."""
    found = []
    for prefix in PREFIXES:
        if not prefix:
            continue
        candidate = os.path.join(prefix, "site-packages")
        if candidate not in found:
            found.append(candidate)
    return found


def addsitepackages(known_paths):
    """Add every existing directory from getsitepackages()."""
    for where in getsitepackages():
        if os.path.isdir(where):
            addsitedir(where, known_paths)
    return known_paths


def _eof_hint():
    if os.sep == ':':
        return 'Cmd-Q'
    if os.sep == '\\':
        return 'Ctrl-Z plus Return'
    return 'Ctrl-D (i.e. EOF)'


class Quitter(object):
    """quit / exit: the repr tells how to leave; calling raises SystemExit."""

    def __init__(self, name, hint):
        self.name = name
        self._hint = hint

    def __repr__(self):
        return 'Use %s() or %s to exit' % (self.name, self._hint)

    def __call__(self, code=None):
        # closing stdin first lets an interactive parent notice we left
        try:
            sys.stdin.close()
        except Exception:
            pass
        raise SystemExit(code)


def setquit():
    """Install the quit and exit builtins."""
    hint = _eof_hint()
    for name in ('quit', 'exit'):
        setattr(__builtin__, name, Quitter(name, hint))


class _Printer(object):
    """copyright / credits / license: short texts print in full, long ones
    only when called (shown in one go)."""

    MAXLINES = 23

    def __init__(self, name, data, files=(), dirs=()):
        self.__name = name
        self.__fallback = data
        self.__candidates = [(d, f) for d in dirs for f in files]
        self.__lines = None

    def __text(self):
        for folder, filename in self.__candidates:
            try:
                with open(os.path.join(folder, filename), "rU") as stream:
                    content = stream.read()
            except IOError:
                continue
            if content:
                return content
        return self.__fallback

    def __load(self):
        if not self.__lines:
            self.__lines = self.__text().split('\n')
            self.__linecnt = len(self.__lines)
        return self.__lines

    def __repr__(self):
        lines = self.__load()
        if len(lines) > self.MAXLINES:
            return "Type %s() to see the full %s text" % (self.__name,
                                                          self.__name)
        return "\n".join(lines)

    def __call__(self):
        for line in self.__load():
            print line


def setcopyright():
    """Install copyright, credits and license."""
    __builtin__.copyright = _Printer("copyright", getattr(sys, 'copyright', ''))
    __builtin__.credits = _Printer(
        "credits", "PyPy is maintained by the PyPy developers: http://pypy.org/")
    libdir = os.path.dirname(os.__file__)
    __builtin__.license = _Printer(
        "license", "See https://www.python.org/psf/license/",
        ["LICENSE.txt", "LICENSE"],
        [os.path.join(libdir, os.pardir), libdir, os.curdir])


class _Helper(object):
    """The help builtin; pydoc is only imported when it is used."""

    def __repr__(self):
        return ("Type help() for interactive help, "
                "or help(object) for help about object.")

    def __call__(self, *args, **kwds):
        import pydoc
        return pydoc.help(*args, **kwds)


def sethelper():
    """Install the help builtin."""
    __builtin__.help = _Helper()


def setencoding():
    """Hook for choosing a default encoding other than ASCII; as shipped
    it leaves 'ascii' in place."""
    wanted = "ascii"
    if wanted != "ascii" and hasattr(sys, 'setdefaultencoding'):
        sys.setdefaultencoding(wanted)


def _import_customization(name):
    # a missing module is fine; any other failure is reported, not raised
    try:
        __import__(name)
    except ImportError:
        pass
    except Exception:
        if sys.flags.verbose:
            sys.excepthook(*sys.exc_info())
        else:
            print >>sys.stderr, \
                "'import %s' failed; use -v for traceback" % name


def execsitecustomize():
    """Import sitecustomize if it exists."""
    _import_customization('sitecustomize')


def execusercustomize():
    """Import usercustomize if it exists."""
    _import_customization('usercustomize')


def main():
    global ENABLE_USER_SITE
    abs__file__()
    paths = removeduppaths()
    if ENABLE_USER_SITE is None:
        ENABLE_USER_SITE = check_enableusersite()
    paths = addusersitepackages(paths)
    paths = addsitepackages(paths)
    setquit()
    setcopyright()
    sethelper()
    setencoding()
    execsitecustomize()
    if ENABLE_USER_SITE:
        execusercustomize()
    # setdefaultencoding is only meant for site; hide it afterwards
    if hasattr(sys, "setdefaultencoding"):
        del sys.setdefaultencoding


main()


_USAGE = """\
    %s [--user-base] [--user-site]

    Without arguments print some useful information
    With arguments print the value of USER_BASE and/or USER_SITE separated
    by '%s'.

    Exit codes with --user-base or --user-site:
      0 - user site directory is enabled
      1 - user site directory is disabled by user
      2 - uses site directory is disabled by super user
          or for security reasons
     >2 - unknown error
    """


def _existence(path):
    if os.path.isdir(path):
        return "exists"
    return "doesn't exist"


def _script():
    """python -m site: print sys.path and the user site settings, or with
    --user-base / --user-site print those values."""
    options = sys.argv[1:]
    if not options:
        print "sys.path = ["
        for entry in sys.path:
            print "    %r," % (entry,)
        print "]"
        print "USER_BASE: %r (%s)" % (USER_BASE, _existence(USER_BASE))
        print "USER_SITE: %r (%s)" % (USER_SITE, _existence(USER_SITE))
        print "ENABLE_USER_SITE: %r" % ENABLE_USER_SITE
        sys.exit(0)
    wanted = []
    if '--user-base' in options:
        wanted.append(USER_BASE)
    if '--user-site' in options:
        wanted.append(USER_SITE)
    if not wanted:
        import textwrap
        print textwrap.dedent(_USAGE % (sys.argv[0], os.pathsep))
        sys.exit(10)
    print os.pathsep.join(wanted)
    if ENABLE_USER_SITE:
        sys.exit(0)
    if ENABLE_USER_SITE is False:
        sys.exit(1)
    sys.exit(2 if ENABLE_USER_SITE is None else 3)


if __name__ == '__main__':
    _script()
