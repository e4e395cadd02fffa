"""Token numbers of the Python 2.7 grammar's terminals (the values of
Include/token.h), their names in tok_name, and tests on them."""

__all__ = ['tok_name', 'ISTERMINAL', 'ISNONTERMINAL', 'ISEOF']

_NAMES = ['ENDMARKER', 'NAME', 'NUMBER', 'STRING', 'NEWLINE', 'INDENT', 'DEDENT', 'LPAR', 'RPAR',
          'LSQB', 'RSQB', 'COLON', 'COMMA', 'SEMI', 'PLUS', 'MINUS', 'STAR', 'SLASH', 'VBAR', 'AMPER',
          'LESS', 'GREATER', 'EQUAL', 'DOT', 'PERCENT', 'BACKQUOTE', 'LBRACE', 'RBRACE', 'EQEQUAL',
          'NOTEQUAL', 'LESSEQUAL', 'GREATEREQUAL', 'TILDE', 'CIRCUMFLEX', 'LEFTSHIFT', 'RIGHTSHIFT',
          'DOUBLESTAR', 'PLUSEQUAL', 'MINEQUAL', 'STAREQUAL', 'SLASHEQUAL', 'PERCENTEQUAL',
          'AMPEREQUAL', 'VBAREQUAL', 'CIRCUMFLEXEQUAL', 'LEFTSHIFTEQUAL', 'RIGHTSHIFTEQUAL',
          'DOUBLESTAREQUAL', 'DOUBLESLASH', 'DOUBLESLASHEQUAL', 'AT', 'OP', 'ERRORTOKEN', 'N_TOKENS']

tok_name = {}
for _value, _name in enumerate(_NAMES):
    globals()[_name] = _value
    if _name != 'N_TOKENS':
        tok_name[_value] = _name
    __all__.append(_name)
del _value, _name

NT_OFFSET = 256
tok_name[NT_OFFSET] = 'NT_OFFSET'
__all__.append('NT_OFFSET')


def ISTERMINAL(x):
    """Token numbers below NT_OFFSET name terminals."""
    return x < NT_OFFSET


def ISNONTERMINAL(x):
    """Grammar symbols (nonterminals) are numbered from NT_OFFSET up."""
    return not ISTERMINAL(x)


def ISEOF(x):
    """True for the end-of-input marker."""
    return x == ENDMARKER
