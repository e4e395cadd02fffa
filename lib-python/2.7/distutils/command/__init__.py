"""The standard distutils commands, one module per command (these are
the ones --help-commands lists)."""

__revision__ = "$Id$"

__all__ = ("build build_py build_ext build_clib build_scripts clean install "
           "install_lib install_headers install_scripts install_data sdist "
           "register bdist bdist_dumb upload check").split()
