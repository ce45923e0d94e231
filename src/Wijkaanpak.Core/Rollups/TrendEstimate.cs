namespace Wijkaanpak.Core.Rollups;

/// <summary>
/// The trend of an indicator's series (*trend*): slopes per year by ordinary least squares and by
/// Theil–Sen (the median of all pairwise slopes, robust to the step changes neighbourhood data
/// shows; bron: 004a §5.2), and a direction from the Theil–Sen slope.
/// </summary>
/// <param name="Points">Number of points used (dates on or before the reference date).</param>
/// <param name="LeastSquaresSlope">Change per year by least squares; absent with fewer than two points.</param>
/// <param name="TheilSenSlope">Change per year by Theil–Sen; absent with fewer than two points.</param>
/// <param name="Direction">The direction; <see cref="TrendDirection.InsufficientData"/> below three points.</param>
public sealed record TrendEstimate(int Points, double? LeastSquaresSlope, double? TheilSenSlope, TrendDirection Direction);
