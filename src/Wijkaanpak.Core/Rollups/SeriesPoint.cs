using NodaTime;

namespace Wijkaanpak.Core.Rollups;

/// <summary>One point of an indicator's series in one area: measured there or rolled up from below.</summary>
internal readonly record struct SeriesPoint(LocalDate Date, double Value, AreaValueOrigin Origin);
