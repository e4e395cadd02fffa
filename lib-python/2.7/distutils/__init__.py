"""distutils: building and installing Python modules (the parts of 2.7's
package that tools such as setuptools and pip use).
"""
import sys

__revision__ = "$Id$"

# the version of the Python distribution this distutils came with
__version__ = sys.version.split()[0]
