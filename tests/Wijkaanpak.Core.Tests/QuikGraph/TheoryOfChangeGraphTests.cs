using QuikGraph;
using QuikGraph.Algorithms;
using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Serialization;
using Wijkaanpak.Core.Tests.Samples;

namespace Wijkaanpak.Core.Tests.QuikGraph;

public sealed class TheoryOfChangeGraphTests
{
    private static readonly Lazy<TheoryOfChangeGraph> Overvecht =
        new(() => TheoryOfChangeGraph.Of(ModelJson.ReadFile(SampleFiles.PathOf("samen-voor-overvecht.json"))));

    private static TheoryOfChangeGraph Graph => Overvecht.Value;

    private static NodeId Id(string id) => new(id);

    private static string[] Ids(IEnumerable<NodeId> ids) => [.. ids.Select(i => i.Value)];

    [Fact]
    public void Successors_and_predecessors_follow_one_edge_kind_in_model_order()
    {
        Assert.Equal(["woningaanbod", "ondernemersklimaat", "woonomgeving"], Ids(Graph.Successors(Id("centrumgebied"), ChangeEdgeKind.ContributesTo)));
        Assert.Equal(["koppelkansen"], Ids(Graph.Successors(Id("centrumgebied"), ChangeEdgeKind.RestsOnAssumption)));
        Assert.Empty(Graph.Successors(Id("centrumgebied"), ChangeEdgeKind.RequiresPrecondition));
        Assert.Equal(["iedereen-bereiken", "sociale-basis"], Ids(Graph.Predecessors(Id("vertrouwen"), ChangeEdgeKind.RequiresPrecondition)));
        Assert.Equal(["centrumgebied", "sociaal-renoveren"], Ids(Graph.Predecessors(Id("koppelkansen"), ChangeEdgeKind.RestsOnAssumption)));
        Assert.Equal(["out-schuldtrajecten", "project-o", "noa", "kansen-werk"], Ids(Graph.Predecessors(Id("geldzorgen"), ChangeEdgeKind.ContributesTo)));
        Assert.Equal(NodeKind.Precondition, Graph.KindOf(Id("vertrouwen")));
        Assert.Equal(GoalLevel.Mission, Graph.LevelOf(Id("missie")));
        Assert.Null(Graph.LevelOf(Id("noa")));
        Assert.Equal(["missie"], Ids(Graph.Missions));
    }

    [Fact]
    public void Edges_carry_kind_weight_and_model_position()
    {
        var toc = Graph.TheoryOfChange;
        var edge = Graph.InEdges(Id("geldzorgen"), ChangeEdgeKind.ContributesTo).Last();

        Assert.Equal(Id("kansen-werk"), edge.Source);
        Assert.Equal(ChangeEdgeKind.ContributesTo, edge.Kind);
        Assert.Equal(1.0, edge.Weight);
        Assert.Same(toc.Edges[edge.Index], toc.Edges[^1]);
        Assert.Equal("Inkomen uit werk verkleint geldzorgen.", toc.Edges[edge.Index].Rationale);
        Assert.Equal(toc.Edges.Count, Graph.EdgeCount);
        Assert.All(Graph.Edges, e => Assert.Equal((toc.Edges[e.Index].From, toc.Edges[e.Index].To, toc.Edges[e.Index].Kind), (e.Source, e.Target, e.Kind)));
        Assert.All(Graph.Edges, e => Assert.True(Graph.ContainsEdge(e)));
        Assert.False(Graph.ContainsEdge(edge with { Kind = ChangeEdgeKind.RestsOnAssumption }));
    }

    [Fact]
    public void The_chains_of_an_intervention_run_along_contributions_up_to_the_mission()
    {
        var chains = Graph.ChainsToMission(Id("jobcoaching")).Select(Ids).ToArray();

        Assert.Equal(
            [
                ["jobcoaching", "out-naar-werk", "kansen-werk", "meedoen", "missie"],
                ["jobcoaching", "out-naar-werk", "kansen-werk", "geldzorgen", "zorg", "missie"],
            ],
            chains);
        Assert.Equal(["missie"], Ids(Graph.ChainsToMission(Id("missie")).Single()));
        Assert.Empty(Graph.ChainsToMission(Id("vertrouwen")));
    }

    [Fact]
    public void The_means_of_a_goal_are_everything_that_contributes_to_it_nearest_first()
    {
        var means = Ids(Graph.MeansOf(Id("geldzorgen")));

        Assert.Equal(["kansen-werk", "noa", "out-schuldtrajecten", "project-o"], means[..4].Order(StringComparer.Ordinal));
        Assert.Equal(
            ["bedrijventerrein", "energie-jongeren", "jobcoaching", "kansen-werk", "noa", "out-naar-werk", "out-schuldtrajecten", "project-o", "sociaal-renoveren", "vroegsignalering"],
            means.Order(StringComparer.Ordinal));
        Assert.True(Array.IndexOf(means, "jobcoaching") > Array.IndexOf(means, "out-naar-werk"));
        Assert.Empty(Graph.MeansOf(Id("jobcoaching")));
    }

    [Fact]
    public void Paths_between_two_nodes_are_all_simple_paths_and_the_shortest_is_found()
    {
        Assert.Equal(
            [["noa", "geldzorgen"], ["noa", "kansen-werk", "geldzorgen"]],
            Graph.Paths(Id("noa"), Id("geldzorgen")).Select(Ids).ToArray());
        Assert.Empty(Graph.Paths(Id("geldzorgen"), Id("noa")));
        Assert.Equal(["geldzorgen", "data-delen"], Ids(Graph.Paths(Id("geldzorgen"), Id("data-delen"), ChangeEdgeKind.RequiresPrecondition).Single()));
        Assert.Equal(["jobcoaching", "out-naar-werk", "kansen-werk", "meedoen", "missie"], Ids(Graph.ShortestPath(Id("jobcoaching"), Id("missie"))!));
        Assert.Null(Graph.ShortestPath(Id("missie"), Id("jobcoaching")));
    }

    [Fact]
    public void Unknown_ids_throw_QuikGraphs_exception_naming_the_id()
    {
        var error = Assert.Throws<VertexNotFoundException>(() => Graph.MeansOf(Id("bestaat-niet")));
        Assert.Contains("bestaat-niet", error.Message, StringComparison.Ordinal);
        Assert.Throws<VertexNotFoundException>(() => Graph.Successors(default, ChangeEdgeKind.ContributesTo));
        Assert.False(Graph.ContainsVertex(default));
    }

    [Fact]
    public void Edges_to_unknown_nodes_are_left_out_and_repeated_ids_count_once()
    {
        var toc = new TheoryOfChange
        {
            Goals = [new Goal { Id = Id("m"), Name = "Missie", Level = GoalLevel.Mission }, new Goal { Id = Id("m"), Name = "Dubbel", Level = GoalLevel.Goal }],
            Interventions = [new Intervention { Id = Id("i"), Name = "Interventie", Kind = InterventionKind.Regulier }],
            Edges =
            [
                new ChangeEdge { From = Id("i"), To = Id("weg") },
                new ChangeEdge { From = Id("i"), To = Id("m"), Weight = 2.5 },
            ],
        };

        var graph = TheoryOfChangeGraph.Of(toc);

        Assert.Equal(2, graph.VertexCount);
        var edge = Assert.Single(graph.Edges);
        Assert.Equal((Id("i"), Id("m"), 2.5, 1), (edge.Source, edge.Target, edge.Weight, edge.Index));
        Assert.Equal(GoalLevel.Mission, graph.LevelOf(Id("m")));
    }

    [Theory]
    [MemberData(nameof(SampleFiles.Models), MemberType = typeof(SampleFiles))]
    public void QuikGraph_algorithms_run_on_every_sample_theory_of_change(string file)
    {
        var graph = TheoryOfChangeGraph.Of(ModelJson.ReadFile(SampleFiles.PathOf(file)));

        // Topological sort: every edge runs forward (the samples have no cycles).
        Assert.True(graph.IsDirectedAcyclicGraph());
        var order = graph.TopologicalSort().Select((node, i) => (node, i)).ToDictionary(p => p.node, p => p.i);
        Assert.Equal(graph.VertexCount, order.Count);
        Assert.All(graph.Edges, e => Assert.True(order[e.Source] < order[e.Target], $"{e.Source} -> {e.Target}"));

        // Condensation of an acyclic graph: one component per node.
        var condensed = graph.CondensateStronglyConnected<NodeId, TheoryOfChangeEdge, BidirectionalGraph<NodeId, TheoryOfChangeEdge>>();
        Assert.Equal(graph.VertexCount, condensed.VertexCount);

        // Transitive closure and reduction: the closure holds an edge exactly where a path exists;
        // the reduction keeps every node and drops only edges that a longer path repeats.
        var closure = graph.ComputeTransitiveClosure((s, t) => new TheoryOfChangeEdge(s, t, ChangeEdgeKind.ContributesTo, 1, -1));
        var reduction = graph.ComputeTransitiveReduction();
        Assert.Equal(graph.VertexCount, reduction.VertexCount);
        Assert.All(graph.Edges, e => Assert.True(closure.ContainsEdge(e.Source, e.Target)));
        foreach (var mission in graph.Missions)
        {
            var interventions = graph.Vertices.Where(v => graph.KindOf(v) == NodeKind.Intervention);
            Assert.All(interventions, i => Assert.Equal(graph.ChainsToMission(i).Any(), closure.ContainsEdge(i, mission)));
        }

        Assert.All(graph.Edges, e =>
        {
            var longer = graph.OutEdges(e.Source).Any(o => o.Target != e.Target && closure.ContainsEdge(o.Target, e.Target));
            Assert.True(reduction.ContainsEdge(e.Source, e.Target) != longer, $"{e.Source} -> {e.Target}: longer path {longer}");
        });

        // Shortest paths: Dijkstra with contributions at length 1 and every other edge far longer
        // finds the breadth-first shortest chain of contributions.
        var start = graph.Vertices.First(v => graph.KindOf(v) == NodeKind.Intervention);
        var dijkstra = graph.ShortestPathsDijkstra(e => e.Kind == ChangeEdgeKind.ContributesTo ? 1.0 : 1e6, start);
        foreach (var target in graph.Vertices.Where(v => v != start))
        {
            var ours = graph.ShortestPath(start, target);
            var found = dijkstra(target, out var path);
            var contributionsOnly = found && path.All(e => e.Kind == ChangeEdgeKind.ContributesTo);
            Assert.Equal(ours is not null, contributionsOnly);
            if (ours is not null)
            {
                Assert.Equal(ours.Count - 1, path.Count());
            }
        }
    }

    [Fact]
    public void The_transitive_reduction_finds_the_contribution_that_a_longer_chain_repeats()
    {
        var reduction = Graph.ComputeTransitiveReduction();

        // noa -> geldzorgen is also noa -> kansen-werk -> geldzorgen.
        Assert.False(reduction.ContainsEdge(Id("noa"), Id("geldzorgen")));
        Assert.True(reduction.ContainsEdge(Id("noa"), Id("kansen-werk")));
        Assert.True(reduction.ContainsEdge(Id("kansen-werk"), Id("geldzorgen")));
    }
}
