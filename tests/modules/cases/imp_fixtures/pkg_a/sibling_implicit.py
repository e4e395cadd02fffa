WHERE = "implicit relative"
