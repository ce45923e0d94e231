namespace Wijkaanpak.Core.Rollups;

/// <summary>
/// One row of the sensitivity table of a social-return case (*gevoeligheidsanalyse*): one parameter
/// moved down and up for every outcome at once, the rest held, and what that does to the result.
/// </summary>
/// <param name="Parameter">The parameter: quantity, financialProxy, deadweight, displacement, attribution, dropOff, duration or discountRate.</param>
/// <param name="Change">The size of the move: a relative share for quantity and proxy, an absolute share for the fractions and the rate, years for the duration.</param>
/// <param name="LowNetPresentValue">Net present value with the parameter moved down (shares clamped to 0–1, duration at least 1).</param>
/// <param name="HighNetPresentValue">Net present value with the parameter moved up.</param>
/// <param name="LowRatio">Present value per euro invested with the parameter moved down; absent without investment.</param>
/// <param name="HighRatio">Present value per euro invested with the parameter moved up.</param>
public sealed record SensitivityRow(string Parameter, double Change, double LowNetPresentValue, double HighNetPresentValue, double? LowRatio, double? HighRatio);
