"""Processes: ids, kill, fork, exec*, wait*, _exit, system, times, uname,
and the W* wait-status macros."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.module.posix.errors import c_int_w, int_arg, last_oserror, path_w
from pypy27.support.ffi import external
from pypy27.support.rawmem import (raw_alloc, raw_free, raw_load_i32, raw_load_i64,
                                   raw_mem_to_str, raw_store_i64, raw_store_u8,
                                   raw_str_to_mem)
from pypy27.interpreter.module.thread import gil

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

c_getpid = external("getpid", [], "int", header="<unistd.h>")
c_getppid = external("getppid", [], "int", header="<unistd.h>")
c_getuid = external("getuid", [], "unsigned int", header="<unistd.h>")
c_geteuid = external("geteuid", [], "unsigned int", header="<unistd.h>")
c_getgid = external("getgid", [], "unsigned int", header="<unistd.h>")
c_getegid = external("getegid", [], "unsigned int", header="<unistd.h>")
c_getpgrp = external("getpgrp", [], "int", header="<unistd.h>")
c_getpgid = external("getpgid", ["int"], "int", header="<unistd.h>")
c_setpgid = external("setpgid", ["int", "int"], "int", header="<unistd.h>")
c_getsid = external("getsid", ["int"], "int", header="<unistd.h>")
c_setsid = external("setsid", [], "int", header="<unistd.h>")
c_setuid = external("setuid", ["unsigned int"], "int", header="<unistd.h>")
c_setgid = external("setgid", ["unsigned int"], "int", header="<unistd.h>")
c_seteuid = external("seteuid", ["unsigned int"], "int", header="<unistd.h>")
c_setegid = external("setegid", ["unsigned int"], "int", header="<unistd.h>")
c_getgroups = external("getgroups", ["int", "void*"], "int", header="<unistd.h>")
c_getlogin = external("getlogin", [], "char*", header="<unistd.h>")
c_kill = external("kill", ["int", "int"], "int", header="<signal.h>")
c_killpg = external("killpg", ["int", "int"], "int", header="<signal.h>")
c_fork = external("fork", [], "int", header="<unistd.h>")
c_execv = external("execv", ["char*", "void*"], "int", header="<unistd.h>")
c_execve = external("execve", ["char*", "void*", "void*"], "int", header="<unistd.h>")
c_waitpid = external("waitpid", ["int", "void*", "int"], "int", header="<sys/wait.h>")
c_exit = external("_exit", ["int"], "void", header="<unistd.h>")
c_abort = external("abort", [], "void", header="<stdlib.h>")
c_system = external("system", ["char*"], "int", header="<stdlib.h>")
c_times = external("times", ["void*"], "long", header="<sys/times.h>")
c_sysconf = external("sysconf", ["int"], "long", header="<unistd.h>")
c_uname = external("uname", ["void*"], "int", header="<sys/utsname.h>")
c_nice = external("nice", ["int"], "int", header="<unistd.h>")
c_strlen = external("strlen", ["void*"], "size_t", header="<string.h>")

import os as _os
SC_CLK_TCK = _os.sysconf_names["SC_CLK_TCK"]
UTS_FIELD = 65              # _UTSNAME_LENGTH on Linux


def posix_getpid(space: "ObjSpace") -> W_Root:
    return space.newint(c_getpid())


def posix_getppid(space: "ObjSpace") -> W_Root:
    return space.newint(c_getppid())


def posix_getuid(space: "ObjSpace") -> W_Root:
    return space.newint(c_getuid() & 0xffffffff)


def posix_geteuid(space: "ObjSpace") -> W_Root:
    return space.newint(c_geteuid() & 0xffffffff)


def posix_getgid(space: "ObjSpace") -> W_Root:
    return space.newint(c_getgid() & 0xffffffff)


def posix_getegid(space: "ObjSpace") -> W_Root:
    return space.newint(c_getegid() & 0xffffffff)


def posix_getpgrp(space: "ObjSpace") -> W_Root:
    return space.newint(c_getpgrp())


def posix_getpgid(space: "ObjSpace", w_pid: W_Root) -> W_Root:
    res = c_getpgid(space.int_w(w_pid))
    if res < 0:
        raise last_oserror(space)
    return space.newint(res)


def posix_setpgid(space: "ObjSpace", w_pid: W_Root, w_pgrp: W_Root) -> W_Root:
    if c_setpgid(space.int_w(w_pid), space.int_w(w_pgrp)) < 0:
        raise last_oserror(space)
    return space.w_None


def posix_setpgrp(space: "ObjSpace") -> W_Root:
    if c_setpgid(0, 0) < 0:
        raise last_oserror(space)
    return space.w_None


def posix_getsid(space: "ObjSpace", w_pid: W_Root) -> W_Root:
    res = c_getsid(space.int_w(w_pid))
    if res < 0:
        raise last_oserror(space)
    return space.newint(res)


def posix_setsid(space: "ObjSpace") -> W_Root:
    if c_setsid() < 0:
        raise last_oserror(space)
    return space.w_None


def posix_setuid(space: "ObjSpace", w_id: W_Root) -> W_Root:
    if c_setuid(space.int_w(w_id)) < 0:
        raise last_oserror(space)
    return space.w_None


def posix_setgid(space: "ObjSpace", w_id: W_Root) -> W_Root:
    if c_setgid(space.int_w(w_id)) < 0:
        raise last_oserror(space)
    return space.w_None


def posix_seteuid(space: "ObjSpace", w_id: W_Root) -> W_Root:
    if c_seteuid(space.int_w(w_id)) < 0:
        raise last_oserror(space)
    return space.w_None


def posix_setegid(space: "ObjSpace", w_id: W_Root) -> W_Root:
    if c_setegid(space.int_w(w_id)) < 0:
        raise last_oserror(space)
    return space.w_None


def posix_getgroups(space: "ObjSpace") -> W_Root:
    n = c_getgroups(0, 0)
    if n < 0:
        raise last_oserror(space)
    buf = raw_alloc(4 * n + 4)
    try:
        n = c_getgroups(n, buf)
        if n < 0:
            raise last_oserror(space)
        groups_w: list[W_Root] = []
        for i in range(n):
            groups_w.append(space.newint(raw_load_i32(buf, 4 * i) & 0xffffffff))
        return space.newlist(groups_w)
    finally:
        raw_free(buf)


def posix_getlogin(space: "ObjSpace") -> W_Root:
    name = c_getlogin()
    if name is None:
        raise last_oserror(space)
    return space.newstr(name)


def posix_kill(space: "ObjSpace", w_pid: W_Root, w_sig: W_Root) -> W_Root:
    if c_kill(space.int_w(w_pid), space.int_w(w_sig)) < 0:
        raise last_oserror(space)
    return space.w_None


def posix_killpg(space: "ObjSpace", w_pgid: W_Root, w_sig: W_Root) -> W_Root:
    if c_killpg(c_int_w(space, w_pgid), space.int_w(w_sig)) < 0:
        raise last_oserror(space)
    return space.w_None


def posix_nice(space: "ObjSpace", w_inc: W_Root) -> W_Root:
    from pypy27.support.ffi import get_errno, set_errno
    set_errno(0)
    res = c_nice(space.int_w(w_inc))
    if res == -1 and get_errno() != 0:
        raise last_oserror(space)
    return space.newint(res)


def posix_fork(space: "ObjSpace") -> W_Root:
    from pypy27.interpreter.module.builtin.io import flush_dirty_files
    flush_dirty_files(space)     # or the child would write the buffers a second time
    pid = c_fork()
    if pid < 0:
        raise last_oserror(space)
    if pid == 0:
        from pypy27.interpreter.module.thread.osthread import after_fork
        after_fork(space)
    return space.newint(pid)


def cstr_array(strings: list[str]) -> int:
    """A NULL-terminated C array of NUL-terminated copies (free with free_cstr_array)."""
    arr = raw_alloc(8 * (len(strings) + 1))
    for i in range(len(strings)):
        s = strings[i]
        p = raw_alloc(len(s) + 1)
        raw_str_to_mem(s, p)
        raw_store_u8(p, len(s), 0)
        raw_store_i64(arr, 8 * i, p)
    raw_store_i64(arr, 8 * len(strings), 0)
    return arr


def free_cstr_array(arr: int, n: int) -> None:
    for i in range(n):
        raw_free(raw_load_i64(arr, 8 * i))
    raw_free(arr)


def exec_args(space: "ObjSpace", w_args: W_Root, fname: str) -> list[str]:
    if not (space.isinstance_w(w_args, space.w_list) or space.isinstance_w(w_args, space.w_tuple)):
        raise space.type_error("%s() arg 2 must be a tuple or list" % fname)
    args: list[str] = []
    for w_a in space.fixedview(w_args, -1):
        if not (space.isinstance_w(w_a, space.w_str) or space.isinstance_w(w_a, space.w_unicode)):
            raise space.type_error("%s() arg 2 must contain only strings" % fname)
        args.append(path_w(space, w_a))
    if not args:
        raise space.value_error("%s() arg 2 must not be empty" % fname)
    if not args[0]:
        raise space.value_error("%s() arg 2 first element cannot be empty" % fname)
    return args


def env_list(space: "ObjSpace", w_env: W_Root) -> list[str]:
    if space.findattr(w_env, "keys") is None:
        raise space.type_error("execve() arg 3 must be a mapping object")
    result: list[str] = []
    w_keys = space.call_method(w_env, "keys", [])
    for w_key in space.listview(w_keys):
        w_value = space.getitem(w_env, w_key)
        # 2.7 converts with the "s" format: a NUL byte counts as a non-string
        if not space.isinstance_w(w_key, space.w_str) or "\x00" in space.str_w(w_key):
            raise space.type_error("execve() arg 3 contains a non-string key")
        if not space.isinstance_w(w_value, space.w_str) or "\x00" in space.str_w(w_value):
            raise space.type_error("execve() arg 3 contains a non-string value")
        key = space.str_w(w_key)
        if "=" in key:
            raise space.value_error("illegal environment variable name")
        result.append(key + "=" + space.str_w(w_value))
    return result


def posix_execv(space: "ObjSpace", w_path: W_Root, w_args: W_Root) -> W_Root:
    """execv(path, args): replace the process (OSError if that fails)."""
    path = path_w(space, w_path)
    args = exec_args(space, w_args, "execv")
    arr = cstr_array(args)
    c_execv(path, arr)
    free_cstr_array(arr, len(args))
    raise last_oserror(space)


def posix_execve(space: "ObjSpace", w_path: W_Root, w_args: W_Root, w_env: W_Root) -> W_Root:
    path = path_w(space, w_path)
    args = exec_args(space, w_args, "execve")
    env = env_list(space, w_env)
    arr = cstr_array(args)
    envarr = cstr_array(env)
    c_execve(path, arr, envarr)
    free_cstr_array(arr, len(args))
    free_cstr_array(envarr, len(env))
    raise last_oserror(space)


def do_waitpid(space: "ObjSpace", pid: int, options: int) -> W_Root:
    buf = raw_alloc(8)
    try:
        raw_store_i64(buf, 0, 0)
        gil.release()
        res = c_waitpid(pid, buf, options)
        gil.acquire()
        if res < 0:
            raise last_oserror(space)
        status = raw_load_i32(buf, 0)
        return space.newtuple([space.newint(res), space.newint(status)])
    finally:
        raw_free(buf)


def posix_waitpid(space: "ObjSpace", w_pid: W_Root, w_options: W_Root) -> W_Root:
    """waitpid(pid, options) -> (pid, status)"""
    return do_waitpid(space, space.int_w(w_pid), space.int_w(w_options))


def posix_wait(space: "ObjSpace") -> W_Root:
    """wait() -> (pid, status)"""
    return do_waitpid(space, -1, 0)


def posix__exit(space: "ObjSpace", w_code: W_Root) -> W_Root:
    c_exit(space.int_w(w_code))
    return space.w_None


def posix_abort(space: "ObjSpace") -> W_Root:
    c_abort()
    return space.w_None


def posix_system(space: "ObjSpace", w_cmd: W_Root) -> W_Root:
    from pypy27.interpreter.module.builtin.io import flush_std_files
    flush_std_files(space)
    cmd = space.str_w(w_cmd)
    gil.release()
    res = c_system(cmd)
    gil.acquire()
    return space.newint(res)


def posix_times(space: "ObjSpace") -> W_Root:
    """times() -> (utime, stime, cutime, cstime, elapsed_time)"""
    buf = raw_alloc(32)
    try:
        elapsed = c_times(buf)
        ticks = float(c_sysconf(SC_CLK_TCK))
        items_w: list[W_Root] = []
        for i in range(4):
            items_w.append(space.newfloat(float(raw_load_i64(buf, 8 * i)) / ticks))
        items_w.append(space.newfloat(float(elapsed) / ticks))
        return space.newtuple(items_w)
    finally:
        raw_free(buf)


def posix_uname(space: "ObjSpace") -> W_Root:
    """uname() -> (sysname, nodename, release, version, machine)"""
    buf = raw_alloc(UTS_FIELD * 6)
    try:
        if c_uname(buf) < 0:
            raise last_oserror(space)
        items_w: list[W_Root] = []
        for i in range(5):
            p = buf + UTS_FIELD * i
            items_w.append(space.newstr(raw_mem_to_str(p, c_strlen(p))))
        return space.newtuple(items_w)
    finally:
        raw_free(buf)


# ---- wait status macros (Linux encoding) ---------------------------------------

def status_w(space: "ObjSpace", w_status: W_Root) -> int:
    return c_int_w(space, w_status) & 0xffffffff       # a C int, as 2.7


def posix_WIFEXITED(space: "ObjSpace", w_status: W_Root) -> W_Root:
    return space.newbool(status_w(space, w_status) & 0x7f == 0)


def posix_WEXITSTATUS(space: "ObjSpace", w_status: W_Root) -> W_Root:
    return space.newint((status_w(space, w_status) >> 8) & 0xff)


def posix_WIFSIGNALED(space: "ObjSpace", w_status: W_Root) -> W_Root:
    sig = status_w(space, w_status) & 0x7f
    return space.newbool(sig != 0 and sig != 0x7f)


def posix_WTERMSIG(space: "ObjSpace", w_status: W_Root) -> W_Root:
    return space.newint(status_w(space, w_status) & 0x7f)


def posix_WIFSTOPPED(space: "ObjSpace", w_status: W_Root) -> W_Root:
    return space.newbool(status_w(space, w_status) & 0xff == 0x7f)


def posix_WSTOPSIG(space: "ObjSpace", w_status: W_Root) -> W_Root:
    return space.newint((status_w(space, w_status) >> 8) & 0xff)


def posix_WCOREDUMP(space: "ObjSpace", w_status: W_Root) -> W_Root:
    return space.newbool(status_w(space, w_status) & 0x80 != 0)


def posix_WIFCONTINUED(space: "ObjSpace", w_status: W_Root) -> W_Root:
    return space.newbool(status_w(space, w_status) == 0xffff)


# ---- more ids, terminals, wait3/wait4 ------------------------------------------

c_getresuid = external("getresuid", ["void*", "void*", "void*"], "int", header="<unistd.h>")
c_getresgid = external("getresgid", ["void*", "void*", "void*"], "int", header="<unistd.h>")
c_setreuid = external("setreuid", ["unsigned int", "unsigned int"], "int", header="<unistd.h>")
c_setregid = external("setregid", ["unsigned int", "unsigned int"], "int", header="<unistd.h>")
c_tcgetpgrp = external("tcgetpgrp", ["int"], "int", header="<unistd.h>")
c_tcsetpgrp = external("tcsetpgrp", ["int", "int"], "int", header="<unistd.h>")
c_ctermid = external("ctermid", ["void*"], "void*", header="<stdio.h>")
c_wait4 = external("wait4", ["int", "void*", "int", "void*"], "int", header="<sys/wait.h>")


def three_ids(space: "ObjSpace", uid: bool) -> W_Root:
    buf = raw_alloc(12)
    try:
        res = c_getresuid(buf, buf + 4, buf + 8) if uid else c_getresgid(buf, buf + 4, buf + 8)
        if res < 0:
            raise last_oserror(space)
        return space.newtuple([space.newint(raw_load_i32(buf, 0) & 0xffffffff),
                               space.newint(raw_load_i32(buf, 4) & 0xffffffff),
                               space.newint(raw_load_i32(buf, 8) & 0xffffffff)])
    finally:
        raw_free(buf)


def posix_getresuid(space: "ObjSpace") -> W_Root:
    """getresuid() -> (ruid, euid, suid)"""
    return three_ids(space, True)


def posix_getresgid(space: "ObjSpace") -> W_Root:
    """getresgid() -> (rgid, egid, sgid)"""
    return three_ids(space, False)


def posix_setreuid(space: "ObjSpace", w_r: W_Root, w_e: W_Root) -> W_Root:
    if c_setreuid(space.int_w(w_r) & 0xffffffff, space.int_w(w_e) & 0xffffffff) < 0:
        raise last_oserror(space)
    return space.w_None


def posix_setregid(space: "ObjSpace", w_r: W_Root, w_e: W_Root) -> W_Root:
    if c_setregid(space.int_w(w_r) & 0xffffffff, space.int_w(w_e) & 0xffffffff) < 0:
        raise last_oserror(space)
    return space.w_None


def posix_tcgetpgrp(space: "ObjSpace", w_fd: W_Root) -> W_Root:
    res = c_tcgetpgrp(c_int_w(space, w_fd))
    if res < 0:
        raise last_oserror(space)
    return space.newint(res)


def posix_tcsetpgrp(space: "ObjSpace", w_fd: W_Root, w_pgid: W_Root) -> W_Root:
    if c_tcsetpgrp(c_int_w(space, w_fd), c_int_w(space, w_pgid)) < 0:
        raise last_oserror(space)
    return space.w_None


def posix_ctermid(space: "ObjSpace") -> W_Root:
    """ctermid() -> the name of the controlling terminal"""
    buf = raw_alloc(256)
    try:
        c_ctermid(buf)
        return space.newstr(raw_mem_to_str(buf, c_strlen(buf)))
    finally:
        raw_free(buf)


def do_wait4(space: "ObjSpace", pid: int, options: int, with_pid: bool) -> W_Root:
    from pypy27.interpreter.module.resource.moduledef import wrap_rusage
    status = raw_alloc(8)
    usage = raw_alloc(144)
    try:
        gil.release()
        res = c_wait4(pid, status, options, usage)
        gil.acquire()
        if res < 0:
            raise last_oserror(space)
        return space.newtuple([space.newint(res), space.newint(raw_load_i32(status, 0)),
                               wrap_rusage(space, usage)])
    finally:
        raw_free(status)
        raw_free(usage)


def posix_wait3(space: "ObjSpace", w_options: W_Root) -> W_Root:
    """wait3(options) -> (pid, status, rusage)"""
    return do_wait4(space, -1, space.int_w(w_options), False)


def posix_wait4(space: "ObjSpace", w_pid: W_Root, w_options: W_Root) -> W_Root:
    """wait4(pid, options) -> (pid, status, rusage)"""
    return do_wait4(space, space.int_w(w_pid), space.int_w(w_options), True)
