#!/usr/bin/env bash
# Local Neo4j 5.26 Community server for policykg (sources in neo4j-server/).
#   scripts/neo4j-server.sh build         compile and copy the jars to neo4j-server/target/lib (skips if up to date)
#   scripts/neo4j-server.sh run [ARGS]    run in the foreground; ARGS: --port N --data DIR --password PW
#                                         --pagecache SIZE --heap SIZE (JVM heap, default 1g) --ignore-stdin
# The password may come from the environment instead: POLICYKG_NEO4J_PASSWORD (auth is off without one).
# The server prints "policykg-neo4j ready bolt://127.0.0.1:PORT" when ready and stops on Ctrl-C, SIGTERM
# or end of stdin (so `run ... </dev/null &` stops at once: add --ignore-stdin for that).
set -euo pipefail

project="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/neo4j-server"
stamp="$project/target/.built"

build() {
    if [[ -f "$stamp" && -z "$(find "$project/pom.xml" "$project/src" -newer "$stamp" -print -quit)" ]]; then
        return 0
    fi
    command -v java >/dev/null || { echo "neo4j-server.sh: java not found" >&2; exit 127; }
    command -v mvn >/dev/null || { echo "neo4j-server.sh: maven (mvn) not found" >&2; exit 127; }
    rm -rf "$project/target/lib" "$stamp"  # no stale jars of another Neo4j version on the classpath
    # Debian's Maven prints stray colour resets even with -q -B: strip them.
    mvn -q -B -f "$project/pom.xml" compile 2>&1 | sed -e 's/\x1b\[[0-9;]*m//g'
    touch "$stamp"
}

run() {
    [[ -f "$stamp" ]] || { echo "neo4j-server.sh: not built, run: $0 build" >&2; exit 1; }
    command -v java >/dev/null || { echo "neo4j-server.sh: java not found" >&2; exit 127; }
    local heap=1g args=()
    while (($#)); do
        if [[ "$1" == --heap ]]; then
            (($# >= 2)) || { echo "neo4j-server.sh: --heap needs a value" >&2; exit 2; }
            heap="$2"
            shift 2
        else
            args+=("$1")
            shift
        fi
    done
    exec java -Xmx"$heap" -XX:+ExitOnOutOfMemoryError \
        --add-opens=java.base/java.nio=ALL-UNNAMED \
        --add-opens=java.base/java.io=ALL-UNNAMED \
        --add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
        --enable-native-access=ALL-UNNAMED \
        -Dio.netty.tryReflectionSetAccessible=true \
        -cp "$project/target/classes:$project/target/lib/*" \
        org.policykg.neo4j.Launcher ${args[@]+"${args[@]}"}
}

case "${1:-}" in
    build) build ;;
    run) shift; run "$@" ;;
    *) echo "usage: $0 build | run [--port N] [--data DIR] [--password PW] [--pagecache SIZE] [--heap SIZE] [--ignore-stdin]" >&2; exit 2 ;;
esac
