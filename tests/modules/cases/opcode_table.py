# opcode: the 2.7 opcode numbers, names and argument groups
import opcode
print opcode.opname[:12], len(opcode.opname)
print sorted(opcode.opmap.items())
for name in ['hasconst','hasname','hasjrel','hasjabs','haslocal','hascompare','hasfree']: print name, getattr(opcode,name)
print sorted(n for n in dir(opcode) if not n.startswith('__'))
