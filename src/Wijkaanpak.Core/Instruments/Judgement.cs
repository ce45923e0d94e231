using Wijkaanpak.Core.Localization;

namespace Wijkaanpak.Core.Instruments;

/// <summary>
/// The judgement (*oordeel*) on an indicator, section or phase, derived from its answers by the
/// rule in <see cref="ScoreSummary"/>.
/// </summary>
public enum Judgement
{
    /// <summary>*Voldoet*: every applicable question answered yes.</summary>
    [LocalizedName("voldoet", "meets")]
    Meets,

    /// <summary>*Voldoet deels*: some yes or partly, but not every applicable question a plain yes.</summary>
    [LocalizedName("voldoet deels", "partly meets")]
    PartlyMeets,

    /// <summary>*Voldoet niet*: every scored answer is no.</summary>
    [LocalizedName("voldoet niet", "does not meet")]
    DoesNotMeet,

    /// <summary>*Onbepaald*: no question answered yes, partly or no.</summary>
    [LocalizedName("onbepaald", "undetermined")]
    Undetermined,
}
