# zipimport: modules and packages imported from a ZIP archive on sys.path.
import sys, zipfile
sys.dont_write_bytecode = True
z = zipfile.ZipFile("mods.zip", "w")
z.writestr("zmod.py", "VALUE = 'from the zip'\n")
z.writestr("zpkg/__init__.py", "from zpkg import inner\nNAME = __name__\n")
z.writestr("zpkg/inner.py", "X = 42\n")
z.writestr("sub/deep.py", "Y = 'deep'\n")
z.close()
sys.path.insert(0, "mods.zip")
sys.path.insert(0, "mods.zip/sub")
import zmod, zpkg, deep
print zmod.VALUE, zmod.__file__
print zpkg.NAME, zpkg.inner.X, zpkg.__path__, zpkg.__file__
print deep.Y, deep.__file__
import zipimport
imp_ = sys.path_importer_cache["mods.zip"]
print isinstance(imp_, zipimport.zipimporter), imp_.archive, repr(imp_.prefix)
print imp_.is_package("zpkg"), imp_.is_package("zmod"), repr(imp_.get_source("zmod"))
print imp_.get_data("mods.zip/zpkg/inner.py"), imp_.find_module("nothere")
print zmod.__loader__ is imp_
try:
    zipimport.zipimporter("no_such_file.zip")
except zipimport.ZipImportError as e:
    print "ZipImportError", isinstance(e, ImportError)
try:
    import nothere_in_zip
except ImportError as e:
    print "ImportError:", e
z = zipfile.ZipFile("deflated.zip", "w", zipfile.ZIP_DEFLATED)
z.writestr("zdefl.py", "TEXT = 'compressed ' * 3\n")
z.close()
sys.path.append("deflated.zip")
import zdefl
print zdefl.TEXT, zdefl.__file__
