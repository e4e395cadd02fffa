import commands
print commands.getstatusoutput('echo hello; echo err 1>&2')
print commands.getstatusoutput('exit 3')
print commands.getoutput('printf "a\\nb\\n\\n"')
print repr(commands.mkarg("plain")), repr(commands.mkarg("it's $x"))
st, out = commands.getstatusoutput('echo x; false')
print st >> 8, out
