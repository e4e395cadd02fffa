"""The compiler's entry points: AST or source text to a ``CodeObj``."""
from typing import Optional

from pypy27.interpreter.astcompiler import ast
from pypy27.interpreter.astcompiler.codegen_stmt import CodeGenerator
from pypy27.interpreter.astcompiler.future import parse_future
from pypy27.interpreter.astcompiler.misc import WarningSink
from pypy27.interpreter.astcompiler.options import options
from pypy27.interpreter.astcompiler.pycode import CO_FUTURE_DIVISION, CO_FUTURE_MASK, CodeObj
from pypy27.interpreter.astcompiler.symtable import build_symtable


def compile_ast(tree: ast.mod, filename: str, mode: str, flags: int,
                warnings: Optional[WarningSink] = None) -> CodeObj:
    """Compile a parsed module.  ``mode`` ("exec", "eval", "single") only
    documents the kind of tree; ``flags`` are compile()'s flags, of which
    the future features are kept.  SyntaxWarnings go to ``warnings``."""
    sink = warnings if warnings is not None else WarningSink()
    future = parse_future(tree, filename)
    flags = (flags | future.flags) & CO_FUTURE_MASK
    if options.division_new:        # -Qnew: true division everywhere
        flags |= CO_FUTURE_DIVISION
    symtable = build_symtable(tree, filename, sink)
    gen = CodeGenerator(filename, flags, symtable, sink, future.lineno)
    return gen.compile_mod(tree)


def compile_source(source: str, filename: str, mode: str, flags: int,
                   warnings: Optional[WarningSink] = None) -> CodeObj:
    """Parse and compile; errors are raised as SyntaxErr."""
    from pypy27.interpreter.pyparser.parser import parse
    tree = parse(source, filename, mode, flags)
    return compile_ast(tree, filename, mode, flags, warnings)
