"""The `posix` module: the operating-system interface behind `os`.

Functions are C calls through support/ffi.py externals (see the files beside
this one, one concern each).  Constants are the host's values, read at
build time (the build machine is the target machine); posix.environ is
filled at run time (environ.py)."""
import os as host_os
import platform
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.module.builtin.moduleobject import W_Module
from pypy27.support.markers import not_rpython

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

DOC = ("This module provides access to operating system functionality that is\n"
       "standardized by the C Standard and the POSIX standard (a thinly\n"
       "disguised Unix interface).  Refer to the library manual and\n"
       "corresponding Unix manual entries for more information on calls.")

# the integer constants of 2.7's posix module on Linux
INT_CONSTANTS = [
    "EX_CANTCREAT", "EX_CONFIG", "EX_DATAERR", "EX_IOERR", "EX_NOHOST", "EX_NOINPUT",
    "EX_NOPERM", "EX_NOUSER", "EX_OK", "EX_OSERR", "EX_OSFILE", "EX_PROTOCOL",
    "EX_SOFTWARE", "EX_TEMPFAIL", "EX_UNAVAILABLE", "EX_USAGE", "F_OK", "R_OK", "W_OK",
    "X_OK", "NGROUPS_MAX", "TMP_MAX", "WCONTINUED", "WNOHANG", "WUNTRACED",
    "O_APPEND", "O_ASYNC", "O_CREAT", "O_DIRECT", "O_DIRECTORY", "O_DSYNC", "O_EXCL",
    "O_LARGEFILE", "O_NDELAY", "O_NOATIME", "O_NOCTTY", "O_NOFOLLOW", "O_NONBLOCK",
    "O_RDONLY", "O_RDWR", "O_RSYNC", "O_SYNC", "O_TRUNC", "O_WRONLY",
]
FALLBACK = {"NGROUPS_MAX": 65536, "TMP_MAX": 238328, "O_LARGEFILE": 0}


class W_PosixModule(W_Module):
    """The posix module: fills `environ` when first imported (run time)."""
    environ_filled: bool

    def __init__(self, space: "ObjSpace", w_name: Optional[W_Root]) -> None:
        W_Module.__init__(self, space, w_name)
        self.environ_filled = False

    def startup(self, space: "ObjSpace") -> None:
        from pypy27.interpreter.module.posix.environ import fill_environ
        if not self.environ_filled:
            self.environ_filled = True
            fill_environ(space, self.get(space, "environ"))


@not_rpython
def add_functions(space: "ObjSpace", w_mod: W_Module) -> None:
    from pypy27.interpreter.gateway import Builtin0, Builtin1, Builtin2, Builtin3, BuiltinOpt
    from pypy27.interpreter.module.posix import environ, fileops, fsinfo, fsops, process, ptys, statresult, sysinfo
    fns: list[W_Root] = [
        # descriptors
        BuiltinOpt("open", fileops.posix_open, 2, 3),
        Builtin2("read", fileops.posix_read),
        Builtin2("write", fileops.posix_write),
        Builtin1("close", fileops.posix_close),
        Builtin2("closerange", fileops.posix_closerange),
        Builtin3("lseek", fileops.posix_lseek),
        Builtin1("dup", fileops.posix_dup),
        Builtin2("dup2", fileops.posix_dup2),
        Builtin0("pipe", fileops.posix_pipe),
        Builtin1("isatty", fileops.posix_isatty),
        Builtin1("ttyname", fileops.posix_ttyname),
        Builtin2("ftruncate", fileops.posix_ftruncate),
        Builtin1("fsync", fileops.posix_fsync),
        Builtin1("fdatasync", fileops.posix_fdatasync),
        Builtin2("fchmod", fileops.posix_fchmod),
        Builtin3("fchown", fileops.posix_fchown),
        Builtin1("fchdir", fileops.posix_fchdir),
        BuiltinOpt("fdopen", fileops.posix_fdopen, 1, 3),
        # stat
        Builtin1("stat", statresult.posix_stat),
        Builtin1("lstat", statresult.posix_lstat),
        Builtin1("fstat", statresult.posix_fstat),
        BuiltinOpt("stat_float_times", statresult.posix_stat_float_times, 0, 1),
        # paths
        Builtin1("listdir", fsops.posix_listdir),
        BuiltinOpt("mkdir", fsops.posix_mkdir, 1, 2),
        Builtin1("rmdir", fsops.posix_rmdir),
        Builtin1("unlink", fsops.posix_unlink),
        Builtin1("remove", fsops.posix_unlink),
        Builtin2("rename", fsops.posix_rename),
        Builtin0("getcwd", fsops.posix_getcwd),
        Builtin0("getcwdu", fsops.posix_getcwdu),
        Builtin1("chdir", fsops.posix_chdir),
        Builtin1("chroot", fsops.posix_chroot),
        Builtin2("chmod", fsops.posix_chmod),
        Builtin3("chown", fsops.posix_chown),
        Builtin3("lchown", fsops.posix_lchown),
        Builtin2("utime", fsops.posix_utime),
        Builtin2("access", fsops.posix_access),
        Builtin1("umask", fsops.posix_umask),
        Builtin2("symlink", fsops.posix_symlink),
        Builtin2("link", fsops.posix_link),
        Builtin1("readlink", fsops.posix_readlink),
        BuiltinOpt("mkfifo", fsops.posix_mkfifo, 1, 2),
        Builtin1("statvfs", fsinfo.posix_statvfs),
        Builtin1("fstatvfs", fsinfo.posix_fstatvfs),
        Builtin0("getloadavg", fsinfo.posix_getloadavg),
        Builtin1("major", fsinfo.posix_major),
        Builtin1("minor", fsinfo.posix_minor),
        Builtin2("makedev", fsinfo.posix_makedev),
        # processes
        Builtin0("getpid", process.posix_getpid),
        Builtin0("getppid", process.posix_getppid),
        Builtin0("getuid", process.posix_getuid),
        Builtin0("geteuid", process.posix_geteuid),
        Builtin0("getgid", process.posix_getgid),
        Builtin0("getegid", process.posix_getegid),
        Builtin0("getpgrp", process.posix_getpgrp),
        Builtin1("getpgid", process.posix_getpgid),
        Builtin2("setpgid", process.posix_setpgid),
        Builtin0("setpgrp", process.posix_setpgrp),
        Builtin1("getsid", process.posix_getsid),
        Builtin0("setsid", process.posix_setsid),
        Builtin1("setuid", process.posix_setuid),
        Builtin1("setgid", process.posix_setgid),
        Builtin1("seteuid", process.posix_seteuid),
        Builtin1("setegid", process.posix_setegid),
        Builtin0("getgroups", process.posix_getgroups),
        Builtin0("getlogin", process.posix_getlogin),
        Builtin2("kill", process.posix_kill),
        Builtin2("killpg", process.posix_killpg),
        Builtin1("nice", process.posix_nice),
        Builtin0("fork", process.posix_fork),
        Builtin0("openpty", ptys.posix_openpty, doc=ptys.OPENPTY_DOC),
        Builtin0("forkpty", ptys.posix_forkpty, doc=ptys.FORKPTY_DOC),
        Builtin2("execv", process.posix_execv),
        Builtin3("execve", process.posix_execve),
        Builtin2("waitpid", process.posix_waitpid),
        Builtin0("wait", process.posix_wait),
        Builtin1("_exit", process.posix__exit),
        Builtin1("wait3", process.posix_wait3),
        Builtin2("wait4", process.posix_wait4),
        Builtin0("getresuid", process.posix_getresuid),
        Builtin0("getresgid", process.posix_getresgid),
        Builtin2("setreuid", process.posix_setreuid),
        Builtin2("setregid", process.posix_setregid),
        Builtin1("tcgetpgrp", process.posix_tcgetpgrp),
        Builtin2("tcsetpgrp", process.posix_tcsetpgrp),
        Builtin0("ctermid", process.posix_ctermid),
        Builtin0("abort", process.posix_abort),
        Builtin1("system", process.posix_system),
        Builtin0("times", process.posix_times),
        Builtin0("uname", process.posix_uname),
        Builtin1("WIFEXITED", process.posix_WIFEXITED),
        Builtin1("WEXITSTATUS", process.posix_WEXITSTATUS),
        Builtin1("WIFSIGNALED", process.posix_WIFSIGNALED),
        Builtin1("WTERMSIG", process.posix_WTERMSIG),
        Builtin1("WIFSTOPPED", process.posix_WIFSTOPPED),
        Builtin1("WSTOPSIG", process.posix_WSTOPSIG),
        Builtin1("WCOREDUMP", process.posix_WCOREDUMP),
        Builtin1("WIFCONTINUED", process.posix_WIFCONTINUED),
        # environment and system information
        Builtin2("putenv", environ.posix_putenv),
        Builtin1("unsetenv", environ.posix_unsetenv),
        Builtin1("strerror", sysinfo.posix_strerror),
        Builtin1("urandom", sysinfo.posix_urandom),
        Builtin1("sysconf", sysinfo.posix_sysconf),
        Builtin2("pathconf", sysinfo.posix_pathconf),
        Builtin2("fpathconf", sysinfo.posix_fpathconf),
        Builtin1("confstr", sysinfo.posix_confstr),
    ]
    for w_fn in fns:
        from pypy27.interpreter.gateway import W_Builtin
        assert isinstance(w_fn, W_Builtin)
        w_mod.setattr_str(space, w_fn.name, w_fn)


@not_rpython
def setup(space: "ObjSpace") -> list[W_Root]:
    from pypy27.interpreter.module.posix import statresult, sysinfo
    assert platform.machine() == "x86_64" and platform.system() == "Linux", \
        "posix: struct layouts are written for x86_64 Linux"
    w_mod = W_PosixModule(space, space.newstr("posix"))
    w_mod.setattr_str(space, "__doc__", space.newstr(DOC))
    add_functions(space, w_mod)
    for name in INT_CONSTANTS:
        value = getattr(host_os, name, FALLBACK.get(name))
        if value is not None:
            w_mod.setattr_str(space, name, space.newint(value))
    w_mod.setattr_str(space, "error", space.w_OSError)
    w_mod.setattr_str(space, "stat_result", statresult.make_stat_type(space))
    w_mod.setattr_str(space, "environ", space.newdict())
    from pypy27.interpreter.module.posix import fsinfo
    from pypy27.interpreter.module.sys.structseq import make_structseq_type
    w_vfs = make_structseq_type(space, "posix.statvfs_result", fsinfo.STATVFS_FIELDS)
    fsinfo.state.w_statvfs_type = w_vfs
    w_mod.setattr_str(space, "statvfs_result", w_vfs)
    w_mod.setattr_str(space, "sysconf_names", sysinfo.table_dict(space, sysinfo.SYSCONF_NAMES))
    w_mod.setattr_str(space, "confstr_names", sysinfo.table_dict(space, sysinfo.CONFSTR_NAMES))
    w_mod.setattr_str(space, "pathconf_names", sysinfo.table_dict(space, sysinfo.PATHCONF_NAMES))
    return [w_mod]
