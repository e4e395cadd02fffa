"""struct stat as the x86-64 Linux ABI lays it out (the only target), and the
stat calls: one definition for every module that reads file metadata
(posix's stat_result, the importer's .pyc checks)."""
from pypy27.support.ffi import external

STAT_SIZE = 144
OFS_DEV = 0
OFS_INO = 8
OFS_NLINK = 16
OFS_MODE = 24       # 32 bits
OFS_UID = 28
OFS_GID = 32
OFS_RDEV = 40
OFS_SIZE = 48
OFS_BLKSIZE = 56
OFS_BLOCKS = 64
OFS_ATIM = 72       # struct timespec: seconds, then nanoseconds
OFS_MTIM = 88
OFS_CTIM = 104

S_IFMT = 0o170000
S_IFDIR = 0o040000
S_IFREG = 0o100000

c_stat = external("stat", ["char*", "void*"], "int", header="<sys/stat.h>")
c_lstat = external("lstat", ["char*", "void*"], "int", header="<sys/stat.h>")
c_fstat = external("fstat", ["int", "void*"], "int", header="<sys/stat.h>")
