# pwd and grp: root is uid/gid 0 everywhere we run
import pwd
import grp
import os

e = pwd.getpwuid(0)
print e.pw_name, e.pw_uid, e.pw_gid, e[0], e[2], len(e)
print pwd.getpwnam('root') == e, type(e.pw_dir), e.pw_dir.startswith('/')
print isinstance(pwd.getpwall(), list), 'root' in [x.pw_name for x in pwd.getpwall()]
name, passwd, uid, gid, gecos, home, shell = e
print name, uid
for bad in [999999, -1]:
    try:
        pwd.getpwuid(bad)
    except KeyError as ex:
        print 'KeyError', ex
try:
    pwd.getpwnam('no_such_user_zz')
except KeyError as ex:
    print 'KeyError', ex
try:
    pwd.getpwnam(5)
except TypeError as ex:
    print 'TypeError', ex
g = grp.getgrgid(0)
print g.gr_name, g.gr_gid, type(g.gr_mem), g[0], len(g)
print grp.getgrnam('root') == g, isinstance(grp.getgrall(), list)
try:
    grp.getgrgid(999999)
except KeyError as ex:
    print 'KeyError', ex
try:
    grp.getgrnam('no_such_group_zz')
except KeyError as ex:
    print 'KeyError', ex
print os.path.expanduser('~root')
