#!/usr/bin/env bash
# Runs Wijkaanpak.Core (BenchmarkDotNet NetworkBenchmarks) and the peers NetworkX and igraph on
# the same generated stakeholder networks, compares PageRank and betweenness values, and prints a
# Markdown table of times with ratios. Usage, from the repository root:
#   benchmarks/peers/run-peers.sh [sizes...]          default sizes: 10000 100000 1000000
# Each size N gets 10 N edges (seed 42). NetworkX runs up to 100,000 vertices (PEERS_NETWORKX_MAX);
# exact betweenness values are compared up to 10,000 vertices.
set -euo pipefail

sizes=("${@:-10000 100000 1000000}")
read -r -a sizes <<< "${sizes[*]}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="${PEERS_OUT:-$root/benchmarks/peers/out}"
networkx_max="${PEERS_NETWORKX_MAX:-100000}"
mkdir -p "$out"

if ! /usr/bin/python3 -c "import networkx, igraph" 2>/dev/null; then
    sudo_cmd=""
    if [ "$(id -u)" != 0 ]; then sudo_cmd="sudo"; fi
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq python3-networkx python3-igraph
fi

dotnet build "$root/src/Wijkaanpak.Cli" -c Release -v quiet -nologo
cli=("dotnet" "$root/src/Wijkaanpak.Cli/bin/Release/net10.0/wijkaanpak.dll")

echo "# machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GB; load: $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%Y-%m-%dT%H:%MZ)"

results=()
for n in "${sizes[@]}"; do
    m=$((10 * n))
    base="$out/stakeholders-$n"
    if [ "$n" -le 100000 ]; then
        "${cli[@]}" generate stakeholders --nodes "$n" --edges "$m" --seed 42 -o "$base.json"
    else
        "${cli[@]}" generate stakeholders --nodes "$n" --edges "$m" --seed 42 -o "$base.json" --edges-only
    fi
    /usr/bin/python3 "$root/benchmarks/peers/peers.py" run "$base.edges.csv" --out "$out/peers-$n.json" \
        --values-dir "$out" --networkx-max-nodes "$networkx_max"
    results+=("$out/peers-$n.json")
    if [ -f "$base.json" ]; then
        metrics="pagerank"
        if [ "$n" -le 10000 ]; then metrics="pagerank,betweenness"; fi
        "${cli[@]}" network "$base.json" --metrics pagerank --top 0 --format csv > "$out/ours-$n-pagerank.csv"
        for peer in igraph networkx; do
            if [ -f "$out/$peer-$n.csv" ]; then
                echo "## $peer vs Wijkaanpak.Core, PageRank (directed, weighted), $n vertices"
                /usr/bin/python3 "$root/benchmarks/peers/peers.py" compare "$out/ours-$n-pagerank.csv" "$out/$peer-$n.csv"
            fi
        done
        if [ "$metrics" = "pagerank,betweenness" ]; then
            "${cli[@]}" network "$base.json" --metrics betweenness --undirected --unweighted --exact-limit "$n" --top 0 --format csv > "$out/ours-$n-betweenness.csv"
            echo "## igraph vs Wijkaanpak.Core, exact betweenness (undirected, unweighted, normalised), $n vertices"
            /usr/bin/python3 "$root/benchmarks/peers/peers.py" compare "$out/ours-$n-betweenness.csv" "$out/igraph-$n.csv"
        fi
    fi
done

filter_sizes="$(IFS=,; echo "${sizes[*]}")"
(cd "$root/benchmarks/Wijkaanpak.Benchmarks" && dotnet run -c Release -- --filter '*NetworkBenchmarks*' --job short \
    --artifacts "$out/bdn" --exporters csv ${PEERS_BDN_ARGS:-})
echo "## Times (BenchmarkDotNet short job for Wijkaanpak.Core; single runs for the peers), sizes $filter_sizes"
/usr/bin/python3 "$root/benchmarks/peers/peers.py" report "$out/bdn/results/Wijkaanpak.Benchmarks.Networks.NetworkBenchmarks-report.csv" "${results[@]}"
