namespace Wijkaanpak.Core.Instruments;

/// <summary>
/// The judgement (*oordeel*) on an indicator, section or phase, derived from its answers by the
/// rule in <see cref="ScoreSummary"/>.
/// </summary>
public enum Judgement
{
    /// <summary>*Voldoet*: every applicable question answered yes.</summary>
    Meets,

    /// <summary>*Voldoet deels*: some yes or partly, but not every applicable question a plain yes.</summary>
    PartlyMeets,

    /// <summary>*Voldoet niet*: every scored answer is no.</summary>
    DoesNotMeet,

    /// <summary>*Onbepaald*: no question answered yes, partly or no.</summary>
    Undetermined,
}
