# xml.etree.cElementTree: the same API as xml.etree.ElementTree.
from xml.etree.ElementTree import *
from xml.etree.ElementTree import _namespace_map, _Element, _ElementInterface
