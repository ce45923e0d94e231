using NodaTime;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Rollups;

/// <summary>
/// How the latest value compares with a reference frame (*referentiekader*): the city average,
/// the G4 average, the own baseline (bron: 004a §3.10).
/// </summary>
/// <param name="Frame">The frame.</param>
/// <param name="Date">The date of the reference value.</param>
/// <param name="Reference">The reference value.</param>
/// <param name="Gap">Latest − reference, in the indicator's unit; absent when the frame would compare the area with itself (<paramref name="Absence"/>).</param>
/// <param name="BetterBy">The gap signed for polarity: positive means better than the reference; absent for a neutral indicator or without a gap.</param>
/// <param name="Index">Latest / reference × 100 (the reference is 100, as in the Rotterdam Wijkprofiel); absent when the reference is 0 or without a gap.</param>
/// <param name="IsDerived">True when the reference is not declared but taken from the value of the enclosing gemeente at the same date (only for ratios, means and indices, never for counts).</param>
/// <param name="Absence">Why there is no gap: the area would be compared with itself; absent when there is a gap.</param>
public sealed record ReferenceGap(ReferenceFrameKind Frame, LocalDate Date, double Reference, double? Gap, double? BetterBy, double? Index, bool IsDerived, ReferenceGapAbsence? Absence = null);
