"""Information about the platform: operating system, machine, and the
Python implementation running this code.

    platform.system(), release(), machine(), node(), uname()
    platform.python_implementation()   # 'PyPy' here
    platform.python_version(), python_version_tuple(), python_build()
    platform.platform()                # e.g. 'Linux-6.1-x86_64-with-debian-12.11'
"""
import sys
import os

__version__ = '1.0.7'

_uname_cache = None


def _sys_version(sys_version=None):
    """(implementation, version, branch, revision, buildno, builddate,
    compiler) parsed from a sys.version string.  The first line is
    'X.Y.Z (buildno, date, time)'; PyPy's second line is '[PyPy ...]'."""
    if sys_version is None:
        sys_version = sys.version
    if 'IronPython' in sys_version:
        name = 'IronPython'
    elif sys.platform.startswith('java'):
        name = 'Jython'
    elif 'PyPy' in sys_version:
        name = 'PyPy'
    else:
        name = 'CPython'
    first, _, second = sys_version.partition('\n')
    version = first.split(' ', 1)[0]
    buildno = builddate = ''
    open_paren = first.find('(')
    close_paren = first.find(')', open_paren + 1)
    if open_paren >= 0 and close_paren >= 0:
        parts = [p.strip() for p in first[open_paren + 1:close_paren].split(',')]
        if parts:
            buildno = parts[0].lstrip('#')
        if len(parts) > 1:
            builddate = parts[1]
        if len(parts) > 2 and name == 'CPython':
            builddate = builddate + ' ' + parts[2]
    compiler = ''
    if name == 'CPython':
        rest = sys_version[close_paren + 1:].strip() if close_paren >= 0 else ''
        if rest.startswith('[') and rest.endswith(']'):
            compiler = rest[1:-1]
    branch = revision = ''
    subversion = getattr(sys, 'subversion', None)
    if subversion and name == 'CPython':
        _, branch, revision = subversion
    parts = version.split('.')
    if len(parts) == 2:
        version = version + '.0'
    return name, version, branch, revision, buildno, builddate, compiler


def python_implementation():
    """'CPython', 'IronPython', 'Jython' or 'PyPy'."""
    return _sys_version()[0]


def python_version():
    """The Python version as 'major.minor.patchlevel'."""
    return _sys_version()[1]


def python_version_tuple():
    """The Python version as a tuple of three strings."""
    return tuple(_sys_version()[1].split('.'))


def python_branch():
    return _sys_version()[2]


def python_revision():
    return _sys_version()[3]


def python_build():
    """(buildno, builddate) of the interpreter."""
    return _sys_version()[4:6]


def python_compiler():
    """The compiler the interpreter was built with, if known."""
    return _sys_version()[6]


def uname():
    """(system, node, release, version, machine, processor)."""
    global _uname_cache
    if _uname_cache is not None:
        return _uname_cache
    try:
        system, node, release, version, machine = os.uname()
    except AttributeError:
        system = sys.platform
        node = release = version = machine = ''
    processor = ''
    _uname_cache = (system, node, release, version, machine, processor)
    return _uname_cache


def system():
    return uname()[0]


def node():
    return uname()[1]


def release():
    return uname()[2]


def version():
    return uname()[3]


def machine():
    return uname()[4]


def processor():
    return uname()[5]


def architecture(executable=sys.executable, bits='', linkage=''):
    """(bits, linkage) of the executable: ('64bit', 'ELF') here."""
    if not bits:
        bits = '64bit' if sys.maxsize > 2 ** 32 else '32bit'
    if not linkage:
        try:
            with open(executable, 'rb') as f:
                magic = f.read(4)
        except (IOError, OSError, TypeError):
            magic = ''
        if magic == '\x7fELF':
            linkage = 'ELF'
    return bits, linkage


def libc_ver(executable=sys.executable, lib='', version='', chunksize=16384):
    """(lib, version) of the C library the executable links against,
    found by scanning it for GLIBC_x.y symbol versions (the highest one)."""
    def as_tuple(v):
        return tuple(int(x) for x in v.split('.') if x.isdigit())
    try:
        f = open(executable, 'rb')
    except (IOError, OSError, TypeError):
        return lib, version
    try:
        data = f.read()
    finally:
        f.close()
    pos = data.find('GLIBC_')
    while pos >= 0:
        end = pos + 6
        while end < len(data) and (data[end].isdigit() or data[end] == '.'):
            end += 1
        found = data[pos + 6:end].strip('.')
        if found and found[0].isdigit():
            if lib != 'glibc' or as_tuple(found) > as_tuple(version):
                lib, version = 'glibc', found
        pos = data.find('GLIBC_', end)
    return lib, version


def _read_first_line(path):
    try:
        with open(path) as f:
            return f.readline().strip()
    except (IOError, OSError):
        return ''


def linux_distribution(distname='', version='', id='', supported_dists=None,
                       full_distribution_name=1):
    """(distname, version, id) from the /etc/*-release or *_version files."""
    try:
        names = sorted(os.listdir('/etc'))
    except OSError:
        return distname, version, id
    for name in names:
        for suffix in ('-release', '_version'):
            if name.endswith(suffix) and name not in ('lsb-release', 'os-release', 'system-release'):
                dist = name[:-len(suffix)]
                line = _read_first_line(os.path.join('/etc', name))
                if not line:
                    continue
                if dist == 'debian':
                    return 'debian', line, id
                words = line.split()
                ver = ''
                for w in words:
                    if w[:1].isdigit():
                        ver = w
                        break
                return dist, ver, id
    return distname, version, id


def dist(distname='', version='', id='', supported_dists=None):
    """Like linux_distribution() (deprecated in 2.7)."""
    return linux_distribution(distname, version, id, supported_dists)


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    return release, versioninfo, machine


def win32_ver(release='', version='', csd='', ptype=''):
    return release, version, csd, ptype


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    return release, vendor, vminfo, osinfo


def _platform(*args):
    """Join the non-empty parts with '-', made file-name safe."""
    text = '-'.join(x.strip() for x in filter(None, args))
    for c in ' /\\:;"()':
        text = text.replace(c, '_')
    while '--' in text:
        text = text.replace('--', '-')
    while text.endswith('-'):
        text = text[:-1]
    return text


def platform(aliased=0, terse=0):
    """A single string describing the platform, e.g.
    'Linux-6.1.0-x86_64-with-debian-12.11'."""
    system, node, release, version, machine, processor = uname()
    if system == 'Linux':
        distname, distversion, distid = dist('')
        if distname and not terse:
            return _platform(system, release, machine, processor, 'with',
                             distname, distversion, distid)
        libcname, libcversion = libc_ver(sys.executable)
        return _platform(system, release, machine, processor, 'with', libcname + libcversion)
    if terse:
        return _platform(system, release)
    bits, linkage = architecture(sys.executable)
    return _platform(system, release, machine, processor, bits, linkage)


def system_alias(system, release, version):
    return system, release, version


def popen(cmd, mode='r', bufsize=None):
    """Deprecated in 2.7: os.popen."""
    return os.popen(cmd, mode)
