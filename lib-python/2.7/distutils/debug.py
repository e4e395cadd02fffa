import os

__revision__ = "$Id$"

# set DISTUTILS_DEBUG to get tracebacks and command details
DEBUG = os.environ.get('DISTUTILS_DEBUG')
