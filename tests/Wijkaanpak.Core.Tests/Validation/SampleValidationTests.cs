using NodaTime;
using Wijkaanpak.Core.Serialization;
using Wijkaanpak.Core.Tests.Samples;
using Wijkaanpak.Core.Validation;

namespace Wijkaanpak.Core.Tests.Validation;

/// <summary>
/// The bundled sample models are plans a programme team could sign: no errors under the default
/// profile, and every warning deliberate, named by its code in the model's description. Warnings
/// of the time rules (stale measurements, overdue contract review) depend on the reference date a
/// reader picks, not on the plan, so a description cannot name them once and for all; a plan from
/// 2007 read in 2026 is stale by nature.
/// </summary>
public class SampleValidationTests
{
    /// <summary>A reference date after the latest measurement of every sample.</summary>
    private static readonly LocalDate Today = new(2026, 1, 1);

    public static TheoryData<string> Models => SampleFiles.Models;

    [Theory]
    [MemberData(nameof(Models))]
    public void A_sample_has_no_errors_under_the_default_profile(string file)
    {
        var result = Validate(file);

        Assert.True(!result.HasErrors, string.Join('\n', result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Every_warning_of_a_sample_is_named_in_its_description(string file)
    {
        var model = ModelJson.ReadFile(SampleFiles.PathOf(file));
        var result = Validator.Validate(model, new ValidationOptions { Today = Today });

        var unexplained = result.Diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Warning && !d.Descriptor.NeedsReferenceDate)
            .Where(d => !(model.Description ?? string.Empty).Contains(d.Code, StringComparison.Ordinal))
            .Select(d => d.ToString())
            .ToList();

        Assert.True(unexplained.Count == 0, string.Join('\n', unexplained));
    }

    private static ValidationResult Validate(string file) =>
        Validator.Validate(ModelJson.ReadFile(SampleFiles.PathOf(file)), new ValidationOptions { Today = Today });
}
