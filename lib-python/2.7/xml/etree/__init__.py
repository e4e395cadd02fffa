# xml.etree: the ElementTree API (ElementTree.py, ElementPath.py).
