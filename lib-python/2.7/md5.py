# The deprecated md5 module: md5.new(s) and md5.md5(s) are hashlib.md5.
import warnings
warnings.warn("the md5 module is deprecated; use hashlib instead",
              DeprecationWarning, 2)

from hashlib import md5
new = md5

blocksize = 1        # of the old interface: update() takes any length
digest_size = 16
