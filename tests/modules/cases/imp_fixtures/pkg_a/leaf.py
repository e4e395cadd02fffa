VALUE = "leaf value"
