# mimetypes: guessing types and encodings from names, extensions from
# types, data: URLs, strict and non-strict tables, and reading a types file.
import mimetypes
import os
import tempfile

db = mimetypes.MimeTypes()
for name in ['a.html', 'A.HTML', 'x.tar.gz', 'x.tgz', 'x.svgz', 'x.txt.bz2',
             'noext', 'x.Z', 'x.json', 'dir/x.py', 'http://h/x.png?q', 'x.pdf',
             'x.jpg', 'x.xul', 'x.rtf']:
    print name, db.guess_type(name), db.guess_type(name, strict=False)
for url in ['data:text/html;base64,AAA', 'data:,hello', 'data:a=b,x',
            'data:nocomma', 'data:image/png,x']:
    print url, mimetypes.guess_type(url)
print sorted(db.guess_all_extensions('image/jpeg'))
print sorted(db.guess_all_extensions('image/pict', strict=False)), db.guess_all_extensions('image/pict')
print db.guess_extension('application/x-nothing')
print db.guess_extension('application/json'), db.guess_extension('APPLICATION/PDF')
db.add_type('application/x-mine', '.mine')
print db.guess_type('f.mine'), db.guess_extension('application/x-mine')
db.add_type('application/x-loose', '.loose', strict=False)
print db.guess_type('f.loose'), db.guess_type('f.loose', False)

fd, path = tempfile.mkstemp()
os.write(fd, "# comment\napplication/x-one one uno  # trailing\n\ntext/x-two two\n")
os.close(fd)
table = mimetypes.read_mime_types(path)
print sorted((k, v) for k, v in table.items() if k in ('.one', '.uno', '.two'))
db2 = mimetypes.MimeTypes([path])
print db2.guess_type('a.uno'), db2.guess_type('b.two')
os.unlink(path)
print mimetypes.read_mime_types('/nonexistent/file')
print mimetypes.inited, 'guess_type' in mimetypes.__all__
