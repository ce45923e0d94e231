using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Rollups;

/// <summary>
/// Contribution analysis (*bijdrage-analyse*): the money and capacity of interventions and alliance
/// commitments, apportioned to goals through the weights of the contribution edges (equal split
/// where no weights are given, and said so), per partner and per goal. Labelled as contribution,
/// never as attribution (bron: 004b §5.1–5.2).
/// </summary>
public sealed record ContributionAnalysis
{
    /// <summary>The label every presentation of these figures must carry.</summary>
    public const string Label = "Contribution analysis: effort apportioned to goals through edge weights; not attribution of effects.";

    /// <summary>Amounts per source, resource, partner and goal, ordered by those keys.</summary>
    public EquatableArray<ContributionShare> Shares { get; init; }

    /// <summary>What each partner puts in, ordered by source, resource and partner.</summary>
    public EquatableArray<PartnerContribution> Partners { get; init; }
}
