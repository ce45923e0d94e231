#!/usr/bin/env bash
# The one command for the side-by-side of issue 17: for each size, runs the peers (igraph:
# PageRank, weak components, multilevel, Leiden; NetworkX up to PEERS_NETWORKX_MAX vertices) and
# then Wijkaanpak.Core's NetworkBenchmarks (BenchmarkDotNet) for that size alone, so ours and the
# peers are minutes apart; records the load average before and after each; compares PageRank
# (and exact betweenness up to 10,000 vertices) with the peers' values; and rewrites the tables
# between the run-peers markers of benchmarks/README.md. A row taken at a load average above 1.5
# is marked not reportable. Usage, from the repository root:
#   benchmarks/peers/run-peers.sh [sizes...]          default sizes: 10000 100000 1000000
# Each size N gets 10 N edges (seed 42). PEERS_BDN_ARGS overrides the BenchmarkDotNet job
# (default: 1 warm-up, 3 measured iterations, one invocation each); PEERS_NO_README=1 leaves the
# README alone (the table is printed either way).
set -euo pipefail

sizes=("${@:-10000 100000 1000000}")
read -r -a sizes <<< "${sizes[*]}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="${PEERS_OUT:-$root/benchmarks/peers/out}"
networkx_max="${PEERS_NETWORKX_MAX:-100000}"
bdn_args="${PEERS_BDN_ARGS:---warmupCount 1 --iterationCount 3 --invocationCount 1 --unrollFactor 1}"
mkdir -p "$out"

if ! /usr/bin/python3 -c "import networkx, igraph" 2>/dev/null; then
    sudo_cmd=""
    if [ "$(id -u)" != 0 ]; then sudo_cmd="sudo"; fi
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq python3-networkx python3-igraph
fi

dotnet build "$root/src/Wijkaanpak.Cli" -c Release -v quiet -nologo
dotnet build "$root/benchmarks/Wijkaanpak.Benchmarks" -c Release -v quiet -nologo
cli=("dotnet" "$root/src/Wijkaanpak.Cli/bin/Release/net10.0/wijkaanpak.dll")
load() { cut -d' ' -f1 /proc/loadavg; }
machine="$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GB, .NET $(dotnet --version), Python $(/usr/bin/python3 -c 'import platform; print(platform.python_version())'), $(date -u +%Y-%m-%dT%H:%MZ)"
echo "# machine: $machine; load: $(cut -d' ' -f1-3 /proc/loadavg)"

results=()
: > "$out/values.md"
compare() {  # compare TITLE OURS PEER: prints the largest differences and keeps them for the README
    echo "## $1"
    echo "- $1: $(/usr/bin/python3 "$root/benchmarks/peers/peers.py" compare "$2" "$3" | paste -sd ';' | sed 's/;/; /g')" | tee -a "$out/values.md"
}
for n in "${sizes[@]}"; do
    m=$((10 * n))
    base="$out/stakeholders-$n"
    if [ "$n" -le 100000 ]; then
        "${cli[@]}" generate stakeholders --nodes "$n" --edges "$m" --seed 42 -o "$base.json"
    else
        "${cli[@]}" generate stakeholders --nodes "$n" --edges "$m" --seed 42 -o "$base.json" --edges-only
    fi

    # The peers, then ours for the same size, minutes apart.
    /usr/bin/python3 "$root/benchmarks/peers/peers.py" run "$base.edges.csv" --out "$out/peers-$n.json" \
        --values-dir "$out" --networkx-max-nodes "$networkx_max" --machine "$machine"
    results+=("$out/peers-$n.json")
    before="$(load)"
    # shellcheck disable=SC2086
    (cd "$root/benchmarks/Wijkaanpak.Benchmarks" && WIJKAANPAK_BENCH_NODES="$n" dotnet run -c Release --no-build -- \
        --filter '*NetworkBenchmarks*' --artifacts "$out/bdn-run-$n" --exporters csv $bdn_args)
    echo "[$before, $(load)]" > "$out/load-$n.json"
    cp "$out/bdn-run-$n/results/Wijkaanpak.Benchmarks.Networks.NetworkBenchmarks-report.csv" "$out/bdn-$n.csv"

    # The values, where our CLI can read the graph (a model file up to 100,000 vertices).
    if [ -f "$base.json" ]; then
        "${cli[@]}" network "$base.json" --metrics pagerank --top 0 --format csv > "$out/ours-$n-pagerank.csv"
        for peer in igraph networkx; do
            if [ -f "$out/$peer-$n.csv" ]; then
                compare "$peer vs Wijkaanpak.Core, PageRank (directed, weighted), $n vertices" "$out/ours-$n-pagerank.csv" "$out/$peer-$n.csv"
            fi
        done
        if [ "$n" -le 10000 ]; then
            "${cli[@]}" network "$base.json" --metrics betweenness --undirected --unweighted --exact-limit "$n" --top 0 --format csv > "$out/ours-$n-betweenness.csv"
            compare "igraph vs Wijkaanpak.Core, exact betweenness (undirected, unweighted, normalised), $n vertices" "$out/ours-$n-betweenness.csv" "$out/igraph-$n.csv"
        fi
    fi
done

readme=(--readme "$root/benchmarks/README.md")
if [ "${PEERS_NO_README:-}" = 1 ]; then readme=(); fi
echo "## Times (BenchmarkDotNet for Wijkaanpak.Core: $bdn_args; single runs for the peers)"
/usr/bin/python3 "$root/benchmarks/peers/peers.py" report --bdn-dir "$out" --values "$out/values.md" "${readme[@]}" "${results[@]}"
