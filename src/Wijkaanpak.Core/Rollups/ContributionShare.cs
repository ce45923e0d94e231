using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Rollups;

/// <summary>
/// The part of a partner's money or capacity that reaches one goal through the edge weights of the
/// theory of change (*bijdrage*). This is contribution analysis, not attribution: it says where
/// effort goes, not what it causes (ARCHITECTURE §8).
/// </summary>
/// <param name="Source">Intervention budget or alliance commitment.</param>
/// <param name="Resource">Money (euros) or capacity (FTE).</param>
/// <param name="PartnerId">The partner: the intervention's owner or the committing member; absent for an intervention without owner.</param>
/// <param name="GoalId">The goal reached.</param>
/// <param name="Direct">The amount reaching the goal from interventions or commitments that name it directly.</param>
/// <param name="Total">The amount reaching the goal directly or through the goals that contribute to it.</param>
/// <param name="EqualSplit">True when some split on the way had no weights and was made equal.</param>
public sealed record ContributionShare(ContributionSource Source, CommitmentKind Resource, StakeholderId? PartnerId, NodeId GoalId, double Direct, double Total, bool EqualSplit);
