"""find_library(name): the file name of a shared library, as the dynamic
linker would find it for -l<name> (None when there is none).

On Linux the linker cache (`ldconfig -p`) is asked first, for a library of
this machine's word size; then gcc's own search (`gcc -Wl,-t`), whose hit
is reduced to its SONAME with objdump; then the usual library folders."""
import os
import re
import sys

__all__ = ["find_library"]


def _run(argv):
    """The standard output of a command, or '' when it cannot run."""
    try:
        import subprocess
    except ImportError:
        return ""
    try:
        with open(os.devnull, "w") as null:
            proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=null,
                                    env=dict(os.environ, LC_ALL="C", LANG="C"))
            out = proc.communicate()[0]
    except (OSError, ValueError):
        return ""
    return out or ""


def _abi_marker():
    # ldconfig tags every entry with its ABI, e.g. "(libc6,x86-64)"
    machine = os.uname()[4]
    if sys.maxsize > 2 ** 32:
        return {"x86_64": "x86-64", "aarch64": "AArch64", "ppc64le": "64bit",
                "ppc64": "64bit", "s390x": "64bit", "riscv64": "64bit"}.get(machine, "64")
    return None


def _from_ldconfig(name):
    wanted = "lib%s.so" % name
    marker = _abi_marker()
    for ldconfig in ("/sbin/ldconfig", "/usr/sbin/ldconfig", "ldconfig"):
        out = _run([ldconfig, "-p"])
        if out:
            break
    else:
        return None
    for line in out.splitlines():
        line = line.strip()
        if " => " not in line:
            continue
        entry, _path = line.split(" => ", 1)
        parts = entry.split(None, 1)
        soname = parts[0]
        tags = parts[1] if len(parts) > 1 else ""
        if soname != wanted and not soname.startswith(wanted + "."):
            continue
        if marker is None:
            if "64" in tags:
                continue
        elif marker not in tags:
            continue
        return soname
    return None


def _soname(path):
    out = _run(["objdump", "-p", "-j", ".text", path])
    match = re.search(r"\sSONAME\s+(\S+)", out)
    if match:
        return match.group(1)
    return None


def _from_gcc(name):
    # gcc -Wl,-t prints every file the link opened, the library among them
    out = _run(["gcc", "-Wl,-t", "-o", os.devnull, "-l" + name])
    if not out:
        out = _run(["cc", "-Wl,-t", "-o", os.devnull, "-l" + name])
    pattern = re.compile(r"(\S*/lib%s\.(?:so|a)\S*)" % re.escape(name))
    for found in pattern.findall(out):
        found = found.strip("()")
        if os.path.exists(found) and ".so" in os.path.basename(found):
            return _soname(found) or os.path.basename(found)
    return None


def _from_folders(name):
    folders = os.environ.get("LD_LIBRARY_PATH", "").split(":")
    folders += ["/lib/x86_64-linux-gnu", "/usr/lib/x86_64-linux-gnu", "/lib64",
                "/usr/lib64", "/lib", "/usr/lib", "/usr/local/lib"]
    prefix = "lib%s.so" % name
    for folder in folders:
        if not folder or not os.path.isdir(folder):
            continue
        candidates = [f for f in os.listdir(folder)
                      if f == prefix or f.startswith(prefix + ".")]
        if candidates:
            candidates.sort(key=len)
            return _soname(os.path.join(folder, candidates[0])) or candidates[0]
    return None


def find_library(name):
    if not name:
        return None
    return _from_ldconfig(name) or _from_gcc(name) or _from_folders(name)


def test():
    from ctypes import cdll
    print find_library("m")
    print find_library("c")
    print find_library("bz2")
    print cdll.LoadLibrary("libm.so.6")
    print cdll.LoadLibrary("libc.so.6")


if __name__ == "__main__":
    test()
