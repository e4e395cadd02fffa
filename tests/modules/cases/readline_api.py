# The readline module's API without a terminal: history list and files,
# completer settings, argument errors.
import os
import readline
import tempfile

print repr(readline.get_completer_delims())
print readline.get_history_length(), readline.get_completion_type()
print readline.get_begidx(), readline.get_endidx(), repr(readline.get_line_buffer())
print isinstance(readline._READLINE_VERSION, int)
try:
    readline.read_history_file('/nonexistent/dir/h')
except IOError as e:
    print "IOError", e.errno, e
try:
    readline.set_completer(1)
except TypeError as e:
    print "TypeError", e
for fn in (readline.set_startup_hook, readline.set_pre_input_hook,
           readline.set_completion_display_matches_hook):
    try:
        fn(5)
    except TypeError as e:
        print "TypeError", e
    fn(len)
    fn()
try:
    readline.parse_and_bind(1)
except TypeError as e:
    print "TypeError", e
try:
    readline.add_history()
except TypeError as e:
    print "TypeError", e

readline.clear_history()
print readline.get_history_item(0), readline.get_current_history_length()
readline.add_history('a')
readline.add_history('b')
readline.add_history('b')
print readline.get_current_history_length(), readline.get_history_item(1), readline.get_history_item(3)
readline.replace_history_item(0, 'z')
print readline.get_history_item(1)
readline.remove_history_item(0)
print readline.get_history_item(1), readline.get_current_history_length()
for bad in (-1, 7):
    for call in (lambda: readline.remove_history_item(bad),
                 lambda: readline.replace_history_item(bad, 'x')):
        try:
            call()
        except ValueError as e:
            print "ValueError", e

d = tempfile.mkdtemp()
path = os.path.join(d, 'hist')
readline.clear_history()
for i in range(5):
    readline.add_history('line%d' % i)
readline.write_history_file(path)
print open(path).read().split()
readline.clear_history()
readline.read_history_file(path)
print readline.get_current_history_length(), readline.get_history_item(5)
readline.set_history_length(-1)
print readline.get_history_length()
os.remove(path)
os.rmdir(d)

readline.set_completer_delims(' .(')
print repr(readline.get_completer_delims())
def comp(text, state):
    return None
readline.set_completer(comp)
print readline.get_completer() is comp
readline.set_completer()
print readline.get_completer()
readline.parse_and_bind('tab: complete')
readline.parse_and_bind('set bell-style none')
