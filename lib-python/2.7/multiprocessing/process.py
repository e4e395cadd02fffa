"""Process objects: a forked child running target(*args, **kwargs)."""

import itertools
import os
import signal
import sys
import time

__all__ = ['Process', 'current_process', 'active_children']


class Process(object):
    """Runs target in a child process made by os.fork."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}):
        assert group is None, 'group argument must be None for now'
        me = _current
        self._identity = me._identity + (next(me._counter),)
        self._authkey = me._authkey
        self._daemonic = me._daemonic
        self._parent_pid = os.getpid()
        self._popen_pid = None
        self._exitcode = None
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or (type(self).__name__ + '-' +
                              ':'.join(str(i) for i in self._identity))

    def run(self):
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        assert self._popen_pid is None, 'cannot start a process twice'
        assert self._parent_pid == os.getpid(), \
            'can only start a process object created by current process'
        assert not _current._daemonic, \
            'daemonic processes are not allowed to have children'
        _reap()
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (AttributeError, ValueError, IOError):
                pass
        pid = os.fork()
        if pid == 0:
            os._exit(self._bootstrap())
        self._popen_pid = pid
        _current._children.add(self)

    def _bootstrap(self):
        global _current
        code = 1
        try:
            _current = self
            self._children = set()
            self._counter = itertools.count(1)
            from multiprocessing import util
            util._run_after_forkers()
            try:
                self.run()
                code = 0
            except SystemExit as e:
                if not e.args:
                    code = 0
                elif isinstance(e.args[0], (int, long)):
                    code = e.args[0]
                else:
                    sys.stderr.write(str(e.args[0]) + '\n')
                    code = 1
            except:
                code = 1
                sys.stderr.write('Process %s:\n' % self.name)
                import traceback
                traceback.print_exc()
        finally:
            try:
                _exit_function()
            except Exception:
                pass
            for stream in (sys.stdout, sys.stderr):
                try:
                    stream.flush()
                except Exception:
                    pass
        return code

    def _poll(self, block):
        if self._exitcode is None and self._popen_pid is not None:
            flags = 0 if block else os.WNOHANG
            while True:
                try:
                    pid, status = os.waitpid(self._popen_pid, flags)
                except OSError as e:
                    import errno
                    if e.errno == errno.EINTR:
                        continue
                    return None
                break
            if pid == self._popen_pid:
                if os.WIFSIGNALED(status):
                    self._exitcode = -os.WTERMSIG(status)
                else:
                    self._exitcode = os.WEXITSTATUS(status)
        return self._exitcode

    def terminate(self):
        if self._popen_pid is not None and self._exitcode is None:
            try:
                os.kill(self._popen_pid, signal.SIGTERM)
            except OSError:
                if self._poll(False) is None:
                    raise

    def join(self, timeout=None):
        assert self._parent_pid == os.getpid(), \
            'can only join a child process'
        assert self._popen_pid is not None, 'can only join a started process'
        if timeout is None:
            self._poll(True)
        else:
            deadline = time.time() + timeout
            delay = 0.0005
            while self._poll(False) is None:
                left = deadline - time.time()
                if left <= 0:
                    break
                time.sleep(min(delay, left))
                delay = min(delay * 2, 0.05)
        if self._exitcode is not None:
            _current._children.discard(self)

    def is_alive(self):
        if self is _current:
            return True
        assert self._parent_pid == os.getpid(), \
            'can only test a child process'
        if self._popen_pid is None:
            return False
        return self._poll(False) is None

    def _get_name(self):
        return self._name

    def _set_name(self, name):
        assert isinstance(name, basestring), 'name must be a string'
        self._name = name

    name = property(_get_name, _set_name)

    def _get_daemon(self):
        return self._daemonic

    def _set_daemon(self, daemonic):
        assert self._popen_pid is None, 'process has already started'
        self._daemonic = daemonic

    daemon = property(_get_daemon, _set_daemon)

    def _get_authkey(self):
        return self._authkey

    def _set_authkey(self, authkey):
        self._authkey = AuthenticationString(authkey)

    authkey = property(_get_authkey, _set_authkey)

    @property
    def exitcode(self):
        if self._popen_pid is None:
            return None
        return self._poll(False)

    @property
    def ident(self):
        if self is _current:
            return os.getpid()
        return self._popen_pid

    pid = ident

    def __repr__(self):
        if self is _current:
            status = 'started'
        elif self._parent_pid != os.getpid():
            status = 'unknown'
        elif self._popen_pid is None:
            status = 'initial'
        else:
            code = self._poll(False)
            if code is None:
                status = 'started'
            else:
                status = code
        if isinstance(status, (int, long)):
            if status == 0:
                status = 'stopped'
            elif status < 0:
                status = 'stopped[%s]' % _signal_name(-status)
            else:
                status = 'stopped[%s]' % status
        return '<%s(%s, %s%s)>' % (type(self).__name__, self._name, status,
                                   self._daemonic and ' daemon' or '')


def _signal_name(num):
    for name, value in vars(signal).items():
        if (name.startswith('SIG') and not name.startswith('SIG_')
                and value == num):
            return name
    return str(num)


class AuthenticationString(str):
    def __reduce__(self):
        raise TypeError('Pickling an AuthenticationString object is '
                        'disallowed for security reasons')


class _MainProcess(Process):
    def __init__(self):
        self._identity = ()
        self._daemonic = False
        self._name = 'MainProcess'
        self._parent_pid = None
        self._popen_pid = None
        self._exitcode = None
        self._counter = itertools.count(1)
        self._children = set()
        self._authkey = AuthenticationString(os.urandom(32))


_current = _MainProcess()


def current_process():
    """The Process object of the running process."""
    return _current


def _reap():
    for p in list(_current._children):
        if p._poll(False) is not None:
            _current._children.discard(p)


def active_children():
    """Children still running (finished ones are reaped as a side effect)."""
    _reap()
    return list(_current._children)


def _exit_function():
    # At interpreter exit: terminate daemonic children, wait for the others.
    for p in active_children():
        if p._daemonic:
            p.terminate()
    for p in active_children():
        p.join()


import atexit
atexit.register(_exit_function)
