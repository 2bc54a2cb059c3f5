#!/usr/bin/env bash
# Install everything policykg needs on a fresh Debian machine, idempotently.
#   scripts/install.sh          the package in .venv (enough for `policykg build`)
#   scripts/install.sh --all    plus test tools, headless Chromium and a CJK font (apt, as root),
#                               and the local Neo4j server (Maven Central)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

all=0
[[ "${1:-}" == "--all" ]] && all=1
python="${PYTHON:-python3}"

if [[ ! -x .venv/bin/python ]]; then
    "$python" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
if ((all)); then
    .venv/bin/python -m pip install --quiet -e ".[test]"
else
    .venv/bin/python -m pip install --quiet -e .
fi

if ((all)); then
    need=()
    [[ -x /usr/bin/chromium ]] || need+=(chromium)
    fc-list 2>/dev/null | grep -qi "wqy\|noto sans cjk" || need+=(fonts-wqy-microhei)
    if ((${#need[@]})); then
        if [[ $(id -u) -eq 0 ]]; then
            apt-get update -q
            DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${need[@]}"
        elif command -v sudo >/dev/null; then
            sudo apt-get update -q
            sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${need[@]}"
        else
            echo "install.sh: please install the Debian packages: ${need[*]} (needs root)" >&2
        fi
    fi
    # matplotlib caches the font list; rebuild it so the CJK font is found
    rm -rf "${MPLCONFIGDIR:-$HOME/.cache/matplotlib}"
    scripts/neo4j-server.sh build
fi
