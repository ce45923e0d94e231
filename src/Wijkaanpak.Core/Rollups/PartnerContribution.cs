using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Rollups;

/// <summary>What one partner puts in, per source and resource, and how much of it reaches a goal of the theory of change at all.</summary>
/// <param name="Source">Intervention budget or alliance commitment.</param>
/// <param name="Resource">Money (euros) or capacity (FTE).</param>
/// <param name="PartnerId">The partner; absent for interventions without owner.</param>
/// <param name="Amount">The amount put in.</param>
/// <param name="Unallocated">The part that reaches no goal, because an intervention contributes to none.</param>
public sealed record PartnerContribution(ContributionSource Source, CommitmentKind Resource, StakeholderId? PartnerId, double Amount, double Unallocated);
