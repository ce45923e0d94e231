"""Run NetworkX and igraph on a stakeholder edge list and compare with Wijkaanpak.Core.

Commands:
  peers.py run EDGES.csv --out RESULT.json [--values-dir DIR] [--seed S] [--pivots K]
        [--networkx-max-nodes N] [--exact-betweenness-max-nodes N]
      Times build, PageRank, weak components, Louvain communities and sampled betweenness in
      NetworkX and igraph on the edge list (header source,target,weight; 0-based vertices),
      and writes the PageRank and exact betweenness values as CSV for the comparison.
  peers.py compare OURS.csv PEER_VALUES.csv
      Largest absolute difference per metric between our values (wijkaanpak network --format
      csv, long format stakeholder,metric,value) and a peer's.
  peers.py report BDN_REPORT.csv RESULT.json [RESULT.json ...]
      A Markdown table of our BenchmarkDotNet times next to the peers' times, with ratios.
"""
import argparse
import csv
import gc
import json
import os
import platform
import sys
import time


def rss_bytes():
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def read_edges(path):
    sources, targets, weights = [], [], []
    with open(path, newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        if header != ["source", "target", "weight"]:
            sys.exit(f"{path}: expected the header source,target,weight, found {','.join(header)}")
        for row in reader:
            sources.append(int(row[0]))
            targets.append(int(row[1]))
            weights.append(float(row[2]))
    n = 1 + max(max(sources), max(targets))
    return n, sources, targets, weights


def timed(results, library, operation, function):
    gc.collect()
    start = time.perf_counter()
    value = function()
    seconds = time.perf_counter() - start
    results.setdefault(library, {})[operation] = seconds
    print(f"  {library:8} {operation:28} {seconds:10.3f} s", flush=True)
    return value


def write_values(path, metric_values):
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["vertex", "metric", "value"])
        for metric, values in metric_values.items():
            for vertex, value in enumerate(values):
                writer.writerow([vertex, metric, repr(float(value))])


def run_igraph(n, sources, targets, weights, args, results, values):
    import igraph as ig

    before = rss_bytes()
    graph = timed(results, "igraph", "build", lambda: ig.Graph(n=n, edges=list(zip(sources, targets)), directed=True, edge_attrs={"weight": weights}))
    results["igraph"]["rss_bytes_per_edge"] = (rss_bytes() - before) / len(sources)
    pagerank = timed(results, "igraph", "pagerank", lambda: graph.pagerank(directed=True, damping=0.85, weights="weight"))
    timed(results, "igraph", "components", lambda: len(graph.connected_components(mode="weak")))
    undirected = graph.as_undirected(combine_edges="sum")
    communities = timed(results, "igraph", "communities", lambda: undirected.community_multilevel(weights="weight"))
    results["igraph"]["modularity"] = communities.modularity
    results["igraph"]["community_count"] = len(communities)
    metric_values = {"pagerank": pagerank}
    if n <= args.exact_betweenness_max_nodes:
        raw = timed(results, "igraph", "betweenness_exact", lambda: undirected.betweenness(directed=False))
        scale = 2.0 / ((n - 1) * (n - 2))
        metric_values["betweenness"] = [b * scale for b in raw]
    if args.values_dir:
        write_values(os.path.join(args.values_dir, f"igraph-{n}.csv"), metric_values)
    values["igraph"] = metric_values


def run_networkx(n, sources, targets, weights, args, results, values):
    import networkx as nx

    before = rss_bytes()

    def build():
        graph = nx.DiGraph()
        graph.add_nodes_from(range(n))
        graph.add_weighted_edges_from(zip(sources, targets, weights))
        return graph

    graph = timed(results, "networkx", "build", build)
    results["networkx"]["rss_bytes_per_edge"] = (rss_bytes() - before) / len(sources)
    pagerank = timed(results, "networkx", "pagerank", lambda: nx.pagerank(graph, alpha=0.85, tol=1e-6, weight="weight"))
    timed(results, "networkx", "components", lambda: nx.number_weakly_connected_components(graph))
    undirected = graph.to_undirected()
    communities = timed(results, "networkx", "communities", lambda: nx.community.louvain_communities(undirected, weight="weight", seed=args.seed))
    results["networkx"]["modularity"] = nx.community.modularity(undirected, communities, weight="weight")
    results["networkx"]["community_count"] = len(communities)
    timed(results, "networkx", "betweenness_sampled", lambda: nx.betweenness_centrality(undirected, k=args.pivots, seed=args.seed))
    metric_values = {"pagerank": [pagerank[v] for v in range(n)]}
    if args.values_dir:
        write_values(os.path.join(args.values_dir, f"networkx-{n}.csv"), metric_values)
    values["networkx"] = metric_values


def command_run(args):
    n, sources, targets, weights = read_edges(args.edges)
    print(f"{args.edges}: {n} vertices, {len(sources)} edges", flush=True)
    results = {"vertices": n, "edges": len(sources), "pivots": args.pivots, "seed": args.seed,
               "python": platform.python_version(), "date": time.strftime("%Y-%m-%d %H:%M:%S"),
               "load_average": os.getloadavg()}
    values = {}
    run_igraph(n, sources, targets, weights, args, results, values)
    if n <= args.networkx_max_nodes:
        run_networkx(n, sources, targets, weights, args, results, values)
    import igraph
    import networkx
    results["versions"] = {"igraph": igraph.__version__, "networkx": networkx.__version__}
    if "networkx" in values:
        results["pagerank_max_diff_igraph_networkx"] = max(
            abs(a - b) for a, b in zip(values["igraph"]["pagerank"], values["networkx"]["pagerank"]))
    with open(args.out, "w", encoding="utf-8") as handle:
        json.dump(results, handle, indent=2, sort_keys=True)


def read_long(path, key):
    values = {}
    with open(path, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            vertex = row[key]
            vertex = int(vertex[1:]) if vertex.startswith("s") else int(vertex)
            values.setdefault(row["metric"], {})[vertex] = float(row["value"])
    return values


def command_compare(args):
    ours = read_long(args.ours, "stakeholder")
    peer = read_long(args.peer, "vertex")
    for metric in sorted(set(ours) & set(peer)):
        common = set(ours[metric]) & set(peer[metric])
        worst = max(common, key=lambda v: abs(ours[metric][v] - peer[metric][v]))
        difference = abs(ours[metric][worst] - peer[metric][worst])
        print(f"{metric}: {len(common)} vertices compared, largest difference {difference:.3e} at vertex {worst} "
              f"(ours {ours[metric][worst]:.9g}, peer {peer[metric][worst]:.9g})")


def parse_seconds(text):
    number, unit = text.replace(",", "").split()
    scale = {"ns": 1e-9, "μs": 1e-6, "us": 1e-6, "ms": 1e-3, "s": 1.0}[unit]
    return float(number) * scale


OPERATIONS = [("build", "Build"), ("pagerank", "PageRank"), ("components", "Components"),
              ("communities", "Communities"), ("betweenness_sampled", "BetweennessSampled")]


def command_report(args):
    ours = {}
    with open(args.bdn, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            ours[(int(row["Nodes"]), row["Method"])] = parse_seconds(row["Mean"])
    print("| Vertices | Edges | Work | Wijkaanpak.Core | igraph | NetworkX | igraph / ours | NetworkX / ours |")
    print("|---:|---:|---|---:|---:|---:|---:|---:|")
    for path in args.results:
        with open(path, encoding="utf-8") as handle:
            result = json.load(handle)
        n = result["vertices"]
        for key, method in OPERATIONS:
            our = ours.get((n, method))
            igraph_time = result.get("igraph", {}).get(key)
            networkx_time = result.get("networkx", {}).get(key)
            cells = [f"{n:,}", f"{result['edges']:,}", method, fmt(our), fmt(igraph_time), fmt(networkx_time),
                     ratio(igraph_time, our), ratio(networkx_time, our)]
            print("| " + " | ".join(cells) + " |")


def fmt(seconds):
    if seconds is None:
        return "—"
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def ratio(peer, ours):
    return "—" if peer is None or ours is None else f"{peer / ours:.1f}×"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run")
    run.add_argument("edges")
    run.add_argument("--out", required=True)
    run.add_argument("--values-dir")
    run.add_argument("--seed", type=int, default=42)
    run.add_argument("--pivots", type=int, default=64)
    run.add_argument("--networkx-max-nodes", type=int, default=100_000)
    run.add_argument("--exact-betweenness-max-nodes", type=int, default=10_000)
    compare = commands.add_parser("compare")
    compare.add_argument("ours")
    compare.add_argument("peer")
    report = commands.add_parser("report")
    report.add_argument("bdn")
    report.add_argument("results", nargs="+")
    args = parser.parse_args()
    {"run": command_run, "compare": command_compare, "report": command_report}[args.command](args)


if __name__ == "__main__":
    main()
