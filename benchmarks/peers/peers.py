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
  peers.py report --bdn-dir DIR [--readme README.md] RESULT.json [RESULT.json ...]
      A Markdown table of our BenchmarkDotNet times (DIR/bdn-N.csv, with DIR/load-N.json for the
      load before and after) next to the peers' times, with ratios and the load average around
      each measurement; a row whose load exceeded 1.5 is marked not reportable. With --readme the
      table replaces the text between the run-peers markers of that file.

Every timed operation records the 1-minute load average before and after it.
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


REPORTABLE_LOAD = 1.5


def timed(results, library, operation, function):
    gc.collect()
    load_before = os.getloadavg()[0]
    start = time.perf_counter()
    value = function()
    seconds = time.perf_counter() - start
    load_after = os.getloadavg()[0]
    results.setdefault(library, {})[operation] = seconds
    results[library].setdefault("load", {})[operation] = [load_before, load_after]
    print(f"  {library:8} {operation:28} {seconds:10.3f} s   load {load_before:.2f} -> {load_after:.2f}", flush=True)
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
    leiden = timed(results, "igraph", "leiden", lambda: undirected.community_leiden(
        objective_function="modularity", weights="weight", n_iterations=-1))
    results["igraph"]["leiden_modularity"] = undirected.modularity(leiden.membership, weights="weight")
    results["igraph"]["leiden_community_count"] = len(leiden)
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
               "load_average": os.getloadavg(), "machine": args.machine}
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
    """The rows metric,KEY,...,value of a CSV file; in a file of several sections (lines starting
    with '#' name them, as `wijkaanpak network --format csv` writes) the section with those columns."""
    with open(path, newline="", encoding="utf-8") as handle:
        lines = handle.read().splitlines()
    sections, current = [], []
    for line in lines:
        if line.startswith("#"):
            sections.append(current)
            current = []
        elif line.strip():
            current.append(line)
    sections.append(current)
    for section in sections:
        rows = list(csv.DictReader(section))
        if rows and {key, "metric", "value"} <= set(rows[0]):
            values = {}
            for row in rows:
                vertex = row[key]
                vertex = int(vertex[1:]) if vertex.startswith("s") else int(vertex)
                values.setdefault(row["metric"], {})[vertex] = float(row["value"])
            return values
    sys.exit(f"{path}: no section with the columns metric, {key} and value")


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

BEGIN = "<!-- run-peers:begin -->"
END = "<!-- run-peers:end -->"


def read_bdn(path):
    ours = {}
    with open(path, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            ours[row["Method"]] = parse_seconds(row["Mean"])
    return ours


def load_cell(loads):
    if not loads:
        return "—", True
    worst = max(loads)
    text = f"{loads[0]:.2f}–{loads[-1]:.2f}"
    return (text if worst <= REPORTABLE_LOAD else text + " **not reportable**"), worst <= REPORTABLE_LOAD


def command_report(args):
    lines = []
    machine = None
    reportable_rows = 0
    rows = 0
    lines.append("| Vertices | Edges | Work | Wijkaanpak.Core | igraph | NetworkX | igraph / ours | NetworkX / ours | load (ours; peers) |")
    lines.append("|---:|---:|---|---:|---:|---:|---:|---:|---|")
    communities = []
    for path in args.results:
        with open(path, encoding="utf-8") as handle:
            result = json.load(handle)
        n = result["vertices"]
        machine = machine or result.get("machine")
        bdn_path = os.path.join(args.bdn_dir, f"bdn-{n}.csv")
        ours = read_bdn(bdn_path) if os.path.exists(bdn_path) else {}
        our_load = []
        load_path = os.path.join(args.bdn_dir, f"load-{n}.json")
        if os.path.exists(load_path):
            with open(load_path, encoding="utf-8") as handle:
                our_load = json.load(handle)
        for key, method in OPERATIONS:
            our = ours.get(method)
            igraph_time = result.get("igraph", {}).get(key)
            networkx_time = result.get("networkx", {}).get(key)
            peer_loads = [x for lib in ("igraph", "networkx") for x in result.get(lib, {}).get("load", {}).get(key, [])]
            ours_text, ours_ok = load_cell(our_load)
            peers_text, peers_ok = load_cell(peer_loads)
            rows += 1
            reportable_rows += ours_ok and peers_ok
            cells = [f"{n:,}", f"{result['edges']:,}", method, fmt(our), fmt(igraph_time), fmt(networkx_time),
                     ratio(igraph_time, our), ratio(networkx_time, our), f"{ours_text}; {peers_text}"]
            lines.append("| " + " | ".join(cells) + " |")
        igraph = result.get("igraph", {})
        if "leiden" in igraph:
            communities.append(f"| {n:,} | {fmt(ours.get('Communities'))} | {fmt(igraph.get('communities'))} "
                               f"({igraph.get('modularity', float('nan')):.4f}) | {fmt(igraph.get('leiden'))} "
                               f"({igraph.get('leiden_modularity', float('nan')):.4f}) |")
    if communities:
        lines += ["", "Communities (modularity in brackets where the peer reports it; ours is printed by `wijkaanpak network --metrics communities`):", "",
                  "| Vertices | Wijkaanpak.Core Louvain | igraph multilevel | igraph Leiden |", "|---:|---:|---:|---:|"] + communities
    if args.values and os.path.exists(args.values):
        with open(args.values, encoding="utf-8") as handle:
            compared = [line.rstrip() for line in handle if line.strip()]
        if compared:
            lines += ["", "Values (largest absolute difference per vertex):", ""] + compared
    lines += ["", f"{reportable_rows} of {rows} rows taken at a load average of at most {REPORTABLE_LOAD} (reportable)."]
    if machine:
        lines.insert(0, f"Machine: {machine}.")
        lines.insert(1, "")
    table = "\n".join(lines)
    print(table)
    if args.readme:
        with open(args.readme, encoding="utf-8") as handle:
            text = handle.read()
        if BEGIN not in text or END not in text:
            sys.exit(f"{args.readme}: the markers {BEGIN} and {END} are missing")
        head, rest = text.split(BEGIN, 1)
        _, tail = rest.split(END, 1)
        with open(args.readme, "w", encoding="utf-8") as handle:
            handle.write(head + BEGIN + "\n" + table + "\n" + END + tail)


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
    run.add_argument("--machine", help="a description of the machine, for the report")
    compare = commands.add_parser("compare")
    compare.add_argument("ours")
    compare.add_argument("peer")
    report = commands.add_parser("report")
    report.add_argument("--bdn-dir", required=True)
    report.add_argument("--readme")
    report.add_argument("--values", help="the value comparisons to list under the table")
    report.add_argument("results", nargs="+")
    args = parser.parse_args()
    {"run": command_run, "compare": command_compare, "report": command_report}[args.command](args)


if __name__ == "__main__":
    main()
