"""Site-specific start-up: imported when the interpreter starts (unless -S).

It adds the site-packages directories to sys.path (the installation's
<prefix>/site-packages, and the user's ~/.local/lib/python2.7/site-packages
when allowed), processes the .pth files found there (each line is a
directory to add, or an `import ...` statement to run), defines the
builtins quit/exit/copyright/credits/license/help, and imports
sitecustomize and usercustomize if they exist."""
import sys
import os
import __builtin__

PREFIXES = [sys.prefix, sys.exec_prefix]
# None: not decided yet; False: disabled (-s, PYTHONNOUSERSITE or a
# mismatched uid); True: enabled and added
ENABLE_USER_SITE = None
USER_SITE = None
USER_BASE = None


def makepath(*paths):
    """(absolute normalized path, its normcase form)."""
    dir = os.path.join(*paths)
    try:
        dir = os.path.abspath(dir)
    except OSError:
        pass
    return dir, os.path.normcase(dir)


def abs__file__():
    """Make the __file__ of the modules already imported absolute."""
    for m in sys.modules.values():
        if hasattr(m, '__loader__'):
            continue
        try:
            f = m.__file__
        except (AttributeError, TypeError):
            continue
        try:
            m.__file__ = os.path.abspath(f)
        except (AttributeError, OSError, TypeError):
            pass


def removeduppaths():
    """Drop duplicate sys.path entries (compared normalized); the set of
    known paths."""
    result = []
    known = set()
    for dir in sys.path:
        dir, dircase = makepath(dir)
        if dircase not in known:
            result.append(dir)
            known.add(dircase)
    sys.path[:] = result
    return known


def _init_pathinfo():
    known = set()
    for dir in sys.path:
        try:
            if os.path.isdir(dir):
                dir, dircase = makepath(dir)
                known.add(dircase)
        except TypeError:
            continue
    return known


def addpackage(sitedir, name, known_paths):
    """Process the .pth file sitedir/name: add its directories to sys.path,
    run its import lines."""
    if known_paths is None:
        known_paths = _init_pathinfo()
        reset = 1
    else:
        reset = 0
    fullname = os.path.join(sitedir, name)
    try:
        f = open(fullname, "rU")
    except IOError:
        return
    with f:
        for n, line in enumerate(f):
            if line.startswith("#"):
                continue
            try:
                if line.startswith(("import ", "import\t")):
                    exec line
                    continue
                line = line.rstrip()
                dir, dircase = makepath(sitedir, line)
                if dircase not in known_paths and os.path.exists(dir):
                    sys.path.append(dir)
                    known_paths.add(dircase)
            except Exception:
                import traceback
                print >>sys.stderr, "Error processing line %d of %s:\n" % (n + 1, fullname)
                for record in traceback.format_exception(*sys.exc_info()):
                    for line in record.splitlines():
                        print >>sys.stderr, '  ' + line
                print >>sys.stderr, "\nRemainder of file ignored"
                break
    if reset:
        known_paths = None
    return known_paths


def addsitedir(sitedir, known_paths=None):
    """Add sitedir to sys.path (if missing) and process its .pth files,
    in name order."""
    if known_paths is None:
        known_paths = _init_pathinfo()
        reset = 1
    else:
        reset = 0
    sitedir, sitedircase = makepath(sitedir)
    if sitedircase not in known_paths:
        sys.path.append(sitedir)
        known_paths.add(sitedircase)
    try:
        names = os.listdir(sitedir)
    except os.error:
        return
    dotpth = os.extsep + "pth"
    names = [name for name in names if name.endswith(dotpth)]
    for name in sorted(names):
        addpackage(sitedir, name, known_paths)
    if reset:
        known_paths = None
    return known_paths


def check_enableusersite():
    """Whether the user site directory may be used: not with -s, nor when
    the effective ids differ from the real ones (set-id programs)."""
    if sys.flags.no_user_site:
        return False
    if hasattr(os, "getuid") and hasattr(os, "geteuid"):
        if os.geteuid() != os.getuid():
            return None
    if hasattr(os, "getgid") and hasattr(os, "getegid"):
        if os.getegid() != os.getgid():
            return None
    return True


def getuserbase():
    """The user base directory: $PYTHONUSERBASE or ~/.local."""
    global USER_BASE
    if USER_BASE is not None:
        return USER_BASE
    from sysconfig import get_config_var
    USER_BASE = get_config_var('userbase')
    return USER_BASE


def getusersitepackages():
    """The user's site-packages directory."""
    global USER_SITE
    user_base = getuserbase()
    if USER_SITE is not None:
        return USER_SITE
    from sysconfig import get_path
    if sys.platform == 'darwin':
        from sysconfig import get_config_var
        if get_config_var('PYTHONFRAMEWORK'):
            USER_SITE = get_path('purelib', 'osx_framework_user')
            return USER_SITE
    USER_SITE = get_path('purelib', '%s_user' % os.name)
    return USER_SITE


def addusersitepackages(known_paths):
    """Add the user's site-packages (when it exists and is allowed)."""
    user_site = getusersitepackages()
    if ENABLE_USER_SITE and os.path.isdir(user_site):
        addsitedir(user_site, known_paths)
    return known_paths


def getsitepackages():
    """The global site-packages directories: <prefix>/site-packages for
    PyPy."""
    sitepackages = []
    seen = set()
    for prefix in PREFIXES:
        if not prefix or prefix in seen:
            continue
        seen.add(prefix)
        sitepackages.append(os.path.join(prefix, "site-packages"))
    return sitepackages


def addsitepackages(known_paths):
    """Add the global site-packages directories that exist."""
    for sitedir in getsitepackages():
        if os.path.isdir(sitedir):
            addsitedir(sitedir, known_paths)
    return known_paths


def setquit():
    """Define quit and exit: printing them explains how to leave, calling
    them raises SystemExit."""
    if os.sep == ':':
        eof = 'Cmd-Q'
    elif os.sep == '\\':
        eof = 'Ctrl-Z plus Return'
    else:
        eof = 'Ctrl-D (i.e. EOF)'

    class Quitter(object):
        def __init__(self, name):
            self.name = name

        def __repr__(self):
            return 'Use %s() or %s to exit' % (self.name, eof)

        def __call__(self, code=None):
            try:
                sys.stdin.close()
            except Exception:
                pass
            raise SystemExit(code)
    __builtin__.quit = Quitter('quit')
    __builtin__.exit = Quitter('exit')


class _Printer(object):
    """A builtin like copyright/credits/license: printing it shows the text."""

    MAXLINES = 23

    def __init__(self, name, data, files=(), dirs=()):
        self.__name = name
        self.__data = data
        self.__files = files
        self.__dirs = dirs
        self.__lines = None

    def __setup(self):
        if self.__lines:
            return
        data = None
        for dir in self.__dirs:
            for filename in self.__files:
                filename = os.path.join(dir, filename)
                try:
                    with open(filename, "rU") as fp:
                        data = fp.read()
                    break
                except IOError:
                    pass
            if data:
                break
        if not data:
            data = self.__data
        self.__lines = data.split('\n')
        self.__linecnt = len(self.__lines)

    def __repr__(self):
        self.__setup()
        if len(self.__lines) <= self.MAXLINES:
            return "\n".join(self.__lines)
        return "Type %s() to see the full %s text" % ((self.__name,) * 2)

    def __call__(self):
        self.__setup()
        for line in self.__lines:
            print line


def setcopyright():
    """Define copyright, credits and license."""
    __builtin__.copyright = _Printer("copyright", sys.copyright if hasattr(sys, 'copyright') else '')
    __builtin__.credits = _Printer("credits", "PyPy is maintained by the PyPy developers: http://pypy.org/")
    here = os.path.dirname(os.__file__)
    __builtin__.license = _Printer(
        "license", "See https://www.python.org/psf/license/",
        ["LICENSE.txt", "LICENSE"],
        [os.path.join(here, os.pardir), here, os.curdir])


class _Helper(object):
    """help(): pydoc's help, imported on first use."""

    def __repr__(self):
        return "Type help() for interactive help, or help(object) for help about object."

    def __call__(self, *args, **kwds):
        import pydoc
        return pydoc.help(*args, **kwds)


def sethelper():
    __builtin__.help = _Helper()


def setencoding():
    """The default string encoding stays 'ascii' (as 2.7 ships)."""
    encoding = "ascii"
    if encoding != "ascii" and hasattr(sys, 'setdefaultencoding'):
        sys.setdefaultencoding(encoding)


def execsitecustomize():
    """Import sitecustomize, if there is one."""
    try:
        import sitecustomize
    except ImportError:
        pass
    except Exception:
        if sys.flags.verbose:
            sys.excepthook(*sys.exc_info())
        else:
            print >>sys.stderr, "'import sitecustomize' failed; use -v for traceback"


def execusercustomize():
    """Import usercustomize, if there is one."""
    try:
        import usercustomize
    except ImportError:
        pass
    except Exception:
        if sys.flags.verbose:
            sys.excepthook(*sys.exc_info())
        else:
            print >>sys.stderr, "'import usercustomize' failed; use -v for traceback"


def main():
    global ENABLE_USER_SITE
    abs__file__()
    known_paths = removeduppaths()
    if ENABLE_USER_SITE is None:
        ENABLE_USER_SITE = check_enableusersite()
    known_paths = addusersitepackages(known_paths)
    known_paths = addsitepackages(known_paths)
    setquit()
    setcopyright()
    sethelper()
    setencoding()
    execsitecustomize()
    if ENABLE_USER_SITE:
        execusercustomize()
    # like 2.7: the encoding may only be chosen here
    if hasattr(sys, "setdefaultencoding"):
        del sys.setdefaultencoding


main()


def _script():
    """python -m site: show sys.path and the user site settings."""
    help = """\
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
    args = sys.argv[1:]
    if not args:
        print "sys.path = ["
        for dir in sys.path:
            print "    %r," % (dir,)
        print "]"
        print "USER_BASE: %r (%s)" % (USER_BASE, "exists" if os.path.isdir(USER_BASE) else "doesn't exist")
        print "USER_SITE: %r (%s)" % (USER_SITE, "exists" if os.path.isdir(USER_SITE) else "doesn't exist")
        print "ENABLE_USER_SITE: %r" % ENABLE_USER_SITE
        sys.exit(0)
    buffer = []
    if '--user-base' in args:
        buffer.append(USER_BASE)
    if '--user-site' in args:
        buffer.append(USER_SITE)
    if buffer:
        print os.pathsep.join(buffer)
        if ENABLE_USER_SITE:
            sys.exit(0)
        elif ENABLE_USER_SITE is False:
            sys.exit(1)
        elif ENABLE_USER_SITE is None:
            sys.exit(2)
        else:
            sys.exit(3)
    else:
        import textwrap
        print textwrap.dedent(help % (sys.argv[0], os.pathsep))
        sys.exit(10)


if __name__ == '__main__':
    _script()
