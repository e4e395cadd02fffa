"""XML parsers: xml.parsers.expat."""
