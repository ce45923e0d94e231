using System.Text;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Wijkaanpak.Core.Export;
using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Validation;

namespace Wijkaanpak.Core.Tests.Validation;

public class ValidationPropertyTests
{
    private static readonly ValidationOptions Options = new() { Today = new LocalDate(2025, 6, 1) };

    [Fact]
    public void No_generated_dag_gets_a_cycle_finding()
    {
        Prop.ForAll(ModelGen.Dag(), model =>
            !Validator.Validate(model).Diagnostics.Any(d => d.Code == "WA0002")).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void One_back_edge_gives_a_cycle_finding_that_names_its_whole_loop_starting_with_a_real_cycle()
    {
        Prop.ForAll(ModelGen.Dag(), model =>
        {
            var goalEdge = model.TheoryOfChange.Edges.FirstOrDefault(e => model.FindGoal(e.From) is not null);
            if (goalEdge is null)
            {
                return true;
            }

            var cyclic = model with
            {
                TheoryOfChange = model.TheoryOfChange with { Edges = model.TheoryOfChange.Edges.Add(new ChangeEdge { From = goalEdge.To, To = goalEdge.From }) },
            };
            var edges = cyclic.TheoryOfChange.Edges.Select(e => (e.From.Value, e.To.Value)).ToHashSet();
            var cycles = Validator.Validate(cyclic).Diagnostics.Where(d => d.Code == "WA0002").ToList();
            return cycles.Count > 0 && cycles.All(c => StartsWithCycle(c.Subjects, edges) && IsWholeLoop(c.Subjects, edges));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void All_rules_together_find_what_each_rule_finds_on_its_own()
    {
        var codes = Validator.BuiltInRules.Select(d => d.Code).ToList();
        Prop.ForAll(ModelGen.Any(), model =>
        {
            var together = Validator.Validate(model, Options).Diagnostics;
            var alone = codes
                .SelectMany(code => Validator.Validate(model, Options with { DisabledRules = codes.Where(c => c != code).ToHashSet(StringComparer.Ordinal) }).Diagnostics)
                .Order(Comparer<Diagnostic>.Create((x, y) => DiagnosticOrder.Instance.Compare(x, y)))
                .ToList();
            return alone.SequenceEqual(together);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Validation_never_throws_on_any_generated_model()
    {
        Prop.ForAll(ModelGen.Any(), model =>
        {
            foreach (var profile in Enum.GetValues<ValidationProfile>())
            {
                var result = Validator.Validate(model, Options with { Profile = profile });
                if (result.Diagnostics.Any(d => d.Code == "WA0000"))
                {
                    return false;
                }
            }

            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void The_same_model_gives_byte_identical_output()
    {
        Prop.ForAll(ModelGen.Any(), model => Sarif(model) == Sarif(model with { })).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_million_node_chain_validates_without_stack_overflow()
    {
        const int length = 1_000_000;
        var goals = new Goal[length];
        var edges = new ChangeEdge[length - 1];
        for (var i = 0; i < length; i++)
        {
            goals[i] = new Goal { Id = new NodeId($"g{i}"), Name = "g", Level = i == 0 ? GoalLevel.Mission : GoalLevel.Goal };
            if (i > 0)
            {
                edges[i - 1] = new ChangeEdge { From = goals[i].Id, To = goals[i - 1].Id, Rationale = "r" };
            }
        }

        var model = new WijkaanpakModel { Name = "chain", TheoryOfChange = new TheoryOfChange { Goals = [.. goals], Edges = [.. edges] } };

        var result = Validator.Validate(model, new ValidationOptions { DisabledRules = new HashSet<string> { "WA0020", "WA0050" } });

        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "WA0002" or "WA0006");
        Assert.Single(result.Diagnostics, d => d.Code == "WA0005");
    }

    [Fact]
    public void A_synthetic_model_passes_integrity_and_has_no_structural_errors()
    {
        var model = SyntheticTheoryOfChange.Generate(5_000, seed: 7);

        Assert.Empty(ModelIntegrity.Check(model));
        Assert.DoesNotContain(Validator.Validate(model).Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void The_synthetic_generator_is_deterministic_and_has_about_three_edges_per_node()
    {
        var model = SyntheticTheoryOfChange.Generate(10_000, seed: 3);

        Assert.Equal(model, SyntheticTheoryOfChange.Generate(10_000, seed: 3));
        Assert.Equal(10_000, model.TheoryOfChange.Goals.Count + model.TheoryOfChange.Interventions.Count);
        Assert.InRange(model.TheoryOfChange.Edges.Count, 25_000, 35_000);
    }

    /// <summary>True when some first part of <paramref name="subjects"/> is a cycle: each node has an edge to the next, the last one back to the first.</summary>
    private static bool StartsWithCycle(EquatableArray<string> subjects, HashSet<(string, string)> edges)
    {
        for (var length = 1; length <= subjects.Count; length++)
        {
            var path = subjects.Take(length).ToList();
            if (path.Select((node, i) => (node, path[(i + 1) % path.Count])).All(edges.Contains))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="subjects"/> are exactly the nodes that reach the first subject and are reached from it, each named once.</summary>
    private static bool IsWholeLoop(EquatableArray<string> subjects, HashSet<(string, string)> edges)
    {
        var loop = Reached(subjects[0], edges, backward: false);
        loop.IntersectWith(Reached(subjects[0], edges, backward: true));
        return subjects.Distinct().Count() == subjects.Count && loop.SetEquals(subjects);
    }

    private static HashSet<string> Reached(string start, HashSet<(string From, string To)> edges, bool backward)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal) { start };
        var queue = new Queue<string>([start]);
        while (queue.TryDequeue(out var node))
        {
            foreach (var (from, to) in edges)
            {
                var (here, there) = backward ? (to, from) : (from, to);
                if (here == node && reached.Add(there))
                {
                    queue.Enqueue(there);
                }
            }
        }

        return reached;
    }

    private static string Sarif(WijkaanpakModel model)
    {
        using var stream = new MemoryStream();
        SarifWriter.Write(stream, Validator.Validate(model, Options), "m.json", Validator.BuiltInRules);
        DiagnosticJsonWriter.Write(stream, Validator.Validate(model, Options));
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
