using Wijkaanpak.Core.Localization;

namespace Wijkaanpak.Core.Instruments;

/// <summary>The answer (*antwoord*) a team gives to one checklist question.</summary>
public enum AnswerValue
{
    /// <summary>*Ja*: fully in place.</summary>
    [LocalizedName("ja", "yes")]
    Yes,

    /// <summary>*Deels*: partly in place.</summary>
    [LocalizedName("deels", "partly")]
    Partly,

    /// <summary>*Nee*: not in place.</summary>
    [LocalizedName("nee", "no")]
    No,

    /// <summary>*Niet van toepassing*: the question does not apply to this practice; left out of scores.</summary>
    [LocalizedName("niet van toepassing", "not applicable")]
    NotApplicable,

    /// <summary>*Onbekend*: nobody can say yet; left out of scores but listed as needing attention.</summary>
    [LocalizedName("onbekend", "unknown")]
    Unknown,
}
