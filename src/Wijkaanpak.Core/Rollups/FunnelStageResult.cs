namespace Wijkaanpak.Core.Rollups;

/// <summary>One stage of a funnel with its conversion rates (*doorstroompercentage*).</summary>
/// <param name="Position">1-based position in the funnel.</param>
/// <param name="Name">The stage.</param>
/// <param name="Count">How many reached it.</param>
/// <param name="FromPrevious">Count / previous count, 0–1 in a proper funnel; absent for the first stage or after a stage of 0.</param>
/// <param name="FromFirst">Count / first count; absent when the first count is 0.</param>
/// <param name="LostFromPrevious">Previous count − count (*uitval*); absent for the first stage.</param>
/// <param name="IsIncrease">True when the count is higher than the previous stage's: not a funnel there, usually a counting error or a different unit.</param>
public sealed record FunnelStageResult(int Position, string Name, double Count, double? FromPrevious, double? FromFirst, double? LostFromPrevious, bool IsIncrease);
