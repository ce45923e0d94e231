using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Validation;

namespace Wijkaanpak.Core.Tests.Validation;

public class RuleCatalogueTests
{
    public static TheoryData<string> RuleCodes()
    {
        var data = new TheoryData<string>();
        foreach (var code in RuleCases.All.Keys.Order(StringComparer.Ordinal))
        {
            data.Add(code);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RuleCodes))]
    public void Rule_reports_its_minimal_triggering_model(string code)
    {
        var model = RuleCases.All[code].Triggers();

        Assert.Contains(code, CodesFound(model));
    }

    [Theory]
    [MemberData(nameof(RuleCodes))]
    public void Rule_is_silent_on_the_corrected_model(string code)
    {
        var model = RuleCases.All[code].Silent();

        Assert.DoesNotContain(code, CodesFound(model));
    }

    [Fact]
    public void Every_built_in_rule_has_a_triggering_and_a_silent_case()
    {
        var ruleCodes = Validator.BuiltInRules.Select(d => d.Code).Where(c => c != "WA0000");

        Assert.Equal(ruleCodes.Order(StringComparer.Ordinal), RuleCases.All.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_catalogue_has_at_least_forty_rules_with_unique_codes()
    {
        var codes = Validator.BuiltInRules.Select(d => d.Code).ToList();

        Assert.True(codes.Count >= 41, $"Only {codes.Count} descriptors.");
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Every_descriptor_is_complete_and_cites_a_source()
    {
        Assert.All(Validator.BuiltInRules, d =>
        {
            Assert.Matches("^WA[0-9]{4}$", d.Code);
            Assert.False(string.IsNullOrWhiteSpace(d.Title));
            Assert.False(string.IsNullOrWhiteSpace(d.Rationale));
            Assert.False(string.IsNullOrWhiteSpace(d.HelpText));
            Assert.False(string.IsNullOrWhiteSpace(d.Source));
            Assert.EndsWith($"(bron: {d.Source})", d.RationaleWithSource, StringComparison.Ordinal);
        });
    }

    private static List<string> CodesFound(WijkaanpakModel model) =>
        [.. Validator.Validate(model, new ValidationOptions { Today = RuleCases.Today }).Diagnostics.Select(d => d.Code)];
}
