using Wijkaanpak.Core.Localization;

namespace Wijkaanpak.Core.Validation;

/// <summary>
/// A rule set (*toetsingsprofiel*): which severities the rules report with and which thresholds
/// they apply.
/// </summary>
public enum ValidationProfile
{
    /// <summary>Every rule at its default severity, with the thresholds of the practice handbook.</summary>
    [LocalizedName("standaard", "default")]
    Default,

    /// <summary>As <see cref="Default"/>, but every warning counts as an error, like a build that treats warnings as errors.</summary>
    [LocalizedName("streng", "strict")]
    Strict,

    /// <summary>
    /// The Nationaal Programma Leefbaarheid en Veiligheid (NPLV): stricter horizons (at least 15
    /// years) and an independent process direction required.
    /// </summary>
    [LocalizedName("NPLV", "NPLV")]
    Nplv,
}
