# tokenize: every token kind, continuation lines, strings across lines,
# errors, untokenize round trips
import tokenize
import StringIO

source = '''#!/usr/bin/env python
# leading comment
x = 0xFFl + 0o17 + 0b101 + 1.5j + .5e+3 + 3e7 + 012L + 0 + 1e-2J
s = ur"raw\\\\" b'by' U'''  + "'''tri\\nple'''" + '''
t = """multi
line""" + 'cont\\
inued'
if x<>1 and x!=2 or x<=3 >= 4: y = `x` ; z = x << 2 >> 1 // 3
def f(a, (b, c)=(1, 2), *args, **kw):
\tpass

@decorator
class C(object): v = [1,
                       2]  # trailing
w **= 2; w //= 3; w >>= 1; w <<= 1; w ^= 1; w |= 1; w &= 1; w %= 1
e = $ ! ?
'''
for tok in tokenize.generate_tokens(StringIO.StringIO(source).readline):
    print tokenize.tok_name[tok[0]], repr(tok[1]), tok[2], tok[3]
print repr(tokenize.untokenize(tokenize.generate_tokens(StringIO.StringIO(source).readline)) == source)
print repr(tokenize.untokenize([(tokenize.NAME, 'if'), (tokenize.NAME, 'x'), (tokenize.OP, ':'),
                                (tokenize.NEWLINE, '\n'), (tokenize.INDENT, '  '),
                                (tokenize.STRING, "'a'"), (tokenize.STRING, "'b'"),
                                (tokenize.NEWLINE, '\n'), (tokenize.DEDENT, '')]))
for bad in ['(1,\n', 'x = "abc\\\n', "'''open\n", 'a\n  b\n c\n', 'y = "unterminated\n']:
    try:
        print [tokenize.tok_name[t[0]] for t in tokenize.generate_tokens(StringIO.StringIO(bad).readline)]
    except (tokenize.TokenError, IndentationError) as e:
        print type(e).__name__, e.args
lines = iter(['a = 1\n', 'b = 2'])
print [t[1] for t in tokenize.generate_tokens(lambda: next(lines))]
print tokenize.COMMENT, tokenize.NL, tokenize.N_TOKENS, tokenize.tok_name[tokenize.NL]
