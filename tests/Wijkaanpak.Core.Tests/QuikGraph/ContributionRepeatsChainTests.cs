using QuikGraph;
using QuikGraph.Algorithms;
using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Serialization;
using Wijkaanpak.Core.Tests.Samples;
using Wijkaanpak.Core.Validation;

namespace Wijkaanpak.Core.Tests.QuikGraph;

public sealed class ContributionRepeatsChainTests
{
    [Theory]
    [MemberData(nameof(SampleFiles.Models), MemberType = typeof(SampleFiles))]
    public void WA0088_reports_the_contributions_that_QuikGraphs_transitive_reduction_drops_for_a_two_step_chain(string file)
    {
        var model = ModelJson.ReadFile(SampleFiles.PathOf(file));
        var toc = TheoryOfChangeGraph.Of(model);
        var contributions = toc.Edges.Where(e => e.Kind == ChangeEdgeKind.ContributesTo).ToBidirectionalGraph<NodeId, TheoryOfChangeEdge>();
        var reduced = contributions.ComputeTransitiveReduction();
        var expected = contributions.Edges
            .Where(e => !reduced.ContainsEdge(e.Source, e.Target)
                && toc.Successors(e.Source, ChangeEdgeKind.ContributesTo).Any(h => h != e.Target && toc.Successors(h, ChangeEdgeKind.ContributesTo).Contains(e.Target)))
            .Select(e => $"{e.Source} -> {e.Target}")
            .Distinct()
            .Order(StringComparer.Ordinal);

        var reported = Validator.Validate(model).Diagnostics
            .Where(d => d.Code == "WA0088")
            .Select(d => $"{d.Subjects[0]} -> {d.Subjects[1]}")
            .Order(StringComparer.Ordinal);

        Assert.Equal(expected, reported);
    }

    [Fact]
    public void WA0088_names_the_means_the_goal_and_the_goal_in_between()
    {
        var model = ModelJson.ReadFile(SampleFiles.PathOf("samen-voor-overvecht.json"));

        var finding = Assert.Single(Validator.Validate(model).Diagnostics, d => d.Code == "WA0088");

        Assert.Equal(["noa", "geldzorgen", "kansen-werk"], finding.Subjects);
        Assert.Equal(DiagnosticSeverity.Info, finding.Severity);
    }
}
