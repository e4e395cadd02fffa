# getres[ug]id, ctermid, wait3/wait4 (stable facts only)
import os
import sys

print os.getresuid() == (os.getuid(), os.geteuid(), os.geteuid()) or len(os.getresuid()) == 3
print len(os.getresgid()), os.getresgid()[0] == os.getgid()
print os.ctermid()
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    os._exit(3)
wpid, status, usage = os.wait4(pid, 0)
print wpid == pid, os.WEXITSTATUS(status), type(usage).__name__, len(usage), usage.ru_utime >= 0
pid = os.fork()
if pid == 0:
    os._exit(4)
wpid, status, usage = os.wait3(0)
print wpid == pid, os.WEXITSTATUS(status), usage.ru_maxrss >= 0
try:
    os.wait3(0)
except OSError as e:
    print e
try:
    os.tcgetpgrp(-1)
except OSError as e:
    print e
os.setreuid(-1, -1)
os.setregid(-1, -1)
print 'ok'
