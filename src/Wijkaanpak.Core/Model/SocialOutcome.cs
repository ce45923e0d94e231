namespace Wijkaanpak.Core.Model;

/// <summary>
/// An outcome of a social-return case in the MKBA/SROI manner (*effect*, *baat*): how many
/// units change, what one unit is worth per year (the financial proxy), which shares would have
/// happened anyway (deadweight), moved elsewhere (displacement) or are due to others
/// (attribution), how many years it lasts and how fast it fades (drop-off), and who benefits.
/// </summary>
/// <remarks>
/// The fractions are shares between 0 and 1. The value in year 1 is
/// quantity × proxy × (1 − deadweight) × (1 − displacement) × (1 − attribution); each later year
/// keeps (1 − drop-off) of the year before.
/// </remarks>
public sealed record SocialOutcome
{
    /// <summary>The outcome, e.g. "Huishoudens schuldenvrij".</summary>
    public required string Name { get; init; }

    /// <summary>Number of units of change (people, households); finite and not negative.</summary>
    public required double Quantity { get; init; }

    /// <summary>The value of one unit per year in euros (*financiële proxy*), e.g. avoided costs.</summary>
    public required decimal FinancialProxy { get; init; }

    /// <summary>Share that would have happened without the intervention (*deadweight*, *nuleffect*), 0–1.</summary>
    public double Deadweight { get; init; }

    /// <summary>Share that moved a problem elsewhere rather than solving it (*verplaatsing*, *displacement*), 0–1.</summary>
    public double Displacement { get; init; }

    /// <summary>Share due to others than this case (*toerekening*, *attribution*), 0–1.</summary>
    public double Attribution { get; init; }

    /// <summary>How many years the outcome lasts; at least 1.</summary>
    public int Duration { get; init; } = 1;

    /// <summary>Share of the outcome lost each year after the first (*uitval*, *drop-off*), 0–1.</summary>
    public double DropOff { get; init; }

    /// <summary>The stakeholder that receives the benefit (*baathouder*), if one of the stakeholders.</summary>
    public StakeholderId? BeneficiaryId { get; init; }
}
