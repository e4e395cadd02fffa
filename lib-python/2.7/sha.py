# The deprecated sha module: sha.new(s) and sha.sha(s) are hashlib.sha1.
import warnings
warnings.warn("the sha module is deprecated; use the hashlib module instead",
              DeprecationWarning, 2)

from hashlib import sha1 as sha
new = sha

blocksize = 1        # of the old interface: update() takes any length
digest_size = 20
digestsize = 20
