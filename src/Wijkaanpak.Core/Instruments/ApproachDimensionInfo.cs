using Wijkaanpak.Core.Localization;
namespace Wijkaanpak.Core.Instruments;

/// <summary>The description of one approach dimension: its two poles and the criterion for choosing between them.</summary>
/// <param name="Dimension">The dimension.</param>
/// <param name="PoleA">The first pole.</param>
/// <param name="PoleB">The second pole.</param>
/// <param name="Criterion">The criterion for choosing (*keuzecriterium*), in our own words.</param>
/// <param name="Source">Where it is based on.</param>
public sealed record ApproachDimensionInfo(ApproachDimension Dimension, LocalizedText PoleA, LocalizedText PoleB, LocalizedText Criterion, string Source);
