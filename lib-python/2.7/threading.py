"""Thread objects and synchronisation primitives (Lock, RLock, Condition,
Semaphore, BoundedSemaphore, Event, Timer, local) on top of the low-level
`thread` module."""

import sys as _sys

try:
    import thread
except ImportError:
    del _sys.modules[__name__]
    raise

try:
    from time import time as _time, sleep as _sleep
except ImportError:
    # without a clock a timed wait can only poll once
    _time = _sleep = None
from traceback import format_exc as _format_exc

__all__ = ['activeCount', 'active_count', 'Condition', 'currentThread', 'current_thread', 'enumerate',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread', 'Timer', 'setprofile',
           'settrace', 'local', 'stack_size']

_start_new_thread = thread.start_new_thread
_allocate_lock = thread.allocate_lock
_get_ident = thread.get_ident
ThreadError = thread.error
del thread

_profile_hook = None
_trace_hook = None


def setprofile(func):
    """Install a profile function in the threads started from now on."""
    global _profile_hook
    _profile_hook = func


def settrace(func):
    """Install a trace function in the threads started from now on."""
    global _trace_hook
    _trace_hook = func


class _Verbose(object):
    """Base of the classes taking 2.7's (ignored) verbose argument."""

    def __init__(self, verbose=None):
        pass

    def _note(self, *args):
        pass


Lock = _allocate_lock


def RLock(*args, **kwargs):
    """A reentrant lock: the thread holding it may acquire it again; it is
    free once released as many times."""
    return _RLock(*args, **kwargs)


class _RLock(_Verbose):

    def __init__(self, verbose=None):
        _Verbose.__init__(self, verbose)
        self.__block = _allocate_lock()
        self.__owner = None
        self.__count = 0

    def __repr__(self):
        owner = self.__owner
        try:
            owner = _active[owner].name
        except KeyError:
            pass
        return "<%s owner=%r count=%d>" % (self.__class__.__name__, owner, self.__count)

    def acquire(self, blocking=1):
        me = _get_ident()
        if self.__owner == me:
            self.__count += 1
            return 1
        rc = self.__block.acquire(blocking)
        if rc:
            self.__owner = me
            self.__count = 1
        return rc

    __enter__ = acquire

    def release(self):
        if self.__owner != _get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self.__count -= 1
        if not self.__count:
            self.__owner = None
            self.__block.release()

    def __exit__(self, t, v, tb):
        self.release()

    # for Condition.wait: give up the lock entirely, then take it back
    def _acquire_restore(self, state):
        self.__block.acquire()
        self.__count, self.__owner = state

    def _release_save(self):
        count = self.__count
        self.__count = 0
        owner = self.__owner
        self.__owner = None
        self.__block.release()
        return (count, owner)

    def _is_owned(self):
        return self.__owner == _get_ident()


def Condition(*args, **kwargs):
    """A condition variable: wait() until another thread notify()s."""
    return _Condition(*args, **kwargs)


class _Condition(_Verbose):

    def __init__(self, lock=None, verbose=None):
        _Verbose.__init__(self, verbose)
        if lock is None:
            lock = RLock()
        self.__lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        for name in ('_release_save', '_acquire_restore', '_is_owned'):
            if hasattr(lock, name):
                setattr(self, name, getattr(lock, name))
        self.__waiters = []

    def __enter__(self):
        return self.__lock.__enter__()

    def __exit__(self, *args):
        return self.__lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self.__lock, len(self.__waiters))

    def _release_save(self):
        self.__lock.release()

    def _acquire_restore(self, x):
        self.__lock.acquire()

    def _is_owned(self):
        # a plain lock: owned if it cannot be acquired without blocking
        if self.__lock.acquire(0):
            self.__lock.release()
            return False
        return True

    def wait(self, timeout=None):
        """Release the lock, block until notified (or timeout seconds), and
        take the lock back."""
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self.__waiters.append(waiter)
        saved_state = self._release_save()
        try:
            if timeout is None:
                waiter.acquire()
            elif _time is None:
                waiter.acquire(0)
                try:
                    self.__waiters.remove(waiter)
                except ValueError:
                    pass
            else:
                # poll with growing sleeps: the thread module has no timed acquire
                endtime = _time() + timeout
                delay = 0.0005
                while True:
                    if waiter.acquire(0):
                        break
                    remaining = endtime - _time()
                    if remaining <= 0:
                        break
                    delay = min(delay * 2, remaining, .05)
                    _sleep(delay)
                try:
                    self.__waiters.remove(waiter)
                except ValueError:
                    pass
        finally:
            self._acquire_restore(saved_state)

    def notify(self, n=1):
        """Wake up to n threads waiting on this condition."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self.__waiters[:n]
        for waiter in waiters:
            waiter.release()
            try:
                self.__waiters.remove(waiter)
            except ValueError:
                pass

    def notifyAll(self):
        """Wake up all the threads waiting on this condition."""
        self.notify(len(self.__waiters))

    notify_all = notifyAll


def Semaphore(*args, **kwargs):
    """A counter of free slots: acquire() takes one (waiting while there is
    none), release() gives one back."""
    return _Semaphore(*args, **kwargs)


class _Semaphore(_Verbose):

    def __init__(self, value=1, verbose=None):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        _Verbose.__init__(self, verbose)
        self.__cond = Condition(Lock())
        self.__value = value

    def acquire(self, blocking=1):
        rc = False
        with self.__cond:
            while self.__value == 0:
                if not blocking:
                    break
                self.__cond.wait()
            else:
                self.__value = self.__value - 1
                rc = True
        return rc

    __enter__ = acquire

    def release(self):
        with self.__cond:
            self.__value = self.__value + 1
            self.__cond.notify()

    def __exit__(self, t, v, tb):
        self.release()


def BoundedSemaphore(*args, **kwargs):
    """A semaphore that refuses to be released above its initial value."""
    return _BoundedSemaphore(*args, **kwargs)


class _BoundedSemaphore(_Semaphore):

    def __init__(self, value=1, verbose=None):
        _Semaphore.__init__(self, value, verbose)
        self._initial_value = value

    def release(self):
        if self._Semaphore__value >= self._initial_value:
            raise ValueError("Semaphore released too many times")
        return _Semaphore.release(self)


def Event(*args, **kwargs):
    """A flag threads can wait for."""
    return _Event(*args, **kwargs)


class _Event(_Verbose):

    def __init__(self, verbose=None):
        _Verbose.__init__(self, verbose)
        self.__cond = Condition(Lock())
        self.__flag = False

    def _reset_internal_locks(self):
        self.__cond.__init__(Lock())

    def isSet(self):
        return self.__flag

    is_set = isSet

    def set(self):
        with self.__cond:
            self.__flag = True
            self.__cond.notify_all()

    def clear(self):
        with self.__cond:
            self.__flag = False

    def wait(self, timeout=None):
        """Block until the flag is set (or timeout seconds); the flag."""
        with self.__cond:
            if not self.__flag:
                self.__cond.wait(timeout)
            return self.__flag


# ---- threads --------------------------------------------------------------------

_counter = 0


def _newname(template="Thread-%d"):
    global _counter
    _counter = _counter + 1
    return template % _counter

_active_limbo_lock = _allocate_lock()
_active = {}    # ident -> Thread
_limbo = {}     # Thread -> Thread, between start() and the thread running


class Thread(_Verbose):
    """A thread of control: pass target (called with args and kwargs) or
    override run(); start() it once, join() to wait for it."""

    __initialized = False
    __exc_info = _sys.exc_info
    __exc_clear = _sys.exc_clear

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, verbose=None):
        assert group is None, "group argument must be None for now"
        _Verbose.__init__(self, verbose)
        if kwargs is None:
            kwargs = {}
        self.__target = target
        self.__name = str(name or _newname())
        self.__args = args
        self.__kwargs = kwargs
        self.__daemonic = self._set_daemon()
        self.__ident = None
        self.__started = Event()
        self.__stopped = False
        self.__block = Condition(Lock())
        self.__initialized = True
        self.__stderr = _sys.stderr

    def _reset_internal_locks(self):
        if hasattr(self, '_Thread__block'):
            self.__block.__init__()
        self.__started._reset_internal_locks()

    @property
    def _block(self):
        return self.__block

    def _set_daemon(self):
        return current_thread().daemon

    def __repr__(self):
        assert self.__initialized, "Thread.__init__() was not called"
        status = "initial"
        if self.__started.is_set():
            status = "started"
        if self.__stopped:
            status = "stopped"
        if self.__daemonic:
            status += " daemon"
        if self.__ident is not None:
            status += " %s" % self.__ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self.__name, status)

    def start(self):
        """Run run() in a new thread (once)."""
        if not self.__initialized:
            raise RuntimeError("thread.__init__() not called")
        if self.__started.is_set():
            raise RuntimeError("threads can only be started once")
        with _active_limbo_lock:
            _limbo[self] = self
        try:
            _start_new_thread(self.__bootstrap, ())
        except Exception:
            with _active_limbo_lock:
                del _limbo[self]
            raise
        self.__started.wait()

    def run(self):
        """The thread's work: target(*args, **kwargs) unless overridden."""
        try:
            if self.__target:
                self.__target(*self.__args, **self.__kwargs)
        finally:
            del self.__target, self.__args, self.__kwargs

    def __bootstrap(self):
        try:
            self.__bootstrap_inner()
        except:
            if self.__daemonic and _sys is None:
                return
            raise

    def _set_ident(self):
        self.__ident = _get_ident()

    def __bootstrap_inner(self):
        try:
            self._set_ident()
            self.__started.set()
            with _active_limbo_lock:
                _active[self.__ident] = self
                del _limbo[self]
            if _trace_hook:
                _sys.settrace(_trace_hook)
            if _profile_hook:
                _sys.setprofile(_profile_hook)
            try:
                self.run()
            except SystemExit:
                pass
            except:
                # 2.7 prints the traceback on the stderr the thread started with
                if _sys and _sys.stderr is not None:
                    print >> _sys.stderr, ("Exception in thread %s:\n%s" % (self.name, _format_exc()))
                elif self.__stderr is not None:
                    print >> self.__stderr, ("Exception in thread %s:\n%s" % (self.name, _format_exc()))
            finally:
                self.__exc_clear()
        finally:
            with _active_limbo_lock:
                self.__stop()
                try:
                    del _active[_get_ident()]
                except KeyError:
                    pass

    def __stop(self):
        if not hasattr(self, '_Thread__block'):
            return
        self.__block.acquire()
        self.__stopped = True
        self.__block.notify_all()
        self.__block.release()

    def join(self, timeout=None):
        """Wait until the thread ends (or timeout seconds pass)."""
        if not self.__initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self.__started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        self.__block.acquire()
        try:
            if timeout is None:
                while not self.__stopped:
                    self.__block.wait()
            elif _time is None:
                if not self.__stopped:
                    self.__block.wait(0)
            else:
                deadline = _time() + timeout
                while not self.__stopped:
                    delay = deadline - _time()
                    if delay <= 0:
                        break
                    self.__block.wait(delay)
        finally:
            self.__block.release()

    @property
    def name(self):
        assert self.__initialized, "Thread.__init__() not called"
        return self.__name

    @name.setter
    def name(self, name):
        assert self.__initialized, "Thread.__init__() not called"
        self.__name = str(name)

    @property
    def ident(self):
        assert self.__initialized, "Thread.__init__() not called"
        return self.__ident

    def isAlive(self):
        """Whether the thread has started and not yet ended."""
        assert self.__initialized, "Thread.__init__() not called"
        return self.__started.is_set() and not self.__stopped

    is_alive = isAlive

    @property
    def daemon(self):
        assert self.__initialized, "Thread.__init__() not called"
        return self.__daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self.__initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self.__started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self.__daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


def Timer(*args, **kwargs):
    """A thread calling function(*args, **kwargs) after interval seconds,
    unless cancel()led first."""
    return _Timer(*args, **kwargs)


class _Timer(Thread):

    def __init__(self, interval, function, args=[], kwargs={}):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args
        self.kwargs = kwargs
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it has not fired yet."""
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    """The thread the program started in."""

    def __init__(self):
        Thread.__init__(self, name="MainThread")
        self._Thread__started.set()
        self._set_ident()
        with _active_limbo_lock:
            _active[_get_ident()] = self

    def _set_daemon(self):
        return False

    def _exitfunc(self):
        """Wait for the non-daemon threads (at exit)."""
        self._Thread__stop()
        t = _pickSomeNonDaemonThread()
        while t:
            t.join()
            t = _pickSomeNonDaemonThread()
        with _active_limbo_lock:
            try:
                del _active[_get_ident()]
            except KeyError:
                pass


def _pickSomeNonDaemonThread():
    for t in enumerate():
        if not t.daemon and t.is_alive():
            return t
    return None


class _DummyThread(Thread):
    """A thread not started by this module (its Thread object is made up
    when current_thread() is first called in it)."""

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"))
        del self._Thread__block
        self._Thread__started.set()
        self._set_ident()
        with _active_limbo_lock:
            _active[_get_ident()] = self

    def _set_daemon(self):
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


def currentThread():
    """The Thread object of the calling thread."""
    try:
        return _active[_get_ident()]
    except KeyError:
        return _DummyThread()

current_thread = currentThread


def activeCount():
    """The number of Thread objects alive."""
    with _active_limbo_lock:
        return len(_active) + len(_limbo)

active_count = activeCount


def _enumerate():
    return _active.values() + _limbo.values()


def enumerate():
    """The Thread objects alive."""
    with _active_limbo_lock:
        return _active.values() + _limbo.values()

from thread import stack_size

# the main thread exists from the start; the interpreter calls _shutdown at exit
_shutdown = _MainThread()._exitfunc

try:
    from thread import _local as local
except ImportError:
    from _threading_local import local
