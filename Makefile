# The two commands of the README:
#   make demo   install the package and build the graph of seeds/ into out/ (no server needed)
#   make test   install everything (Python packages, Chromium, CJK font, the Neo4j server) and run the tests
.PHONY: demo test install install-all bench evaluate

demo: install
	.venv/bin/policykg build seeds -o out

test: install-all
	.venv/bin/python -m pytest -n 2 --dist loadgroup -q

install:
	scripts/install.sh

install-all:
	scripts/install.sh --all

bench: install-all
	.venv/bin/python bench/run.py

evaluate: install
	.venv/bin/python -m pip install --quiet -e ".[model]"
	.venv/bin/python scripts/evaluate.py
