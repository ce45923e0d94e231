using FsCheck;
using FsCheck.Fluent;
using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Tests.Generators;

namespace Wijkaanpak.Core.Tests.Model;

public class TheoryOfChangeNodesTests
{
    private static readonly TheoryOfChange Toc = new()
    {
        Goals =
        [
            new Goal { Id = new NodeId("missie"), Name = "Missie", Level = GoalLevel.Mission },
            new Goal { Id = new NodeId("werk"), Name = "Werk", Level = GoalLevel.Goal },
        ],
        Interventions =
        [
            new Intervention { Id = new NodeId("coach"), Name = "Coach", Kind = InterventionKind.Intensivering },
            new Intervention { Id = new NodeId("werk"), Name = "Dubbel", Kind = InterventionKind.Intensivering },
            new Intervention { Id = new NodeId(string.Empty), Name = "Zonder id", Kind = InterventionKind.Regulier },
        ],
        Preconditions = [new Precondition { Id = new NodeId("rust"), Name = "Rust" }],
        Edges =
        [
            new ChangeEdge { From = new NodeId("coach"), To = new NodeId("werk") },
            new ChangeEdge { From = new NodeId("coach"), To = new NodeId("missie") },
            new ChangeEdge { From = new NodeId("werk"), To = new NodeId("nergens") },
            new ChangeEdge { From = new NodeId("coach"), To = new NodeId("rust"), Kind = ChangeEdgeKind.RequiresPrecondition },
        ],
    };

    [Fact]
    public void Nodes_are_numbered_goals_first_and_the_first_of_a_repeated_id_keeps_it()
    {
        using var nodes = TheoryOfChangeNodes.Of(Toc);

        Assert.Equal(4, nodes.Count);
        Assert.Equal(["missie", "werk", "coach", "rust"], nodes.Ids);
        Assert.Equal([NodeKind.Goal, NodeKind.Goal, NodeKind.Intervention, NodeKind.Precondition], nodes.Kinds);
        Assert.Equal([0, 1, 0, 0], nodes.Positions);
        Assert.Equal(GoalLevel.Goal, nodes.Levels[1]);
        Assert.Equal([new NodeAnomaly(NodeKind.Intervention, 1, 1), new NodeAnomaly(NodeKind.Intervention, 2, -1)], nodes.Anomalies);
    }

    [Fact]
    public void Edge_endpoints_are_resolved_and_a_dangling_one_reads_minus_one()
    {
        using var nodes = TheoryOfChangeNodes.Of(Toc);

        Assert.Equal([2, 2, 1, 2], nodes.EdgeFrom);
        Assert.Equal([1, 0, -1, 3], nodes.EdgeTo);
        Assert.Equal(ChangeEdgeKind.RequiresPrecondition, nodes.EdgeKinds[3]);
        Assert.Equal(-1, nodes.VertexOf(new NodeId("nergens")));
        Assert.Equal(-1, nodes.VertexOf(default));
    }

    [Fact]
    public void Every_edge_endpoint_resolves_to_the_first_node_with_its_id()
    {
        Prop.ForAll(ModelGenerators.Models(), c =>
        {
            var generated = c.Model.TheoryOfChange;
            var repeated = generated.Interventions.Count > 0 ? generated.Interventions[0].Id : new NodeId("x");
            var toc = generated with
            {
                Assumptions = generated.Assumptions.Add(new Assumption { Id = repeated, Statement = "Herhaald id" }),
                Edges = generated.Edges.Add(new ChangeEdge { From = repeated, To = new NodeId("bestaat-niet") }),
            };
            using var nodes = TheoryOfChangeNodes.Of(toc);
            var first = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var id in toc.Goals.Select(g => g.Id).Concat(toc.Interventions.Select(i => i.Id)).Concat(toc.Preconditions.Select(p => p.Id)).Concat(toc.Assumptions.Select(a => a.Id)))
            {
                if (!string.IsNullOrEmpty(id.Value))
                {
                    first.TryAdd(id.Value, first.Count);
                }
            }

            int Expected(NodeId id) => id.Value is { } key && first.TryGetValue(key, out var v) ? v : -1;
            return nodes.Count == first.Count
                && nodes.Ids.Select((id, v) => first[id] == v).All(same => same)
                && Enumerable.Range(0, toc.Edges.Count).All(e => nodes.EdgeFrom[e] == Expected(toc.Edges[e].From) && nodes.EdgeTo[e] == Expected(toc.Edges[e].To));
        }).QuickCheckThrowOnFailure();
    }
}
