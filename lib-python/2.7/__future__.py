"""The future statement's features (what `from __future__ import x` imports
at run time; the compiler handles the statement itself)."""

# the code flags the compiler sets for each feature
CO_NESTED = 0x0010
CO_GENERATOR_ALLOWED = 0            # generators no longer need a flag
CO_FUTURE_DIVISION = 0x2000
CO_FUTURE_ABSOLUTE_IMPORT = 0x4000
CO_FUTURE_WITH_STATEMENT = 0x8000
CO_FUTURE_PRINT_FUNCTION = 0x10000
CO_FUTURE_UNICODE_LITERALS = 0x20000


class _Feature:
    """When a feature became importable, when it is (or was) the default,
    and its compiler flag.  A release is a sys.version_info-like tuple."""

    def __init__(self, optionalRelease, mandatoryRelease, compiler_flag):
        self.optional, self.mandatory, self.compiler_flag = (
            optionalRelease, mandatoryRelease, compiler_flag)

    def getOptionalRelease(self):
        """The release where the feature could first be imported."""
        return self.optional

    def getMandatoryRelease(self):
        """The release where the feature became (or becomes) the default,
        or None if it was dropped."""
        return self.mandatory

    def __repr__(self):
        return "_Feature%r" % ((self.optional, self.mandatory, self.compiler_flag),)


# (name, first release with the import, release where it is the default, flag),
# in the order features were added
_HISTORY = (
    ("nested_scopes", (2, 1, 0, "beta", 1), (2, 2, 0, "alpha", 0), CO_NESTED),
    ("generators", (2, 2, 0, "alpha", 1), (2, 3, 0, "final", 0), CO_GENERATOR_ALLOWED),
    ("division", (2, 2, 0, "alpha", 2), (3, 0, 0, "alpha", 0), CO_FUTURE_DIVISION),
    ("absolute_import", (2, 5, 0, "alpha", 1), (3, 0, 0, "alpha", 0), CO_FUTURE_ABSOLUTE_IMPORT),
    ("with_statement", (2, 5, 0, "alpha", 1), (2, 6, 0, "alpha", 0), CO_FUTURE_WITH_STATEMENT),
    ("print_function", (2, 6, 0, "alpha", 2), (3, 0, 0, "alpha", 0), CO_FUTURE_PRINT_FUNCTION),
    ("unicode_literals", (2, 6, 0, "alpha", 2), (3, 0, 0, "alpha", 0), CO_FUTURE_UNICODE_LITERALS),
)

all_feature_names = []
for _name, _optional, _mandatory, _flag in _HISTORY:
    globals()[_name] = _Feature(_optional, _mandatory, _flag)
    all_feature_names.append(_name)
del _name, _optional, _mandatory, _flag, _HISTORY

__all__ = ["all_feature_names"] + all_feature_names
