using System.Text.RegularExpressions;
using Wijkaanpak.Core.Serialization;
using Wijkaanpak.Core.Validation;

namespace Wijkaanpak.Core.Tests.Samples;

/// <summary>
/// Each sample validates without errors under the default profile, and every warning it gives is
/// deliberate: its code is named, with the reason, in the sample's description (decision 0011).
/// </summary>
public sealed partial class SampleValidationTests
{
    /// <summary>Every sample model file, for the theories below.</summary>
    public static TheoryData<string> Models => SampleFiles.Models;

    [Theory]
    [MemberData(nameof(Models))]
    public void A_sample_has_no_validation_errors_under_the_default_profile(string file)
    {
        var result = Validator.Validate(ModelJson.ReadFile(SampleFiles.PathOf(file)));

        Assert.Empty(result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Every_warning_of_a_sample_is_explained_in_its_description(string file)
    {
        var model = ModelJson.ReadFile(SampleFiles.PathOf(file));
        var result = Validator.Validate(model);

        var unexplained = result.Diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Warning && !(model.Description ?? string.Empty).Contains(d.Code, StringComparison.Ordinal))
            .Select(d => d.ToString());

        Assert.Empty(unexplained);
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Every_warning_a_description_explains_is_still_given(string file)
    {
        var model = ModelJson.ReadFile(SampleFiles.PathOf(file));
        var given = Validator.Validate(model).Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning).Select(d => d.Code).ToHashSet();

        var stale = RuleCode().Matches(model.Description ?? string.Empty).Select(m => m.Value).Where(code => !given.Contains(code));

        Assert.Empty(stale);
    }

    [GeneratedRegex(@"WA\d{4}")]
    private static partial Regex RuleCode();
}
