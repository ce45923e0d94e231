using NodaTime;

namespace Wijkaanpak.Core.Export;

/// <summary>One line of a trend chart: an indicator's values in one area over time, in date order.</summary>
/// <param name="Name">The legend text, e.g. the area's name.</param>
/// <param name="Points">The dated values, in date order.</param>
internal sealed record TrendSeries(string Name, IReadOnlyList<(LocalDate Date, double Value)> Points);
