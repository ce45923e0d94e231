namespace Wijkaanpak.Core.Model;

/// <summary>
/// A social-return case (*maatschappelijk rendement*, MKBA/SROI): the investments of
/// stakeholders in an effort and the valued outcomes it yields, discounted to a present value,
/// so that the yield per euro invested and the balance of who invests and who benefits can be
/// computed (bron: 004b §5.1, €1.5 per euro invested cross-domain; 004a §5.1, MKBA).
/// </summary>
public sealed record SocialReturnCase
{
    /// <summary>Unique id of the case.</summary>
    public required SocialReturnCaseId Id { get; init; }

    /// <summary>Name, e.g. "Schuldhulp aan de keukentafel".</summary>
    public required string Name { get; init; }

    /// <summary>What was done, the counterfactual, and where the proxies come from.</summary>
    public string? Description { get; init; }

    /// <summary>The investments, per stakeholder.</summary>
    public EquatableArray<SocialInvestment> Investments { get; init; }

    /// <summary>The valued outcomes.</summary>
    public EquatableArray<SocialOutcome> Outcomes { get; init; }

    /// <summary>The yearly discount rate (*discontovoet*) as a fraction, 0–1; e.g. 0.0225.</summary>
    public double DiscountRate { get; init; }
}
