"""Running child processes, connecting to their input/output/error pipes
and getting their return codes (POSIX: fork and exec).

    subprocess.call(["ls", "-l"])                    # run, wait, return code
    out = subprocess.check_output(["echo", "hi"])    # output; error if it fails
    p = subprocess.Popen(cmd, stdin=PIPE, stdout=PIPE)
    out, err = p.communicate("input")
"""
import sys
import os
import errno
import types
import select

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "check_output",
           "CalledProcessError"]

mswindows = (sys.platform == "win32")

PIPE = -1
STDOUT = -2

try:
    MAXFD = os.sysconf("SC_OPEN_MAX")
except Exception:
    MAXFD = 256

_PIPE_BUF = getattr(select, 'PIPE_BUF', 512)


class CalledProcessError(Exception):
    """Raised by check_call() and check_output() for a non-zero exit
    status; returncode, cmd and (for check_output) output are kept."""

    def __init__(self, returncode, cmd, output=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output

    def __str__(self):
        return "Command '%s' returned non-zero exit status %d" % (self.cmd, self.returncode)


# children that were not waited for: reaped now and then so they do not
# stay zombies
_active = []


def _cleanup():
    for inst in _active[:]:
        res = inst._internal_poll(_deadstate=sys.maxint)
        if res is not None:
            try:
                _active.remove(inst)
            except ValueError:
                pass


def _eintr_retry_call(func, *args):
    while True:
        try:
            return func(*args)
        except (OSError, IOError) as e:
            if e.errno == errno.EINTR:
                continue
            raise


def call(*popenargs, **kwargs):
    """Run a command, wait for it and return its return code.
    The arguments are Popen's."""
    return Popen(*popenargs, **kwargs).wait()


def check_call(*popenargs, **kwargs):
    """Like call(), but a non-zero return code raises CalledProcessError."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, **kwargs):
    """Run a command and return its standard output as a string; a
    non-zero return code raises CalledProcessError (with the output)."""
    if 'stdout' in kwargs:
        raise ValueError('stdout argument not allowed, it will be overridden.')
    process = Popen(stdout=PIPE, *popenargs, **kwargs)
    output, unused_err = process.communicate()
    retcode = process.poll()
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd, output=output)
    return output


def list2cmdline(seq):
    """A command line for Windows' C runtime from a sequence of arguments:
    arguments with spaces/tabs (or empty ones) are double-quoted, a
    double quote becomes \\", and backslashes are doubled only where
    they precede a double quote."""
    result = []
    for arg in seq:
        backslashes = 0
        if result:
            result.append(' ')
        quote = (" " in arg) or ("\t" in arg) or not arg
        if quote:
            result.append('"')
        for c in arg:
            if c == '\\':
                backslashes += 1
            elif c == '"':
                result.append('\\' * (backslashes * 2) + '\\"')
                backslashes = 0
            else:
                if backslashes:
                    result.append('\\' * backslashes)
                    backslashes = 0
                result.append(c)
        if backslashes:
            result.append('\\' * backslashes)
        if quote:
            result.append('\\' * backslashes)
            result.append('"')
    return ''.join(result)


def _set_cloexec(fd, on=True):
    try:
        import fcntl
    except ImportError:
        return
    flags = fcntl.fcntl(fd, fcntl.F_GETFD)
    if on:
        flags |= fcntl.FD_CLOEXEC
    else:
        flags &= ~fcntl.FD_CLOEXEC
    fcntl.fcntl(fd, fcntl.F_SETFD, flags)


def _pipe():
    """A pipe whose ends other children do not inherit (each child gets its
    own ends as 0-2 through dup2, which clears the flag)."""
    r, w = os.pipe()
    _set_cloexec(r)
    _set_cloexec(w)
    return r, w


def _close_quietly(fd):
    try:
        os.close(fd)
    except OSError:
        pass


class Popen(object):
    """A child process running args (a sequence, or a string run by
    /bin/sh with shell=True).  stdin/stdout/stderr: None (inherit), PIPE,
    a file descriptor or a file object; stderr may also be STDOUT."""

    _child_created = False

    def __init__(self, args, bufsize=0, executable=None,
                 stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=False, shell=False,
                 cwd=None, env=None, universal_newlines=False,
                 startupinfo=None, creationflags=0):
        _cleanup()
        if not isinstance(bufsize, (int, long)):
            raise TypeError("bufsize must be an integer")
        if startupinfo is not None:
            raise ValueError("startupinfo is only supported on Windows platforms")
        if creationflags != 0:
            raise ValueError("creationflags is only supported on Windows platforms")
        self.stdin = None
        self.stdout = None
        self.stderr = None
        self.pid = None
        self.returncode = None
        self.universal_newlines = universal_newlines

        (p2cread, p2cwrite, c2pread, c2pwrite,
         errread, errwrite), to_close = self._get_handles(stdin, stdout, stderr)
        try:
            self._execute_child(args, executable, preexec_fn, close_fds, cwd, env,
                                universal_newlines, startupinfo, creationflags,
                                shell, to_close, p2cread, p2cwrite, c2pread, c2pwrite,
                                errread, errwrite)
        except Exception:
            exc_type, exc_value, exc_tb = sys.exc_info()
            for fd in to_close:
                _close_quietly(fd)
            raise exc_type, exc_value, exc_tb

        if p2cwrite is not None:
            self.stdin = os.fdopen(p2cwrite, 'wb', bufsize)
        if c2pread is not None:
            self.stdout = os.fdopen(c2pread, 'rU' if universal_newlines else 'rb', bufsize)
        if errread is not None:
            self.stderr = os.fdopen(errread, 'rU' if universal_newlines else 'rb', bufsize)

    def _translate_newlines(self, data):
        return data.replace("\r\n", "\n").replace("\r", "\n")

    def __del__(self, _maxint=sys.maxint):
        if not self._child_created:
            return
        self._internal_poll(_deadstate=_maxint)
        if self.returncode is None and _active is not None:
            _active.append(self)

    # ---- set-up --------------------------------------------------------------

    def _get_handles(self, stdin, stdout, stderr):
        """The six descriptors (None where unused) and the set of those this
        side opened, to close if starting the child fails."""
        to_close = set()
        p2cread = p2cwrite = c2pread = c2pwrite = errread = errwrite = None
        if stdin is None:
            pass
        elif stdin == PIPE:
            p2cread, p2cwrite = _pipe()
            to_close.update((p2cread, p2cwrite))
        elif isinstance(stdin, (int, long)):
            p2cread = stdin
        else:
            p2cread = stdin.fileno()

        if stdout is None:
            pass
        elif stdout == PIPE:
            c2pread, c2pwrite = _pipe()
            to_close.update((c2pread, c2pwrite))
        elif isinstance(stdout, (int, long)):
            c2pwrite = stdout
        else:
            c2pwrite = stdout.fileno()

        if stderr is None:
            pass
        elif stderr == PIPE:
            errread, errwrite = _pipe()
            to_close.update((errread, errwrite))
        elif stderr == STDOUT:
            errwrite = c2pwrite if c2pwrite is not None else 1
        elif isinstance(stderr, (int, long)):
            errwrite = stderr
        else:
            errwrite = stderr.fileno()
        return (p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite), to_close

    # the parameter list is 2.7's (subclasses in the wild override this method)
    def _execute_child(self, args, executable, preexec_fn, close_fds, cwd, env,
                       universal_newlines, startupinfo, creationflags, shell, to_close, p2cread, p2cwrite, c2pread, c2pwrite,
                       errread, errwrite):
        if isinstance(args, types.StringTypes):
            args = [args]
        else:
            args = list(args)
        if shell:
            args = ["/bin/sh", "-c"] + args
            if executable:
                args[0] = executable
        if executable is None:
            executable = args[0]

        # the child reports a failure before exec through this pipe; a
        # successful exec closes it (close-on-exec), so the parent reads EOF
        errpipe_read, errpipe_write = os.pipe()
        try:
            _set_cloexec(errpipe_write)
            self.pid = os.fork()
            self._child_created = True
            if self.pid == 0:
                self._run_child(args, executable, preexec_fn, close_fds, cwd, env,
                                p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite,
                                errpipe_read, errpipe_write)
            os.close(errpipe_write)
            errpipe_write = None
            # the child's ends of the pipes belong to it now
            for parent_end, child_end in ((p2cwrite, p2cread), (c2pread, c2pwrite),
                                          (errread, errwrite)):
                if parent_end is not None and child_end is not None:
                    _close_quietly(child_end)
                    to_close.discard(child_end)
            chunks = []
            while True:
                chunk = _eintr_retry_call(os.read, errpipe_read, 50000)
                if not chunk:
                    break
                chunks.append(chunk)
            data = ''.join(chunks)
        finally:
            os.close(errpipe_read)
            if errpipe_write is not None:
                os.close(errpipe_write)
        if data:
            try:
                _eintr_retry_call(os.waitpid, self.pid, 0)
            except OSError as e:
                if e.errno != errno.ECHILD:
                    raise
            raise self._child_exception(data)

    def _run_child(self, args, executable, preexec_fn, close_fds, cwd, env,
                   p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite,
                   errpipe_read, errpipe_write):
        """In the forked child: wire fds 0-2, then exec; never returns."""
        try:
            for fd in (p2cwrite, c2pread, errread, errpipe_read):
                if fd is not None:
                    _close_quietly(fd)
            # keep the sources of the dup2s out of the way of 0-2
            if c2pwrite == 0:
                c2pwrite = os.dup(c2pwrite)
            while errwrite == 0 or errwrite == 1:
                errwrite = os.dup(errwrite)
            for source, target in ((p2cread, 0), (c2pwrite, 1), (errwrite, 2)):
                if source == target:
                    _set_cloexec(target, False)    # dup2 would have cleared it
                elif source is not None:
                    os.dup2(source, target)
            closed = set([None, 0, 1, 2])
            for fd in (p2cread, c2pwrite, errwrite):
                if fd not in closed:
                    _close_quietly(fd)
                    closed.add(fd)
            if close_fds:
                os.closerange(3, errpipe_write)
                os.closerange(errpipe_write + 1, MAXFD)
            if cwd is not None:
                os.chdir(cwd)
            if preexec_fn:
                preexec_fn()
            if env is None:
                os.execvp(executable, args)
            else:
                os.execvpe(executable, args, env)
        except BaseException:
            exc_type, exc_value, exc_tb = sys.exc_info()
            try:
                if isinstance(exc_value, OSError):
                    msg = "OSError:%d:%s" % (exc_value.errno, exc_value.strerror)
                else:
                    msg = "%s:0:%s" % (exc_type.__name__, exc_value)
                # the parent shows the child's traceback as exc.child_traceback
                import traceback
                msg += "\0" + "".join(traceback.format_exception(exc_type, exc_value, exc_tb))
                os.write(errpipe_write, msg)
            except BaseException:
                pass
        os._exit(255)

    def _child_exception(self, data):
        """The exception the child reported before exec."""
        data, _, child_traceback = data.partition('\0')
        name, _, rest = data.partition(':')
        code, _, message = rest.partition(':')
        if name == 'OSError':
            exc = OSError(int(code), message)
        else:
            import exceptions
            cls = getattr(exceptions, name, None)
            if not (isinstance(cls, type) and issubclass(cls, BaseException)):
                cls = RuntimeError
            exc = cls(message)
        exc.child_traceback = child_traceback
        return exc

    # ---- waiting -----------------------------------------------------------

    def _handle_exitstatus(self, sts):
        if os.WIFSIGNALED(sts):
            self.returncode = -os.WTERMSIG(sts)
        elif os.WIFEXITED(sts):
            self.returncode = os.WEXITSTATUS(sts)
        else:
            raise RuntimeError("Unknown child exit status!")

    def _internal_poll(self, _deadstate=None):
        if self.returncode is None:
            try:
                pid, sts = os.waitpid(self.pid, os.WNOHANG)
                if pid == self.pid:
                    self._handle_exitstatus(sts)
            except OSError as e:
                if _deadstate is not None:
                    self.returncode = _deadstate
                elif e.errno == errno.ECHILD:
                    self.returncode = 0
        return self.returncode

    def poll(self):
        """The return code if the child has terminated, else None."""
        return self._internal_poll()

    def wait(self):
        """Wait for the child to terminate; its return code (-N if killed
        by signal N)."""
        while self.returncode is None:
            try:
                pid, sts = _eintr_retry_call(os.waitpid, self.pid, 0)
            except OSError as e:
                if e.errno != errno.ECHILD:
                    raise
                pid, sts = self.pid, 0
            if pid == self.pid:
                self._handle_exitstatus(sts)
        return self.returncode

    def send_signal(self, sig):
        os.kill(self.pid, sig)

    def terminate(self):
        self.send_signal(15)

    def kill(self):
        self.send_signal(9)

    # ---- communicating -------------------------------------------------------

    def communicate(self, input=None):
        """Send input to stdin, read stdout and stderr to their ends and
        wait; (stdout_data, stderr_data), None for streams not piped."""
        if [self.stdin, self.stdout, self.stderr].count(None) >= 2:
            stdout = stderr = None
            if self.stdin:
                if input:
                    try:
                        self.stdin.write(input)
                    except IOError as e:
                        if e.errno != errno.EPIPE and e.errno != errno.EINVAL:
                            raise
                self.stdin.close()
            elif self.stdout:
                stdout = _eintr_retry_call(self.stdout.read)
                self.stdout.close()
            elif self.stderr:
                stderr = _eintr_retry_call(self.stderr.read)
                self.stderr.close()
            self.wait()
            return (stdout, stderr)
        return self._communicate(input)

    def _communicate(self, input):
        if self.stdin:
            self.stdin.flush()
            if not input:
                self.stdin.close()
        out_fd = self.stdout.fileno() if self.stdout else None
        err_fd = self.stderr.fileno() if self.stderr else None
        files = {}
        if out_fd is not None:
            files[out_fd] = self.stdout
        if err_fd is not None:
            files[err_fd] = self.stderr
        chunks = dict((fd, []) for fd in files)
        open_readers = set(files)
        write_fd = None
        if self.stdin and input:
            write_fd = self.stdin.fileno()
        offset = 0
        while open_readers or write_fd is not None:
            wlist = [write_fd] if write_fd is not None else []
            try:
                ready_r, ready_w, _ = select.select(list(open_readers), wlist, [])
            except select.error as e:
                if e.args[0] == errno.EINTR:
                    continue
                raise
            if write_fd is not None and write_fd in ready_w:
                chunk = input[offset:offset + _PIPE_BUF]
                try:
                    offset += os.write(write_fd, chunk)
                except OSError as e:
                    if e.errno != errno.EPIPE:
                        raise
                    offset = len(input)
                if offset >= len(input):
                    self.stdin.close()
                    write_fd = None
            for fd in ready_r:
                data = os.read(fd, 32768)
                if data:
                    chunks[fd].append(data)
                else:
                    files[fd].close()
                    open_readers.discard(fd)
        stdout = ''.join(chunks[out_fd]) if out_fd is not None else None
        stderr = ''.join(chunks[err_fd]) if err_fd is not None else None
        if self.universal_newlines:
            if stdout is not None:
                stdout = self._translate_newlines(stdout)
            if stderr is not None:
                stderr = self._translate_newlines(stderr)
        self.wait()
        return (stdout, stderr)
