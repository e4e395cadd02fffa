# distutils building blocks: fancy_getopt, text_file, filelist patterns,
# versionpredicate, DistributionMetadata round trip, Distribution's
# command line and config files, Command helpers and error messages.
import os
import sys
import shutil
import tempfile
from StringIO import StringIO

from distutils.fancy_getopt import FancyGetopt, wrap_text, translate_longopt
from distutils.text_file import TextFile
from distutils.filelist import FileList, translate_pattern, glob_to_re
from distutils.versionpredicate import VersionPredicate, split_provision
from distutils.dist import Distribution, DistributionMetadata
from distutils.extension import Extension
from distutils.errors import (DistutilsArgError, DistutilsOptionError,
                              DistutilsGetoptError, DistutilsTemplateError)
from distutils import archive_util, ccompiler


def show_error(func, *args):
    try:
        func(*args)
    except Exception, e:
        print('%s: %s' % (type(e).__name__, e))
    else:
        print('no error')


# fancy_getopt
table = [('verbose', 'v', 'talk a lot'), ('output=', 'o', 'where to write'),
         ('quiet', 'q', 'say nothing'), ('level=', None, 'a level')]
parser = FancyGetopt(table)
parser.set_negative_aliases({'quiet': 'verbose'})
args, opts = parser.getopt(['-v', '--output=x', '--quiet', '--level', '3', 'rest', '-z'])
print(args, opts.verbose, opts.output, opts.level)
print(parser.get_option_order())
show_error(FancyGetopt(table).getopt, ['--nope'])
show_error(FancyGetopt(table).set_aliases, {'bad': 'verbose'})
print(translate_longopt('dry-run'))
print(wrap_text('one two three four five six seven eight nine ten', 12))
print(wrap_text('a-hyphenated-word and more', 10))
for line in FancyGetopt(table).generate_help('Options:'):
    print(line)

# text_file
text = 'first  # comment\n\n# whole comment\n  indented \\\ncontinued\nhash \\# kept\nlast'
tf = TextFile('x', file=StringIO(text), join_lines=1, lstrip_ws=1)
print(tf.readlines())
tf = TextFile('x', file=StringIO(text), strip_comments=0, skip_blanks=0)
print(tf.readlines())
tf = TextFile('x', file=StringIO('a\nb\n'))
line = tf.readline()
tf.unreadline(line)
print(tf.readline(), tf.readline(), tf.readline(), tf.current_line)
print(tf.gen_error('oops'), tf.gen_error('span', (2, 4)))

# filelist
files = ['README', 'setup.py', 'pkg/a.py', 'pkg/sub/b.py', 'pkg/data.txt',
         'docs/x.txt', 'build/lib/a.py', 'CVS/Entries', 'pkg/CVS/Root']
fl = FileList()
fl.set_allfiles(files)
for line in ['include *.py', 'recursive-include pkg *.py', 'global-include *.txt',
             'exclude pkg/data.txt', 'graft docs', 'prune build']:
    fl.process_template_line(line)
print(fl.files)
fl.sort()
fl.extend(['setup.py'])
fl.remove_duplicates()
print(fl.files)
print(bool(translate_pattern('*.py').search('a/b.py')), bool(translate_pattern('*.py', anchor=0).search('a/b.py')))
print(bool(translate_pattern('*.py', prefix='pkg').search('pkg/x/y.py')))
import re
print(bool(re.match(glob_to_re('a?c'), 'a/c')), bool(re.match(glob_to_re('a?c'), 'abc')))
show_error(fl.process_template_line, 'include')
show_error(fl.process_template_line, 'graft a b')
show_error(fl.process_template_line, 'frobnicate x')

# versionpredicate
vp = VersionPredicate('pkg.mod (>= 1.0, != 1.3)')
print(vp.name, str(vp), vp.satisfied_by('1.2'), vp.satisfied_by('1.3'), vp.satisfied_by('0.9'))
print(split_provision('name (1.5)'), split_provision('other'))
show_error(VersionPredicate, '(1.0)')
show_error(VersionPredicate, 'pkg >1.0')

# metadata round trip
meta = DistributionMetadata()
meta.name, meta.version, meta.author = 'rt', '2.0', u'J\xf6rg'
meta.long_description = 'multi\nline'
meta.keywords = ['a', 'b']
meta.classifiers = ['Topic :: Utilities']
out = StringIO()
meta.write_pkg_file(out)
sys.stdout.write(out.getvalue())
back = DistributionMetadata()
back.read_pkg_file(StringIO(out.getvalue()))
print(back.name, back.version, back.author, back.keywords, back.classifiers, back.url,
      back.get_url(), back.platforms)
print(meta.get_contact(), meta.get_fullname(), meta.get_maintainer())

# Distribution: command line, config files, command objects
top = tempfile.mkdtemp()
old = os.getcwd()
try:
    os.chdir(top)
    f = open('setup.cfg', 'w')
    f.write('[global]\nverbose = 0\n[build]\nbuild-base = out\nforce = yes\n'
            '[sdist]\nformats = zip, gztar\n')
    f.close()
    dist = Distribution({'name': 'cl', 'version': '1.0', 'script_name': 'setup.py',
                         'script_args': ['build', '--build-base=cli', 'sdist', '-k'],
                         'options': {'install': {'prefix': '/opt'}}})
    print(dist.get_name(), dist.get_version(), dist.verbose)
    dist.parse_config_files()
    print(dist.verbose, sorted(dist.command_options))
    print(dist.parse_command_line(), dist.commands)
    print(sorted(dist.get_option_dict('build').items()))
    build = dist.get_command_obj('build')
    build.ensure_finalized()
    print(build.build_base, build.force, build.build_lib, build.build_scripts)
    sdist = dist.get_command_obj('sdist')
    sdist.ensure_finalized()
    print(sdist.formats, sdist.keep_temp, sdist.dist_dir)
    print(dist.get_command_obj('install').prefix)
    again = dist.reinitialize_command('build')
    print(again is build, again.finalized, again.build_base)
    show_error(dist.get_command_class, 'nosuch')
    sdist.formats = 'a,b c'
    sdist.ensure_string_list('formats')
    print(sdist.formats)
    sdist.formats = 3
    show_error(sdist.ensure_string_list, 'formats')
    sdist.template = 'nofile'
    show_error(sdist.ensure_filename, 'template')
    print(dist.has_pure_modules(), dist.has_ext_modules(), dist.is_pure())
    bad = Distribution({'script_args': ['--frob']})
    show_error(bad.parse_command_line)
    none = Distribution({'script_args': []})
    show_error(none.parse_command_line)
    shown = Distribution({'name': 'shown', 'version': '3', 'script_args': ['--name', '--fullname', '--keywords'],
                          'keywords': 'x, y'})
    print(shown.parse_command_line())
    show_error(Distribution({'script_args': ['install', '--prefix']}).parse_command_line)
finally:
    os.chdir(old)
    shutil.rmtree(top)

# odds and ends
ext = Extension('pkg.fast', ['fast.c'], define_macros=[('X', '1')])
print(ext.name, ext.sources, ext.define_macros, ext.libraries, ext.language)
print(archive_util.check_archive_formats(['gztar', 'zip']), archive_util.check_archive_formats(['gztar', 'rar']))
print(ccompiler.gen_preprocess_options([('A', None), ('B', '2'), ('C',)], ['inc']))
print(ccompiler.get_default_compiler('posix', 'linux2'))
cc = ccompiler.new_compiler()
print(cc.compiler_type, cc.object_filenames(['a/b.c', 'c.cpp'], output_dir='tmp'))
print(cc.library_filename('foo'), cc.library_filename('foo', 'shared', output_dir='d'))
show_error(cc.object_filenames, ['x.f90'])
