"""The opcodes of CPython 2.7's bytecode (which our compiler emits too):
names, numbers and the groups dis uses to show their arguments."""

__all__ = ["cmp_op", "hasconst", "hasname", "hasjrel", "hasjabs", "haslocal", "hascompare", "hasfree",
           "opname", "opmap", "HAVE_ARGUMENT", "EXTENDED_ARG"]

cmp_op = ('<', '<=', '==', '!=', '>', '>=', 'in', 'not in', 'is', 'is not', 'exception match', 'BAD')

hasconst = []
hasname = []
hasjrel = []
hasjabs = []
haslocal = []
hascompare = []
hasfree = []

opmap = {}
opname = ['<%r>' % (op,) for op in range(256)]
del op

# (number, name, group the argument belongs to or None)
_OPCODES = [
    (0, 'STOP_CODE', None), (1, 'POP_TOP', None), (2, 'ROT_TWO', None), (3, 'ROT_THREE', None),
    (4, 'DUP_TOP', None), (5, 'ROT_FOUR', None), (9, 'NOP', None),
    (10, 'UNARY_POSITIVE', None), (11, 'UNARY_NEGATIVE', None), (12, 'UNARY_NOT', None),
    (13, 'UNARY_CONVERT', None), (15, 'UNARY_INVERT', None),
    (19, 'BINARY_POWER', None), (20, 'BINARY_MULTIPLY', None), (21, 'BINARY_DIVIDE', None),
    (22, 'BINARY_MODULO', None), (23, 'BINARY_ADD', None), (24, 'BINARY_SUBTRACT', None),
    (25, 'BINARY_SUBSCR', None), (26, 'BINARY_FLOOR_DIVIDE', None), (27, 'BINARY_TRUE_DIVIDE', None),
    (28, 'INPLACE_FLOOR_DIVIDE', None), (29, 'INPLACE_TRUE_DIVIDE', None),
    (30, 'SLICE+0', None), (31, 'SLICE+1', None), (32, 'SLICE+2', None), (33, 'SLICE+3', None),
    (40, 'STORE_SLICE+0', None), (41, 'STORE_SLICE+1', None), (42, 'STORE_SLICE+2', None),
    (43, 'STORE_SLICE+3', None),
    (50, 'DELETE_SLICE+0', None), (51, 'DELETE_SLICE+1', None), (52, 'DELETE_SLICE+2', None),
    (53, 'DELETE_SLICE+3', None),
    (54, 'STORE_MAP', None), (55, 'INPLACE_ADD', None), (56, 'INPLACE_SUBTRACT', None),
    (57, 'INPLACE_MULTIPLY', None), (58, 'INPLACE_DIVIDE', None), (59, 'INPLACE_MODULO', None),
    (60, 'STORE_SUBSCR', None), (61, 'DELETE_SUBSCR', None),
    (62, 'BINARY_LSHIFT', None), (63, 'BINARY_RSHIFT', None), (64, 'BINARY_AND', None),
    (65, 'BINARY_XOR', None), (66, 'BINARY_OR', None), (67, 'INPLACE_POWER', None),
    (68, 'GET_ITER', None), (70, 'PRINT_EXPR', None), (71, 'PRINT_ITEM', None),
    (72, 'PRINT_NEWLINE', None), (73, 'PRINT_ITEM_TO', None), (74, 'PRINT_NEWLINE_TO', None),
    (75, 'INPLACE_LSHIFT', None), (76, 'INPLACE_RSHIFT', None), (77, 'INPLACE_AND', None),
    (78, 'INPLACE_XOR', None), (79, 'INPLACE_OR', None), (80, 'BREAK_LOOP', None),
    (81, 'WITH_CLEANUP', None), (82, 'LOAD_LOCALS', None), (83, 'RETURN_VALUE', None),
    (84, 'IMPORT_STAR', None), (85, 'EXEC_STMT', None), (86, 'YIELD_VALUE', None),
    (87, 'POP_BLOCK', None), (88, 'END_FINALLY', None), (89, 'BUILD_CLASS', None),
    # from here on opcodes take an argument
    (90, 'STORE_NAME', hasname), (91, 'DELETE_NAME', hasname), (92, 'UNPACK_SEQUENCE', None),
    (93, 'FOR_ITER', hasjrel), (94, 'LIST_APPEND', None), (95, 'STORE_ATTR', hasname),
    (96, 'DELETE_ATTR', hasname), (97, 'STORE_GLOBAL', hasname), (98, 'DELETE_GLOBAL', hasname),
    (99, 'DUP_TOPX', None), (100, 'LOAD_CONST', hasconst), (101, 'LOAD_NAME', hasname),
    (102, 'BUILD_TUPLE', None), (103, 'BUILD_LIST', None), (104, 'BUILD_SET', None),
    (105, 'BUILD_MAP', None), (106, 'LOAD_ATTR', hasname), (107, 'COMPARE_OP', hascompare),
    (108, 'IMPORT_NAME', hasname), (109, 'IMPORT_FROM', hasname), (110, 'JUMP_FORWARD', hasjrel),
    (111, 'JUMP_IF_FALSE_OR_POP', hasjabs), (112, 'JUMP_IF_TRUE_OR_POP', hasjabs),
    (113, 'JUMP_ABSOLUTE', hasjabs), (114, 'POP_JUMP_IF_FALSE', hasjabs),
    (115, 'POP_JUMP_IF_TRUE', hasjabs), (116, 'LOAD_GLOBAL', hasname),
    (119, 'CONTINUE_LOOP', hasjabs), (120, 'SETUP_LOOP', hasjrel), (121, 'SETUP_EXCEPT', hasjrel),
    (122, 'SETUP_FINALLY', hasjrel), (124, 'LOAD_FAST', haslocal), (125, 'STORE_FAST', haslocal),
    (126, 'DELETE_FAST', haslocal), (130, 'RAISE_VARARGS', None), (131, 'CALL_FUNCTION', None),
    (132, 'MAKE_FUNCTION', None), (133, 'BUILD_SLICE', None), (134, 'MAKE_CLOSURE', None),
    (135, 'LOAD_CLOSURE', hasfree), (136, 'LOAD_DEREF', hasfree), (137, 'STORE_DEREF', hasfree),
    (140, 'CALL_FUNCTION_VAR', None), (141, 'CALL_FUNCTION_KW', None),
    (142, 'CALL_FUNCTION_VAR_KW', None), (143, 'SETUP_WITH', hasjrel), (145, 'EXTENDED_ARG', None),
    (146, 'SET_ADD', None), (147, 'MAP_ADD', None),
]

for _op, _name, _group in _OPCODES:
    opname[_op] = _name
    opmap[_name] = _op
    if _group is not None:
        _group.append(_op)
del _op, _name, _group, _OPCODES

HAVE_ARGUMENT = 90
EXTENDED_ARG = 145
