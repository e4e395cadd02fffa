"""Where the shared corpora live: `shared/` beside the repository's clone."""
import os

from pypy27.support import importroot

SHARED = os.path.join(os.path.dirname(importroot.REPO), "shared")
CONFORMANCE = os.path.join(SHARED, "conformance")
