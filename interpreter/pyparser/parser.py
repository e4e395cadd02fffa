"""Entry point of the Python 2.7 parser: source bytes to AST."""
from pypy27.interpreter.astcompiler import ast
from pypy27.interpreter.pyparser import consts, encoding, tokenizer
from pypy27.interpreter.pyparser.parse_stmt import StmtParser


def parse(source: str, filename: str, mode: str, flags: int) -> ast.mod:
    """Parse source (a byte string) in mode 'exec', 'eval' or 'single'.

    flags holds CO_FUTURE_* bits already in effect and PyCF_* bits (see
    consts.py).  Raises SyntaxErr (or a subclass) like 2.7 would.
    """
    text, enc = encoding.detect_encoding(source, filename, flags)
    if text.find("\r") >= 0:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if mode == "exec" and not text.endswith("\n"):
        text = text + "\n"  # 2.7 adds the missing final newline of exec input
    toks = tokenizer.tokenize(text, filename,
                              (flags & consts.PyCF_TABTAB) != 0,
                              (flags & consts.PyCF_DONT_IMPLY_DEDENT) != 0)
    p = StmtParser(text, filename, toks, flags, enc)
    if mode == "exec":
        tree = p.parse_file_input()
        if p.late_unicode_literals and p.pending is None:
            # 2.7 applies unicode_literals to the whole file, so a docstring
            # before the future import is unicode too: parse again with it
            p = StmtParser(text, filename, toks,
                           flags | consts.CO_FUTURE_UNICODE_LITERALS, enc)
            tree = p.parse_file_input()
    elif mode == "eval":
        tree = p.parse_eval_input()
    elif mode == "single":
        tree = p.parse_single_input()
    else:
        raise ValueError("compile() arg 3 must be 'exec', 'eval' or 'single'")
    if p.pending is not None:
        raise p.pending
    return tree
