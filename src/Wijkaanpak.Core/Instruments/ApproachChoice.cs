namespace Wijkaanpak.Core.Instruments;

/// <summary>The choice an approach makes on one dimension, with the reason (*onderbouwing*).</summary>
/// <param name="Dimension">The dimension.</param>
/// <param name="Pole">The side chosen.</param>
/// <param name="Rationale">Why: which local circumstances led to this choice, against the dimension's criterion.</param>
public sealed record ApproachChoice(ApproachDimension Dimension, ApproachPole Pole, string Rationale);
