using NodaTime;

namespace Wijkaanpak.Core.Rollups;

/// <summary>The last milestone (*mijlpaal*) due by the reference date, and whether the latest value meets it.</summary>
/// <param name="Date">When the milestone was due.</param>
/// <param name="Value">The milestone value.</param>
/// <param name="Met">True when the latest value is at least as good as the milestone for the indicator's polarity.</param>
public sealed record MilestoneCheck(LocalDate Date, double Value, bool Met);
