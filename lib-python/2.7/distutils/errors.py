"""The exceptions distutils raises.

DistutilsError and its subclasses mean "something is wrong with the setup
script or the environment" (reported to the user without a traceback);
CCompilerError and its subclasses come from compiling and linking.
"""

__revision__ = "$Id$"


class DistutilsError(Exception):
    """Base of all distutils errors."""


class DistutilsModuleError(DistutilsError):
    """A command or compiler module cannot be loaded or lacks its class."""


class DistutilsClassError(DistutilsError):
    """A command class does not follow the command interface."""


class DistutilsGetoptError(DistutilsError):
    """Bad option table given to the option parser."""


class DistutilsArgError(DistutilsError):
    """Bad command-line arguments."""


class DistutilsFileError(DistutilsError):
    """A file cannot be found, read or written."""


class DistutilsOptionError(DistutilsError):
    """Bad or inconsistent option values."""


class DistutilsSetupError(DistutilsError):
    """Bad arguments to setup()."""


class DistutilsPlatformError(DistutilsError):
    """Something this platform does not support."""


class DistutilsExecError(DistutilsError):
    """An external program failed."""


class DistutilsInternalError(DistutilsError):
    """A bug in distutils itself."""


class DistutilsTemplateError(DistutilsError):
    """A syntax error in a MANIFEST.in-style template."""


class DistutilsByteCompileError(DistutilsError):
    """Byte-compiling is not possible."""


class CCompilerError(Exception):
    """Base of the compiler errors."""


class PreprocessError(CCompilerError):
    """The preprocessor failed."""


class CompileError(CCompilerError):
    """A compilation failed."""


class LibError(CCompilerError):
    """Creating a static library failed."""


class LinkError(CCompilerError):
    """Linking failed."""


class UnknownFileError(CCompilerError):
    """A source file of a kind no compiler handles."""
