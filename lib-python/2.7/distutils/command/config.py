"""config: probe the C build environment (headers, functions, libraries)
by compiling and linking small test programs, like a tiny autoconf."""
import os
import re

from distutils import log
from distutils.cmd import set_option_defaults
from distutils.core import Command
from distutils.errors import DistutilsExecError
from distutils.sysconfig import customize_compiler

__revision__ = "$Id$"

LANG_EXT = {'c': '.c', 'c++': '.cxx'}


class config(Command):

    description = "prepare to build"

    user_options = [
        ('compiler=', None, "specify the compiler type"),
        ('cc=', None, "specify the compiler executable"),
        ('include-dirs=', 'I', "list of directories to search for header files"),
        ('define=', 'D', "C preprocessor macros to define"),
        ('undef=', 'U', "C preprocessor macros to undefine"),
        ('libraries=', 'l', "external C libraries to link with"),
        ('library-dirs=', 'L', "directories to search for external C libraries"),
        ('noisy', None, "show every action (compile, link, run, ...) taken"),
        ('dump-source', None, "dump generated source files before attempting to compile them"),
    ]

    def initialize_options(self):
        set_option_defaults(self, compiler=None, cc=None, include_dirs=None,
                            libraries=None, library_dirs=None, noisy=1, dump_source=1,
                            temp_files=[])

    def finalize_options(self):
        # list options may arrive as strings from the command line
        include_dirs = self.include_dirs
        if include_dirs is None:
            include_dirs = self.distribution.include_dirs or []
        libraries, library_dirs = self.libraries or [], self.library_dirs or []
        if isinstance(include_dirs, str):
            include_dirs = include_dirs.split(os.pathsep)
        if isinstance(libraries, str):
            libraries = [libraries]
        if isinstance(library_dirs, str):
            library_dirs = library_dirs.split(os.pathsep)
        self.include_dirs, self.libraries, self.library_dirs = \
            include_dirs, libraries, library_dirs

    def run(self):
        pass

    # -- helpers -------------------------------------------------------

    def _check_compiler(self):
        """Replace the compiler name (or None) by a configured compiler."""
        from distutils.ccompiler import CCompiler, new_compiler
        if isinstance(self.compiler, CCompiler):
            return
        compiler = new_compiler(compiler=self.compiler, dry_run=self.dry_run, force=1)
        customize_compiler(compiler)
        for setter, value in ((compiler.set_include_dirs, self.include_dirs),
                              (compiler.set_libraries, self.libraries),
                              (compiler.set_library_dirs, self.library_dirs)):
            if value:
                setter(value)
        self.compiler = compiler

    def _gen_temp_sourcefile(self, body, headers, lang):
        filename = "_configtest" + LANG_EXT[lang]
        f = open(filename, "w")
        try:
            for header in headers or []:
                f.write("#include <%s>\n" % header)
            if headers:
                f.write("\n")
            f.write(body)
            if body[-1] != "\n":
                f.write("\n")
        finally:
            f.close()
        return filename

    def _preprocess(self, body, headers, include_dirs, lang):
        source = self._gen_temp_sourcefile(body, headers, lang)
        output = "_configtest.i"
        self.temp_files += [source, output]
        self.compiler.preprocess(source, output, include_dirs=include_dirs)
        return source, output

    def _compile(self, body, headers, include_dirs, lang):
        src = self._gen_temp_sourcefile(body, headers, lang)
        if self.dump_source:
            dump_file(src, "compiling '%s':" % src)
        obj = self.compiler.object_filenames([src])[0]
        self.temp_files.extend([src, obj])
        self.compiler.compile([src], include_dirs=include_dirs)
        return src, obj

    def _link(self, body, headers, include_dirs, libraries, library_dirs, lang):
        src, obj = self._compile(body, headers, include_dirs, lang)
        prog = os.path.splitext(os.path.basename(src))[0]
        self.compiler.link_executable([obj], prog, libraries=libraries,
                                      library_dirs=library_dirs, target_lang=lang)
        if self.compiler.exe_extension is not None:
            prog = prog + self.compiler.exe_extension
        self.temp_files.append(prog)
        return src, obj, prog

    def _clean(self, *filenames):
        """Remove the given files, by default the temporary ones made so far."""
        names = list(filenames)
        if not names:
            names, self.temp_files = self.temp_files, []
        log.info("removing: %s", ' '.join(names))
        for name in names:
            if os.path.exists(name):
                os.remove(name)

    def _attempt(self, action):
        from distutils.ccompiler import CompileError, LinkError
        self._check_compiler()
        try:
            action()
            ok = 1
        except (CompileError, LinkError, DistutilsExecError):
            ok = 0
        self._clean()
        return ok

    # -- the checks ------------------------------------------------------

    def try_cpp(self, body=None, headers=None, include_dirs=None, lang="c"):
        """Whether the program preprocesses without error."""
        return self._attempt(lambda: self._preprocess(body, headers, include_dirs, lang))

    def search_cpp(self, pattern, body=None, headers=None, include_dirs=None, lang="c"):
        """Whether the preprocessed program has a line matching pattern."""
        self._check_compiler()
        src, out = self._preprocess(body, headers, include_dirs, lang)
        if isinstance(pattern, str):
            pattern = re.compile(pattern)
        f = open(out)
        match = 0
        try:
            for line in f:
                if pattern.search(line):
                    match = 1
                    break
        finally:
            f.close()
        self._clean()
        return match

    def try_compile(self, body, headers=None, include_dirs=None, lang="c"):
        ok = self._attempt(lambda: self._compile(body, headers, include_dirs, lang))
        log.info(ok and "success!" or "failure.")
        return ok

    def try_link(self, body, headers=None, include_dirs=None, libraries=None,
                 library_dirs=None, lang="c"):
        ok = self._attempt(lambda: self._link(body, headers, include_dirs, libraries,
                                              library_dirs, lang))
        log.info(ok and "success!" or "failure.")
        return ok

    def try_run(self, body, headers=None, include_dirs=None, libraries=None,
                library_dirs=None, lang="c"):
        def build_and_run():
            src, obj, exe = self._link(body, headers, include_dirs, libraries,
                                       library_dirs, lang)
            self.spawn([exe])
        ok = self._attempt(build_and_run)
        log.info(ok and "success!" or "failure.")
        return ok

    def check_func(self, func, headers=None, include_dirs=None, libraries=None,
                   library_dirs=None, decl=0, call=0):
        """Whether func can be linked (optionally declared and called)."""
        self._check_compiler()
        use = "  %s();" % func if call else "  %s;" % func
        lines = (["int %s ();" % func] if decl else []) + ["int main () {", use, "}"]
        return self.try_link("\n".join(lines) + "\n", headers, include_dirs,
                             libraries, library_dirs)

    def check_lib(self, library, library_dirs=None, headers=None, include_dirs=None,
                  other_libraries=[]):
        self._check_compiler()
        return self.try_link("int main (void) { }", headers, include_dirs,
                             [library] + other_libraries, library_dirs)

    def check_header(self, header, include_dirs=None, library_dirs=None, lang="c"):
        return self.try_cpp(body="/* No body */", headers=[header], include_dirs=include_dirs)


def dump_file(filename, head=None):
    """Log the contents of a file (under a heading)."""
    if head is None:
        log.info('%s' % filename)
    else:
        log.info(head)
    f = open(filename)
    try:
        log.info(f.read())
    finally:
        f.close()
