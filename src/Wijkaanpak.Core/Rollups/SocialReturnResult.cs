using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Rollups;

/// <summary>
/// The social return of a case in the MKBA/SROI manner (*maatschappelijk rendement*): present value
/// per year and in total, net present value, the ratio per euro invested, a sensitivity table and
/// the balance of who invests and who benefits.
/// </summary>
public sealed record SocialReturnResult
{
    /// <summary>The case.</summary>
    public required SocialReturnCaseId CaseId { get; init; }

    /// <summary>Its name.</summary>
    public required string Name { get; init; }

    /// <summary>The discount rate used.</summary>
    public required double DiscountRate { get; init; }

    /// <summary>Total investment in euros.</summary>
    public required double Investment { get; init; }

    /// <summary>Values per year, from year 1 to the longest duration.</summary>
    public EquatableArray<SocialReturnYear> Years { get; init; }

    /// <summary>Values per outcome, in the case's order.</summary>
    public EquatableArray<SocialOutcomeValue> Outcomes { get; init; }

    /// <summary>Total present value of all outcomes, in euros.</summary>
    public required double PresentValue { get; init; }

    /// <summary>Present value − investment, in euros.</summary>
    public required double NetPresentValue { get; init; }

    /// <summary>Present value per euro invested (the SROI ratio); absent when nothing is invested.</summary>
    public double? RatioPerEuro { get; init; }

    /// <summary>Each parameter varied, in a fixed order.</summary>
    public EquatableArray<SensitivityRow> Sensitivity { get; init; }

    /// <summary>Who invests and who benefits, ordered by stakeholder id (the unnamed beneficiary last).</summary>
    public EquatableArray<StakeholderBalance> Stakeholders { get; init; }
}
