namespace Wijkaanpak.Core.Instruments;

/// <summary>The answer (*antwoord*) a team gives to one checklist question.</summary>
public enum AnswerValue
{
    /// <summary>*Ja*: fully in place.</summary>
    Yes,

    /// <summary>*Deels*: partly in place.</summary>
    Partly,

    /// <summary>*Nee*: not in place.</summary>
    No,

    /// <summary>*Niet van toepassing*: the question does not apply to this practice; left out of scores.</summary>
    NotApplicable,

    /// <summary>*Onbekend*: nobody can say yet; left out of scores but listed as needing attention.</summary>
    Unknown,
}
