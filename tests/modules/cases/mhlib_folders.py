import warnings
warnings.simplefilter('ignore')
import mhlib, os, tempfile, shutil
root = tempfile.mkdtemp()
mail = os.path.join(root, 'Mail')
os.mkdir(mail)
profile = os.path.join(root, 'profile')
with open(profile, 'w') as f:
    f.write('Path: %s\nEditor: vi\n  continued\n' % mail)
mh = mhlib.MH(profile=profile)
print mh.getpath() == mail, repr(mh.getprofile('editor')), mh.getcontext()
mh.setcontext('work')
print mh.getcontext()
for name in ('inbox', 'work', 'work/sub'):
    mh.makefolder(name)
print mh.listfolders(), mh.listallfolders(), mh.listsubfolders('work')
inbox = mh.openfolder('inbox')
for n in (1, 2, 3, 5, 8):
    with open(inbox.getmessagefilename(n), 'w') as f:
        f.write('From: a@b\nSubject: message %d\nContent-Type: text/plain\n\nbody %d\n' % (n, n))
print inbox.listmessages(), inbox.getlast()
inbox.setcurrent(3)
inbox.putsequences({'cur': [3], 'unseen': [1, 2, 3, 8], 'flagged': [5]})
print sorted(inbox.getsequences().items())
for seq in ('all', 'first', 'last', 'cur', '.', 'next', 'prev', '2-5', '3:2', '3:-2', 'last:2', 'unseen', 'unseen:2', 'unseen:-1', '5'):
    print seq, inbox.parsesequence(seq)
for bad in ('4', 'nosuch', '9-12', 'x:y'):
    try:
        inbox.parsesequence(bad)
    except mhlib.Error as e:
        print 'Error', e
m = inbox.openmessage(2)
print m.getheader('subject'), repr(m.getbodytext()), repr(m.getheadertext(lambda h: h == 'subject'))
work = mh.openfolder('work')
inbox.refilemessages([1, 2], work, keepsequences=1)
print inbox.listmessages(), work.listmessages(), work.getsequences()
inbox.removemessages([8])
print inbox.listmessages(), sorted(inbox.getsequences().items())
inbox.copymessage(3, work, 10)
inbox.movemessage(5, work, 11)
print inbox.listmessages(), work.listmessages()
s = mhlib.IntSet('1-3,7,5', ',')
s.append(4); s.append(9); s.addpair(10, 12)
print s, s.tolist(), s.min(), s.max(), s.contains(6), s == mhlib.IntSet('1-5,7,9-12')
try:
    mhlib.IntSet('3-1')
except ValueError as e:
    print e
try:
    mh.openfolder('nope')
except mhlib.Error as e:
    print e
try:
    mhlib.MH(os.path.join(root, 'missing'), profile)
except mhlib.Error as e:
    print e
shutil.rmtree(root)
