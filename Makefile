# pypy27: a Python 2.7 interpreter with a tracing JIT, written in restricted Python.
#   make          install what the build needs, translate the interpreter into ./pypy
#                 and the example targets into build/
#   make test     the test suite (fast tier) and the subset check
#   make check    the subset checker over all translated code
#   make slow     the slow test tier (long fuzzing, big translations)
PYTHON ?= python3
JOBS ?= 2
STAMP := build/.deps-stamp

.PHONY: all deps check test slow examples bench clean pypy install

all: deps pypy examples

# The interpreter, translated (goal/targetpypy.py); no JIT yet.  The
# repository doubles as an installation tree: bin/pypy, lib-python/2.7,
# lib_pypy, site-packages, include.
pypy: deps
	bin/translate pypy27.goal.targetpypy -o pypy -j $(JOBS)
	@ln -sf ../pypy bin/pypy
	@mkdir -p site-packages include

# A self-contained copy of the installation tree (home discovery finds
# PREFIX/lib-python/2.7 from PREFIX/bin/pypy).
PREFIX ?= /opt/pypy27
install: pypy
	mkdir -p $(PREFIX)/bin $(PREFIX)/site-packages $(PREFIX)/include
	cp pypy $(PREFIX)/bin/pypy
	rm -rf $(PREFIX)/lib-python $(PREFIX)/lib_pypy
	cp -r lib-python lib_pypy $(PREFIX)/
	find $(PREFIX)/lib-python $(PREFIX)/lib_pypy -name '*.pyc' -delete
	@echo "installed into $(PREFIX): $(PREFIX)/bin/pypy"

$(STAMP): requirements.txt apt-packages.txt
	@mkdir -p build
	@missing=$$(grep -v '^#' apt-packages.txt | while read p; do [ -z "$$p" ] || dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages: $$missing"; \
	  (apt-get update -qq && apt-get install -y -qq $$missing) >/dev/null || { echo "apt-get failed"; exit 1; }; \
	fi
	@$(PYTHON) -m pip install -q --disable-pip-version-check -r requirements.txt 2>&1 | grep -v "Running pip as the 'root' user" || true
	@$(PYTHON) support/importroot.py >/dev/null
	@touch $@

deps: $(STAMP)

# The translator's example targets: a toy-language VM and the 2.7 compiler alone.
examples: deps
	bin/translate pypy27.translator.examples.toylang.target -o build/toylang -j $(JOBS)
	bin/translate pypy27.translator.examples.pycompile.target -o build/pycompile -j $(JOBS)

check: deps
	bin/check

test: deps check
	$(PYTHON) -m pytest -q -p no:cacheprovider tests

slow: deps
	$(PYTHON) -m pytest -q -p no:cacheprovider -m slow tests

bench: examples
	$(PYTHON) benchmarks/toylang/run.py

clean:
	rm -rf build pypy bin/pypy
