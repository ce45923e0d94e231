using Wijkaanpak.Core.Localization;
using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Tests.Localization;
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
            LocalizedTextTests.AssertComplete($"{d.Code}.Title", d.Title);
            LocalizedTextTests.AssertComplete($"{d.Code}.MessageFormat", d.MessageFormat);
            LocalizedTextTests.AssertComplete($"{d.Code}.Rationale", d.Rationale);
            LocalizedTextTests.AssertComplete($"{d.Code}.HelpText", d.HelpText);
            Assert.False(string.IsNullOrWhiteSpace(d.Source));
            Assert.EndsWith($"(bron: {d.Source})", d.RationaleWithSource(Language.Dutch), StringComparison.Ordinal);
            Assert.EndsWith($"(source: {d.Source})", d.RationaleWithSource(Language.English), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Every_source_is_a_domain_source_document_named_by_its_title()
    {
        string[] documents =
        [
            "Procesevaluatie Wmo-pilots leefbaarheid en sociale samenhang (DSP-groep, Bureau Ruyterveer, 2007)",
            "Checklist Wmo-praktijken (Verwey-Jonker Instituut, 2013)",
            "Barrières en Breekijzers in de Buurt (PwC, 2008)",
            "Wijkgericht werken vergeleken (2005)",
            "Praktijkhandboek Slagkracht in de wijk (2e druk, 2024)",
        ];
        Assert.All(Validator.BuiltInRules.Where(d => d.Code != "WA0000"), d =>
            Assert.All(d.Source.Split("; "), source => Assert.Contains(source, documents)));
    }

    private static List<string> CodesFound(WijkaanpakModel model) =>
        [.. Validator.Validate(model, new ValidationOptions { Today = RuleCases.Today }).Diagnostics.Select(d => d.Code)];
}
