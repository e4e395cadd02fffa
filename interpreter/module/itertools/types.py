"""The itertools type objects, filled in by moduledef.setup at build time."""
from pypy27.interpreter.objspace.typeobject import W_TypeObject


class ItertoolsTypes(object):
    w_count: W_TypeObject
    w_cycle: W_TypeObject
    w_repeat: W_TypeObject
    w_chain: W_TypeObject
    w_compress: W_TypeObject
    w_dropwhile: W_TypeObject
    w_takewhile: W_TypeObject
    w_ifilter: W_TypeObject
    w_ifilterfalse: W_TypeObject
    w_islice: W_TypeObject
    w_imap: W_TypeObject
    w_izip: W_TypeObject
    w_izip_longest: W_TypeObject
    w_starmap: W_TypeObject
    w_groupby: W_TypeObject
    w_grouper: W_TypeObject
    w_tee: W_TypeObject
    w_product: W_TypeObject
    w_permutations: W_TypeObject
    w_combinations: W_TypeObject
    w_cwr: W_TypeObject


it_types = ItertoolsTypes()
