# the bz2 codec (alias bz2): str to bz2-compressed str and back; bad data is
# bz2's IOError
import codecs
data = 'hello world ' * 10
packed = data.encode('bz2_codec')
print packed[:4], packed.decode('bz2') == data, codecs.lookup('bz2').name
print u'abc'.encode('bz2').decode('bz2_codec')
for bad in ['\xff', '', packed[:20], 'BZh9']:
    try:
        print repr(bad.decode('bz2_codec'))
    except Exception as e:
        print repr(bad[:8]), type(e).__name__, e
