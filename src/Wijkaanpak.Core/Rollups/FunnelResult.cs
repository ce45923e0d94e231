using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Rollups;

/// <summary>
/// A funnel with its conversion rates (*trechteranalyse*): e.g. 318 intakes → 258 started → 195
/// persisted → 87 in work is 27 % of intakes and 45 % of those who persisted (bron: 002 §6).
/// </summary>
/// <param name="FunnelId">The funnel.</param>
/// <param name="Name">Its name.</param>
/// <param name="AreaId">The area it counts in, if one.</param>
/// <param name="Stages">The stages in order, with conversions.</param>
/// <param name="Overall">Last count / first count; absent with fewer than two stages or a first count of 0.</param>
public sealed record FunnelResult(FunnelId FunnelId, string Name, AreaId? AreaId, EquatableArray<FunnelStageResult> Stages, double? Overall)
{
    /// <summary>True when some stage counts more than the stage before it.</summary>
    public bool HasIncrease => Stages.Any(s => s.IsIncrease);
}
