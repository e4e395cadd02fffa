#!/bin/sh
# Re-record the expected outputs with CPython 2.7.18 (not needed to run the tests).
cd "$(dirname "$0")"
for f in *.py; do "$(pyenv root)/versions/2.7.18/bin/python2.7" "$f" > "${f%.py}.exp" 2>&1; done
