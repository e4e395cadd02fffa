"""Extension: the description of one C/C++ extension module for the
build_ext command, plus a reader for the old Setup-file format."""
import os
import sys
import warnings

__revision__ = "$Id$"


class Extension:
    """A C/C++ extension: its dotted module name, source files and the
    compiler/linker settings to build it with."""

    def __init__(self, name, sources, include_dirs=None, define_macros=None,
                 undef_macros=None, library_dirs=None, libraries=None,
                 runtime_library_dirs=None, extra_objects=None,
                 extra_compile_args=None, extra_link_args=None,
                 export_symbols=None, swig_opts=None, depends=None,
                 language=None, **kw):
        assert isinstance(name, str), "'name' must be a string"
        assert (isinstance(sources, list) and
                all(isinstance(s, str) for s in sources)), \
            "'sources' must be a list of strings"
        self.name = name
        self.sources = sources
        self.language = language
        # every list option defaults to a fresh empty list
        lists = (('include_dirs', include_dirs), ('define_macros', define_macros),
                 ('undef_macros', undef_macros), ('library_dirs', library_dirs),
                 ('libraries', libraries), ('runtime_library_dirs', runtime_library_dirs),
                 ('extra_objects', extra_objects), ('extra_compile_args', extra_compile_args),
                 ('extra_link_args', extra_link_args), ('export_symbols', export_symbols),
                 ('swig_opts', swig_opts), ('depends', depends))
        for attr, value in lists:
            setattr(self, attr, value or [])
        if kw:
            names = sorted(repr(k) for k in kw)
            warnings.warn("Unknown Extension options: " + ', '.join(names))


def read_setup_file(filename):
    """Extensions described in a Setup-format file: one per line,
    'name sources... -Iinc -Ddef -Llib -lname ...'."""
    from distutils.sysconfig import parse_makefile, expand_makefile_vars, _variable_rx
    from distutils.text_file import TextFile
    from distutils.util import split_quoted

    variables = parse_makefile(filename)
    reader = TextFile(filename, strip_comments=1, skip_blanks=1, join_lines=1,
                      lstrip_ws=1, rstrip_ws=1)
    extensions = []
    try:
        while 1:
            line = reader.readline()
            if line is None:
                break
            if _variable_rx.match(line):
                continue
            if line[0] == line[-1] == "*":
                reader.warn("'%s' lines not handled yet" % line)
                continue
            words = split_quoted(expand_makefile_vars(line, variables))
            ext = Extension(words[0], [])
            pending = None
            for word in words[1:]:
                if pending is not None:
                    pending.append(word)
                    pending = None
                    continue
                suffix = os.path.splitext(word)[1]
                flag, value = word[:2], word[2:]
                if suffix in (".c", ".cc", ".cpp", ".cxx", ".c++", ".m", ".mm"):
                    ext.sources.append(word)
                elif flag == "-I":
                    ext.include_dirs.append(value)
                elif flag == "-D":
                    if '=' in value:
                        ext.define_macros.append(tuple(value.split('=', 1)))
                    else:
                        ext.define_macros.append((value, None))
                elif flag == "-U":
                    ext.undef_macros.append(value)
                elif flag == "-C":
                    ext.extra_compile_args.append(word)
                elif flag == "-l":
                    ext.libraries.append(value)
                elif flag == "-L":
                    ext.library_dirs.append(value)
                elif flag == "-R":
                    ext.runtime_library_dirs.append(value)
                elif word == "-rpath":
                    pending = ext.runtime_library_dirs
                elif word == "-Xlinker":
                    pending = ext.extra_link_args
                elif word == "-Xcompiler":
                    pending = ext.extra_compile_args
                elif flag == "-u":
                    ext.extra_link_args.append(word)
                    if not value:
                        pending = ext.extra_link_args
                elif suffix in (".a", ".so", ".sl", ".o", ".dylib"):
                    ext.extra_objects.append(word)
                else:
                    reader.warn("unrecognized argument '%s'" % word)
            extensions.append(ext)
    finally:
        reader.close()
    return extensions
