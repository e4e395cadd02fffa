"""Core XML support: xml.etree (ElementTree), xml.dom, xml.sax, xml.parsers."""

__all__ = ["dom", "parsers", "sax", "etree"]
