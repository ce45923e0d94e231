using NodaTime;
using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Validation;

namespace Wijkaanpak.Core.Tests.Validation;

/// <summary>
/// A theory of change with more than 65,536 edges is validated on all cores: its findings must be
/// exactly those of running each rule on its own, in the same order, every time.
/// </summary>
public class ConcurrentValidationTests
{
    private static readonly WijkaanpakModel Large = Broken(SyntheticTheoryOfChange.Generate(30_000, seed: 7));

    /// <summary>Adds a cycle, a repeated id, a dangling edge and an intervention that serves nothing to a generated model.</summary>
    private static WijkaanpakModel Broken(WijkaanpakModel model)
    {
        var toc = model.TheoryOfChange;
        return model with
        {
            TheoryOfChange = toc with
            {
                Goals = toc.Goals.Add(new Goal { Id = new NodeId("interventie-5"), Name = "Dubbel", Level = GoalLevel.Goal }),
                Interventions = toc.Interventions.Add(new Intervention { Id = new NodeId("los"), Name = "Los", Kind = InterventionKind.Intensivering }),
                Edges = toc.Edges
                    .Add(new ChangeEdge { From = new NodeId("missie-0"), To = new NodeId("ambitie-0"), Rationale = "Terug" })
                    .Add(new ChangeEdge { From = new NodeId("interventie-9"), To = new NodeId("bestaat-niet"), Rationale = "Weg" }),
            },
        };
    }

    [Fact]
    public void The_model_is_large_enough_to_run_on_all_cores() =>
        Assert.True(Large.TheoryOfChange.Edges.Count > 65_536);

    [Fact]
    public void All_rules_together_find_what_each_rule_finds_on_its_own()
    {
        var options = new ValidationOptions { Today = new LocalDate(2026, 1, 1) };
        var together = Validator.Validate(Large, options).Diagnostics;

        var codes = Validator.BuiltInRules.Select(d => d.Code).ToList();
        var alone = codes
            .SelectMany(code => Validator.Validate(Large, options with { DisabledRules = codes.Where(c => c != code).ToHashSet(StringComparer.Ordinal) }).Diagnostics)
            .Order(Comparer<Diagnostic>.Create((x, y) => DiagnosticOrder.Instance.Compare(x, y)))
            .ToList();

        Assert.Contains(together, d => d.Code == "WA0001");
        Assert.Contains(together, d => d.Code == "WA0002");
        Assert.Equal(alone, together);
    }

    [Fact]
    public void Repeated_runs_give_the_same_findings_in_the_same_order()
    {
        var first = Validator.Validate(Large).Diagnostics;

        for (var run = 0; run < 3; run++)
        {
            Assert.Equal(first, Validator.Validate(Large).Diagnostics);
        }
    }
}
