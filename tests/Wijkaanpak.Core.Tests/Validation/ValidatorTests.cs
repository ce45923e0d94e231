using System.Collections.Frozen;
using Wijkaanpak.Core.Localization;
using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Validation;

namespace Wijkaanpak.Core.Tests.Validation;

public class ValidatorTests
{
    [Fact]
    public void A_cycle_finding_names_its_nodes_in_path_order()
    {
        var model = RuleCases.Chain().ContributesTo("missie", "doel").BuildUnchecked();

        var cycle = Assert.Single(Validator.Validate(model).Diagnostics, d => d.Code == "WA0002");

        Assert.Equal(["missie", "doel"], cycle.Subjects);
        Assert.Equal("$.theoryOfChange.goals[0]", cycle.Location);
    }

    [Fact]
    public void A_cycle_finding_names_every_node_of_a_loop_with_a_shortcut()
    {
        // missie → sub → grond → doel → missie, and the shortcut missie → doel: the shortest cycle
        // through missie is missie → doel → missie, but sub and grond are in the same loop.
        var model = RuleCases.Chain()
            .Goal("sub", "Sub", GoalLevel.Goal)
            .Goal("grond", "Grond", GoalLevel.Goal, "doel")
            .ContributesTo("missie", "sub", "doel")
            .ContributesTo("sub", "grond")
            .BuildUnchecked();

        var cycle = Assert.Single(Validator.Validate(model).Diagnostics, d => d.Code == "WA0002");

        Assert.Equal(["missie", "doel", "sub", "grond"], cycle.Subjects);
        Assert.Contains("missie → doel → missie", cycle.Message, StringComparison.Ordinal);
        Assert.Contains("missie, doel, sub, grond", cycle.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_are_ordered_by_severity_then_code_then_subjects()
    {
        var model = RuleCases.Chain()
            .Intervention("z", "Z", InterventionKind.Regulier)
            .Intervention("a", "A", InterventionKind.Regulier)
            .Goal("g", "G", GoalLevel.Goal, "missie")
            .Build();

        var diagnostics = Validator.Validate(model).Diagnostics;

        var sorted = diagnostics
            .OrderByDescending(d => d.Severity)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => string.Join("\u0001", d.Subjects), StringComparer.Ordinal)
            .ToList();
        Assert.Equal(sorted, diagnostics);
        Assert.Equal(["a", "z"], diagnostics.Where(d => d.Code == "WA0003").Select(d => d.Subjects[0]));
    }

    [Fact]
    public void Strict_profile_turns_warnings_into_errors_and_leaves_info()
    {
        var model = new ModelBuilder("m").Goal("g", "G", GoalLevel.Goal).Build();

        var result = Validator.Validate(model, new ValidationOptions { Profile = ValidationProfile.Strict });

        Assert.Equal(DiagnosticSeverity.Error, result.Diagnostics.Single(d => d.Code == "WA0020").Severity);
        Assert.Equal(DiagnosticSeverity.Info, result.Diagnostics.Single(d => d.Code == "WA0014").Severity);
    }

    [Fact]
    public void Nplv_profile_requires_process_direction_as_an_error()
    {
        var model = new ModelBuilder("m").Stakeholder("s", "S", StakeholderType.Welzijn).Member("s", new NodaTime.LocalDate(2024, 1, 1)).Build();

        var result = Validator.Validate(model, new ValidationOptions { Profile = ValidationProfile.Nplv });

        Assert.Equal(DiagnosticSeverity.Error, result.Diagnostics.Single(d => d.Code == "WA0045").Severity);
    }

    [Fact]
    public void Nplv_profile_asks_for_a_fifteen_year_horizon()
    {
        var start = new NodaTime.LocalDate(2024, 1, 1);
        var model = new ModelBuilder("m").Describe(horizon: new NodaTime.DateInterval(start, start.PlusYears(12).PlusDays(-1))).Build();

        Assert.DoesNotContain(Validator.Validate(model).Diagnostics, d => d.Code == "WA0060");
        Assert.Contains(Validator.Validate(model, new ValidationOptions { Profile = ValidationProfile.Nplv }).Diagnostics, d => d.Code == "WA0060");
    }

    [Fact]
    public void A_severity_override_replaces_the_profile_severity()
    {
        var model = new ModelBuilder("m").Goal("g", "G", GoalLevel.Goal).Build();
        var options = new ValidationOptions
        {
            SeverityOverrides = new Dictionary<string, DiagnosticSeverity> { ["WA0020"] = DiagnosticSeverity.Info }.ToFrozenDictionary(),
        };

        Assert.Equal(DiagnosticSeverity.Info, Validator.Validate(model, options).Diagnostics.Single(d => d.Code == "WA0020").Severity);
    }

    [Fact]
    public void A_disabled_rule_reports_nothing()
    {
        var model = new ModelBuilder("m").Goal("g", "G", GoalLevel.Goal).Build();
        var options = new ValidationOptions { DisabledRules = new HashSet<string> { "WA0020" } };

        Assert.DoesNotContain(Validator.Validate(model, options).Diagnostics, d => d.Code == "WA0020");
    }

    [Fact]
    public void Rules_that_need_a_reference_date_are_skipped_and_listed_without_one()
    {
        var result = Validator.Validate(new ModelBuilder("m").Build());

        Assert.Equal(["WA0047", "WA0082", "WA0086"], result.SkippedRules);
    }

    [Fact]
    public void A_users_own_rule_runs_and_reports_with_its_code()
    {
        var options = new ValidationOptions { AdditionalRules = [new NameLengthRule()] };

        var result = Validator.Validate(new ModelBuilder("m").Build(), options);

        Assert.Contains(result.Diagnostics, d => d.Code == "XX0001" && d.Message == "Naam 'm' is korter dan 3 tekens." && d.MessageIn(Language.English) == "Name 'm' is shorter than 3 characters.");
    }

    [Fact]
    public void A_rule_that_throws_becomes_a_WA0000_finding_and_the_run_goes_on()
    {
        var options = new ValidationOptions { AdditionalRules = [new ThrowingRule()] };

        var result = Validator.Validate(new ModelBuilder("m").Build(), options);

        var failure = Assert.Single(result.Diagnostics, d => d.Code == "WA0000");
        Assert.Equal(["XX0002"], failure.Subjects);
        Assert.Contains(result.Diagnostics, d => d.Code == "WA0008");
    }

    [Fact]
    public void A_users_rule_may_not_reuse_a_built_in_code()
    {
        var options = new ValidationOptions { AdditionalRules = [new NameLengthRule("WA0001")] };

        Assert.Throws<ArgumentException>(() => Validator.Validate(new ModelBuilder("m").Build(), options));
    }

    [Fact]
    public void Has_errors_is_true_exactly_when_an_error_is_found()
    {
        Assert.True(Validator.Validate(new ModelBuilder("m").Build()).HasErrors);
        Assert.False(Validator.Validate(RuleCases.Chain().Build(), new ValidationOptions { DisabledRules = new HashSet<string> { "WA0040" } }).HasErrors);
    }

    private sealed class NameLengthRule(string code = "XX0001") : ValidationRule
    {
        public override RuleDescriptor Descriptor { get; } = new()
        {
            Code = code,
            Title = new("Korte naam", "Short name"),
            DefaultSeverity = DiagnosticSeverity.Warning,
            Category = RuleCategory.Other,
            MessageFormat = new("Naam '{0}' is korter dan 3 tekens.", "Name '{0}' is shorter than 3 characters."),
            Rationale = new("Lezers hebben een herkenbare naam nodig.", "Readers need a recognisable name."),
            Source = "own",
            HelpText = new("Gebruik de volledige naam van de aanpak.", "Use the approach's full name."),
        };

        public override void Analyze(ValidationContext context)
        {
            if (context.Model.Name.Length < 3)
            {
                context.ReportModel(context.Model.Name);
            }
        }
    }

    private sealed class ThrowingRule : ValidationRule
    {
        public override RuleDescriptor Descriptor { get; } = new()
        {
            Code = "XX0002",
            Title = new("Kapot", "Broken"),
            DefaultSeverity = DiagnosticSeverity.Warning,
            Category = RuleCategory.Other,
            MessageFormat = new("nooit", "never"),
            Rationale = new("geen", "none"),
            Source = "own",
            HelpText = new("geen", "none"),
        };

        public override void Analyze(ValidationContext context) => throw new InvalidOperationException("boom");
    }
}
