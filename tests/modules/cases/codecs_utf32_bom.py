# utf-32 codec: BOM handling in one-shot, incremental and stream use; no BOM is refused incrementally
import codecs, StringIO
data_le = u'ab\U0001f600'.encode('utf-32-le'); data_be = u'ab\U0001f600'.encode('utf-32-be')
bom = u'ab\U0001f600'.encode('utf-32')
print repr(bom[:4]), repr(u'x'.encode('utf-32')), repr(codecs.lookup('utf-32').name), repr(codecs.lookup('UTF32').name)
for d in [bom, codecs.BOM_UTF32_BE + data_be, data_le, data_be[:5], '', 'abc']:
    try: print repr(d.decode('utf-32'))
    except Exception as e: print type(e).__name__, e
    for step in (1, 3, 4, 5):
        dec = codecs.getincrementaldecoder('utf-32')()
        out = []
        try:
            for i in range(0, len(d), step): out.append(dec.decode(d[i:i + step]))
            out.append(dec.decode('', True)); print step, repr(u''.join(out)), repr(out[:3])
        except Exception as e: print step, type(e).__name__, e
    try:
        r = codecs.getreader('utf-32')(StringIO.StringIO(d)); print repr(r.read(1)), repr(r.read())
    except Exception as e: print type(e).__name__, e
enc = codecs.getincrementalencoder('utf-32')()
print enc.getstate(), repr(enc.encode(u'a')), enc.getstate(), repr(enc.encode(u'b')), enc.reset(), repr(enc.encode(u'c'))
enc.setstate(0); print repr(enc.encode(u'd')); enc.setstate(2); print repr(enc.encode(u'e'))
f = StringIO.StringIO(); w = codecs.getwriter('utf-32')(f); w.write(u'a'); w.write(u'b'); w.reset(); w.write(u'c'); print repr(f.getvalue())
dec = codecs.getincrementaldecoder('utf-32')(); print repr(dec.decode(bom[:6])), dec.getstate(), repr(dec.decode(bom[6:])); dec.reset(); print repr(dec.decode(codecs.BOM_UTF32_BE + data_be))
r = codecs.getreader('utf-32')(StringIO.StringIO(codecs.BOM_UTF32_BE + data_be)); print repr(r.read(1)); r.reset()
try: print repr(r.read())
except UnicodeError as e: print type(e).__name__, e
print repr(u'\ud800'.encode('utf-32', 'replace')) if False else '', repr('\x00\x00\x11\x00'.decode('utf-32', 'replace')), repr(codecs.decode('\xff\xfe\x00\x00a\x00\x00', 'utf-32', 'ignore'))
print codecs.lookup('utf-32').incrementalencoder.__name__, codecs.lookup('utf-32').streamreader.__module__
