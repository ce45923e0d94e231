using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Rollups;

/// <summary>
/// The spread of an area's children at one date (*spreiding*), because an average hides the
/// buurt where it goes wrong (bron: 004a §5.2).
/// </summary>
/// <param name="Min">The lowest child value.</param>
/// <param name="Max">The highest child value.</param>
/// <param name="WorstChild">The child with the worst value for the indicator's polarity; absent for a neutral indicator.</param>
/// <param name="WorstValue">Its value.</param>
/// <param name="Threshold">The value against which children are judged, if one applies.</param>
/// <param name="ShareWorseThanThreshold">Share of the children with a value that are worse than the threshold, 0–1; absent without a threshold or polarity.</param>
public sealed record AreaDispersion(double Min, double Max, AreaId? WorstChild, double? WorstValue, double? Threshold, double? ShareWorseThanThreshold);
