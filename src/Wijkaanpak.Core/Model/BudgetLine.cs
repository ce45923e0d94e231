using NodaTime;

namespace Wijkaanpak.Core.Model;

/// <summary>
/// A budget line (*begrotingsregel*) of a programme: money from one funder for one purpose, regular
/// or additional, structural or one-off, with how much is pledged, granted and spent.
/// </summary>
public sealed record BudgetLine
{
    /// <summary>Unique id of the line.</summary>
    public required BudgetLineId Id { get; init; }

    /// <summary>What the money is, e.g. "Volkshuisvestingsfonds tranche 1".</summary>
    public required string Name { get; init; }

    /// <summary>The funder, if it is one of the stakeholders.</summary>
    public StakeholderId? FunderId { get; init; }

    /// <summary>Regular or additional.</summary>
    public required FundingCategory Category { get; init; }

    /// <summary>Structural or one-off.</summary>
    public required FundingNature Nature { get; init; }

    /// <summary>What it pays for.</summary>
    public BudgetPurpose Purpose { get; init; } = BudgetPurpose.Interventions;

    /// <summary>The intervention it funds, if earmarked.</summary>
    public NodeId? InterventionId { get; init; }

    /// <summary>Pledged amount in euros (*toegezegd*).</summary>
    public required decimal Pledged { get; init; }

    /// <summary>Granted amount in euros (*toegekend*), if known.</summary>
    public decimal? Granted { get; init; }

    /// <summary>Spent amount in euros (*besteed*), if known.</summary>
    public decimal? Spent { get; init; }

    /// <summary>The period the money covers.</summary>
    public DateInterval? Period { get; init; }
}
