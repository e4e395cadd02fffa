"""Numbers of the non-terminal symbols of Python 2.7's grammar, as used
in the parse trees of the parser module (terminals are in `token`)."""

# In grammar order; numbering starts at 256, just past the token numbers.
_GRAMMAR_ORDER = """
single_input file_input eval_input decorator decorators decorated funcdef
parameters varargslist fpdef fplist stmt simple_stmt small_stmt expr_stmt
augassign print_stmt del_stmt pass_stmt flow_stmt break_stmt continue_stmt
return_stmt yield_stmt raise_stmt import_stmt import_name import_from
import_as_name dotted_as_name import_as_names dotted_as_names dotted_name
global_stmt exec_stmt assert_stmt compound_stmt if_stmt while_stmt for_stmt
try_stmt with_stmt with_item except_clause suite testlist_safe old_test
old_lambdef test or_test and_test not_test comparison comp_op expr xor_expr
and_expr shift_expr arith_expr term factor power atom listmaker testlist_comp
lambdef trailer subscriptlist subscript sliceop exprlist testlist
dictorsetmaker classdef arglist argument list_iter list_for list_if comp_iter
comp_for comp_if testlist1 encoding_decl yield_expr
""".split()

sym_name = {}
for _value, _name in enumerate(_GRAMMAR_ORDER, 256):
    globals()[_name] = _value
    sym_name[_value] = _name
del _GRAMMAR_ORDER


def main():
    # symbol.py regenerated itself from Grammar/Grammar with this; the
    # table above is fixed for 2.7, so there is nothing to regenerate
    print "symbol: the 2.7 grammar has %d non-terminals" % len(sym_name)


if __name__ == "__main__":
    main()
