import os, sys, stat, tempfile, shutil
root = tempfile.mkdtemp()
log = os.path.join(root, 'log')
script = os.path.join(root, 'fakebrowser')
with open(script, 'w') as f:
    f.write('#!/bin/sh\necho "$@" >> %s\n' % log)
os.chmod(script, 0755)
os.environ['PATH'] = root + os.pathsep + os.environ.get('PATH', '')
os.environ.pop('DISPLAY', None)
os.environ.pop('TERM', None)
os.environ['BROWSER'] = 'fakebrowser' + os.pathsep + 'nosuchbrowser %s --flag'
import webbrowser
print webbrowser._tryorder
b = webbrowser.get()
print type(b).__name__, b.name, b.args, b.basename
print webbrowser.open('http://example.org/a b'), webbrowser.open_new('http://x/1'), webbrowser.open_new_tab('http://x/2')
print open(log).read().splitlines()
g = webbrowser.get('fakebrowser %s --new')
print type(g).__name__, g.name, g.args, g.open('u1')
bg = webbrowser.get('fakebrowser %s &')
print type(bg).__name__, bg.args
webbrowser.register('mine', webbrowser.GenericBrowser, None, 0)
try:
    webbrowser.get('mine')
except TypeError as e:
    print 'TypeError'
webbrowser.register('other', None, webbrowser.GenericBrowser(['fakebrowser', '-x', '%s']), -1)
print webbrowser._tryorder[0], webbrowser.get('OTHER').open('u2')
try:
    webbrowser.get('definitely-not-a-browser')
except webbrowser.Error as e:
    print e
print webbrowser.GenericBrowser('/no/such/browser').open('x')
try:
    webbrowser.UnixBrowser().open('x', 5)
except webbrowser.Error as e:
    print e
try:
    webbrowser.BaseBrowser('n').open('x')
except NotImplementedError:
    print 'NotImplementedError'
print open(log).read().splitlines()[-2:]
print webbrowser.Mozilla.remote_args, webbrowser.Chrome.remote_action_newwin, webbrowser.Netscape is webbrowser.Mozilla
shutil.rmtree(root)
