# statvfs, getloadavg, device numbers (stable facts only)
import os

v = os.statvfs('.')
print type(v).__name__, len(v), v.f_bsize > 0, v.f_blocks >= v.f_bfree >= 0, v[0] == v.f_bsize
print v.f_namemax > 0, v.f_frsize > 0
w = os.fstatvfs(os.open('.', os.O_RDONLY))
print w.f_bsize == v.f_bsize, w.f_blocks == v.f_blocks
try:
    os.statvfs('/nonexistent')
except OSError as e:
    print e
la = os.getloadavg()
print len(la), all(isinstance(x, float) and x >= 0 for x in la)
for dev in [0, 0x0801, 0x10305, 0xfe00, 0x123456789]:
    print dev, os.major(dev), os.minor(dev), os.makedev(os.major(dev), os.minor(dev)) == dev
print os.makedev(8, 1), os.makedev(259, 65536)
print repr(os.statvfs_result((1, 2, 3, 4, 5, 6, 7, 8, 9, 10)))
