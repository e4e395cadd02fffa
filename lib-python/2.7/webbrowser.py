#! /usr/bin/env python
"""Display web pages in a browser.

    webbrowser.open(url, new=0, autoraise=True)

tries the registered browsers in order (those found on this system, the
ones named in $BROWSER first) until one succeeds.  new=1 asks for a new
window, new=2 for a new tab.  get(name) returns a controller for a
particular browser; register() adds one.
"""

import os
import shlex
import stat
import subprocess
import sys
import time

__all__ = ["Error", "open", "open_new", "open_new_tab", "get", "register"]


class Error(Exception):
    pass


_browsers = {}          # lower-case name -> [class, instance]
_tryorder = []          # names, in the order open() tries them


def register(name, klass, instance=None, update_tryorder=1):
    """Register the browser NAME: its controller INSTANCE, or KLASS to
    make one.  It goes to the end of the try order (the front when
    UPDATE_TRYORDER is negative, nowhere when 0)."""
    _browsers[name.lower()] = [klass, instance]
    if update_tryorder < 0:
        _tryorder.insert(0, name)
    elif update_tryorder:
        _tryorder.append(name)


def get(using=None):
    """A controller for the browser USING (a registered name, a command,
    or a command line with '%s' for the URL), or for the first usable
    registered browser."""
    candidates = [using] if using is not None else _tryorder
    for browser in candidates:
        if '%s' in browser:
            # a command line; '&' at its end runs it in the background
            words = shlex.split(browser)
            if words[-1] == '&':
                return BackgroundBrowser(words[:-1])
            return GenericBrowser(words)
        entry = _browsers.get(browser.lower()) or _synthesize(browser)
        if entry[1] is not None:
            return entry[1]
        if entry[0] is not None:
            return entry[0]()
    raise Error("could not locate runnable browser")


def open(url, new=0, autoraise=True):
    """Show URL in the first browser that manages to; whether one did."""
    for name in _tryorder:
        if get(name).open(url, new, autoraise):
            return True
    return False


def open_new(url):
    """open() in a new window."""
    return open(url, new=1)


def open_new_tab(url):
    """open() in a new tab."""
    return open(url, new=2)


def _synthesize(browser, update_tryorder=1):
    """[None, controller] for BROWSER, a command whose base name is a
    registered browser (which is copied with the new command), or
    [None, None]."""
    cmd = browser.split()[0]
    if not _iscommand(cmd):
        return [None, None]
    name = os.path.basename(cmd)
    entry = _browsers.get(name.lower())
    if entry is None:
        return [None, None]
    controller = entry[1]
    if not controller or name.lower() != controller.basename:
        return [None, None]
    import copy
    variant = copy.copy(controller)
    variant.name, variant.basename = browser, os.path.basename(browser)
    register(browser, None, variant, update_tryorder)
    return [None, variant]


def _isexecutable(cmd):
    if not os.path.isfile(cmd):
        return False
    mode = os.stat(cmd)[stat.ST_MODE]
    return bool(mode & (stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH))


def _iscommand(cmd):
    """Whether CMD is an executable file, directly or on $PATH."""
    if _isexecutable(cmd):
        return True
    path = os.environ.get("PATH")
    if not path:
        return False
    return any(_isexecutable(os.path.join(d, cmd))
               for d in path.split(os.pathsep))


def _new_session():
    # browsers started in the background leave our process group
    return getattr(os, 'setsid', None) or getattr(os, 'setpgrp', None)


class BaseBrowser(object):
    """The interface of a browser controller."""

    args = ['%s']

    def __init__(self, name=""):
        self.name = self.basename = name

    def open(self, url, new=0, autoraise=True):
        """Show URL (new: 0 here, 1 in a new window, 2 in a new tab);
        whether it worked."""
        raise NotImplementedError

    def open_new(self, url):
        return self.open(url, new=1)

    def open_new_tab(self, url):
        return self.open(url, new=2)


class GenericBrowser(BaseBrowser):
    """A browser run as a command (NAME: a command name, or a list of the
    command and its arguments, '%s' standing for the URL); open()
    waits for it."""

    def __init__(self, name):
        if isinstance(name, basestring):
            name = [name, "%s"]
        self.name, self.args = name[0], list(name[1:])
        self.basename = os.path.basename(self.name)

    def _cmdline(self, url):
        return [self.name] + [arg.replace("%s", url) for arg in self.args]

    def open(self, url, new=0, autoraise=True):
        try:
            if sys.platform[:3] == 'win':
                p = subprocess.Popen(self._cmdline(url))
            else:
                p = subprocess.Popen(self._cmdline(url), close_fds=True)
            return not p.wait()
        except OSError:
            return False


class BackgroundBrowser(GenericBrowser):
    """A GenericBrowser started in the background."""

    def open(self, url, new=0, autoraise=True):
        try:
            if sys.platform[:3] == 'win':
                p = subprocess.Popen(self._cmdline(url))
            else:
                p = subprocess.Popen(self._cmdline(url), close_fds=True,
                                     preexec_fn=_new_session())
            return p.poll() is None
        except OSError:
            return False


class UnixBrowser(BaseBrowser):
    """A browser that a second invocation can ask to show a URL ("remote
    control"); failing that, it is started with the URL."""

    raise_opts = None
    remote_args = ['%action', '%s']
    remote_action = None
    remote_action_newwin = None
    remote_action_newtab = None
    background = False
    redirect_stdout = True

    def _invoke(self, args, remote, autoraise):
        options = []
        if remote and self.raise_opts:
            chosen = self.raise_opts[int(autoraise)]
            if chosen:
                options = [chosen]
        cmdline = [self.name] + options + args
        devnull = None
        if remote or self.background:
            devnull = file(os.devnull, "r+")
        p = subprocess.Popen(cmdline, close_fds=True, stdin=devnull,
                             stdout=(self.redirect_stdout and devnull or None),
                             stderr=devnull, preexec_fn=_new_session())
        if remote:
            # a remote command returns quickly; one still running after
            # five seconds has started a new browser, which is fine too
            for pause in (1, 4):
                time.sleep(pause)
                rc = p.poll()
                if rc is not None:
                    return not rc
            return True
        if self.background:
            return p.poll() is None
        return not p.wait()

    def open(self, url, new=0, autoraise=True):
        if new not in (0, 1, 2):
            raise Error("Bad 'new' parameter to open(); "
                        "expected 0, 1, or 2, got %s" % new)
        action = (self.remote_action, self.remote_action_newwin,
                  self.remote_action_newtab)[new]
        if action is None and new == 2:
            # no tabs: a window then
            action = self.remote_action_newwin
        args = [arg.replace("%s", url).replace("%action", action)
                for arg in self.remote_args]
        if self._invoke(args, True, autoraise):
            return True
        # no browser to control: start one
        args = [arg.replace("%s", url) for arg in self.args]
        return self._invoke(args, False, False)


def _remote_browser(name, doc, **settings):
    """A UnixBrowser subclass with the given remote-control settings."""
    settings['__doc__'] = doc
    settings['__module__'] = __name__
    return type(name, (UnixBrowser,), settings)


_OPEN_URL = ['-remote', 'openURL(%s%action)']

Mozilla = _remote_browser(
    'Mozilla', "Mozilla, Firefox and the old Netscape.",
    raise_opts=["-noraise", "-raise"], remote_args=_OPEN_URL,
    remote_action="", remote_action_newwin=",new-window",
    remote_action_newtab=",new-tab", background=True)
Netscape = Mozilla

Galeon = _remote_browser(
    'Galeon', "Galeon and Epiphany.",
    raise_opts=["-noraise", ""], remote_args=['%action', '%s'],
    remote_action="-n", remote_action_newwin="-w", background=True)

Chrome = _remote_browser(
    'Chrome', "Google Chrome and Chromium.",
    remote_args=['%action', '%s'], remote_action="",
    remote_action_newwin="--new-window", remote_action_newtab="",
    background=True)
Chromium = Chrome

Opera = _remote_browser(
    'Opera', "The Opera browser.",
    raise_opts=["-noraise", ""], remote_args=_OPEN_URL,
    remote_action="", remote_action_newwin=",new-window",
    remote_action_newtab=",new-page", background=True)

Elinks = _remote_browser(
    'Elinks', "The text browser elinks, which needs the terminal.",
    remote_args=_OPEN_URL, remote_action="",
    remote_action_newwin=",new-window", remote_action_newtab=",new-tab",
    background=False, redirect_stdout=False)


class Konqueror(BaseBrowser):
    """KDE's Konqueror, through kfmclient, konqueror or kfm."""

    def open(self, url, new=0, autoraise=True):
        action = "newTab" if new == 2 else "openURL"
        devnull = file(os.devnull, "r+")
        quiet = dict(close_fds=True, stdin=devnull, stdout=devnull,
                     stderr=devnull)
        try:
            p = subprocess.Popen(["kfmclient", action, url], **quiet)
        except OSError:
            pass
        else:
            p.wait()
            # kfmclient's exit status tells nothing
            return True
        for cmdline in (["konqueror", "--silent", url], ["kfm", "-d", url]):
            try:
                p = subprocess.Popen(cmdline, preexec_fn=_new_session(),
                                     **quiet)
            except OSError:
                continue
            if p.poll() is None:
                return True
            if cmdline[0] == "kfm":
                return False
        return False


def register_X_browsers():
    """Register the graphical browsers installed here."""
    def found(cmd):
        return _iscommand(cmd)

    if found("xdg-open"):
        register("xdg-open", None, BackgroundBrowser("xdg-open"))
    gnome = "GNOME_DESKTOP_SESSION_ID" in os.environ
    for opener in ("gvfs-open", "gnome-open"):
        if gnome and found(opener):
            register(opener, None, BackgroundBrowser(opener))
    if "KDE_FULL_SESSION" in os.environ and found("kfmclient"):
        register("kfmclient", Konqueror, Konqueror("kfmclient"))
    if found("x-www-browser"):
        register("x-www-browser", None, BackgroundBrowser("x-www-browser"))
    for names, kind in (
            (("mozilla-firefox", "firefox", "mozilla-firebird", "firebird",
              "iceweasel", "iceape", "seamonkey", "mozilla", "netscape"),
             Mozilla),
            (("kfm", "konqueror"), Konqueror),
            (("galeon", "epiphany"), Galeon),
            (("skipstone",), BackgroundBrowser),
            (("google-chrome", "chrome", "chromium", "chromium-browser"),
             Chrome),
            (("opera",), Opera),
            (("mosaic",), BackgroundBrowser)):
        for name in names:
            if found(name):
                register(name, kind if kind is Konqueror else None,
                         kind(name))


# what this system has
if os.environ.get("DISPLAY"):
    register_X_browsers()

if os.environ.get("TERM"):
    if _iscommand("www-browser"):
        register("www-browser", None, GenericBrowser("www-browser"))
    for _name, _kind in (("links", GenericBrowser), ("elinks", Elinks),
                         ("lynx", GenericBrowser), ("w3m", GenericBrowser)):
        if _iscommand(_name):
            register(_name, None, _kind(_name))
    del _name, _kind

# $BROWSER: commands separated by os.pathsep, tried first
if "BROWSER" in os.environ:
    for _cmdline in reversed(os.environ["BROWSER"].split(os.pathsep)):
        if _cmdline and _synthesize(_cmdline, -1)[1] is None:
            register(_cmdline, None, GenericBrowser(_cmdline), -1)
    _cmdline = None
    del _cmdline


def main():
    import getopt
    usage = """Usage: %s [-n | -t] url
    -n: open new window
    -t: open new tab""" % sys.argv[0]
    try:
        opts, args = getopt.getopt(sys.argv[1:], 'ntd')
    except getopt.error as msg:
        print >>sys.stderr, msg
        print >>sys.stderr, usage
        sys.exit(1)
    new_win = 0
    for option, _ in opts:
        if option == '-n':
            new_win = 1
        elif option == '-t':
            new_win = 2
    if len(args) != 1:
        print >>sys.stderr, usage
        sys.exit(1)
    open(args[0], new_win)
    print "\a"


if __name__ == "__main__":
    main()
