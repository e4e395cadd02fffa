import symbol, token
print symbol.single_input, symbol.file_input, symbol.funcdef, symbol.yield_expr
print len(symbol.sym_name), min(symbol.sym_name), max(symbol.sym_name)
print sorted(symbol.sym_name.items())[:5]
print all(getattr(symbol, n) == v for v, n in symbol.sym_name.items())
print symbol.sym_name[symbol.testlist_comp], symbol.sym_name[symbol.with_item]
