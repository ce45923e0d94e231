using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Validation;

namespace Wijkaanpak.Core.Tests.Validation;

public class RuleConfigurationTests
{
    [Fact]
    public void A_rules_file_sets_the_profile_severities_and_rules_switched_off()
    {
        var configuration = RuleConfiguration.Parse("""
            # comment
            ; also a comment
            profile = NPLV
            rule.WA0011.severity = warning   # raise it
            rule.wa0087.severity = none

            """);

        Assert.Equal(ValidationProfile.Nplv, configuration.Profile);
        Assert.Equal(DiagnosticSeverity.Warning, configuration.Severities["WA0011"]);
        Assert.Equal(["WA0087"], configuration.Disabled);
    }

    [Fact]
    public void Applied_the_file_overrides_severities_and_adds_disabled_rules_to_the_options()
    {
        var options = new ValidationOptions
        {
            Profile = ValidationProfile.Strict,
            SeverityOverrides = new Dictionary<string, DiagnosticSeverity> { ["WA0011"] = DiagnosticSeverity.Error, ["WA0020"] = DiagnosticSeverity.Info },
            DisabledRules = new HashSet<string> { "WA0030" },
        };

        var applied = RuleConfiguration.Parse("rule.WA0011.severity = info\nrule.WA0087.severity = none\n").ApplyTo(options);

        Assert.Equal(ValidationProfile.Strict, applied.Profile);
        Assert.Equal(DiagnosticSeverity.Info, applied.SeverityOverrides["WA0011"]);
        Assert.Equal(DiagnosticSeverity.Info, applied.SeverityOverrides["WA0020"]);
        Assert.True(applied.DisabledRules.SetEquals(["WA0030", "WA0087"]));
    }

    [Fact]
    public void Every_problem_of_a_rules_file_is_reported_with_its_line_and_column()
    {
        var text = "profile = lenient\nrule.WA9999.severity = warning\nrule.WA0011.severity = loud\nseverity\nrule.WA0011.colour = red\nprofile = strict\n";

        var e = Assert.Throws<WijkaanpakModelException>(() => RuleConfiguration.Parse(text, "rules.globalconfig"));

        Assert.Equal(
            [(1L, 11L), (2L, 6L), (3L, 24L), (4L, 1L), (5L, 1L), (6L, 1L)],
            e.Problems.Select(p => (p.Line!.Value, p.Column!.Value)).ToArray());
        Assert.Contains("'lenient' is not a profile", e.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("No rule has code 'WA9999'", e.Problems[1].Message, StringComparison.Ordinal);
        Assert.Contains("'loud' is not a severity", e.Problems[2].Message, StringComparison.Ordinal);
        Assert.Contains("set twice", e.Problems[5].Message, StringComparison.Ordinal);
        Assert.Contains("rules.globalconfig", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rules_file_may_configure_your_own_rules_when_their_descriptors_are_passed()
    {
        var own = Validator.BuiltInRules[0] with { Code = "XY0001" };

        var configuration = RuleConfiguration.Parse("rule.XY0001.severity = error", rules: [.. Validator.BuiltInRules, own]);

        Assert.Equal(DiagnosticSeverity.Error, configuration.Severities["XY0001"]);
        Assert.Throws<WijkaanpakModelException>(() => RuleConfiguration.Parse("rule.XY0001.severity = error"));
    }
}
