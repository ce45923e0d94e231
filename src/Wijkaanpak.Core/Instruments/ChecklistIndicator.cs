using Wijkaanpak.Core.Localization;
namespace Wijkaanpak.Core.Instruments;

/// <summary>
/// An indicator (*indicator*, criterion) of a checklist: a statement of what should be true of a
/// practice, judged through the questions that point to it (<see cref="ChecklistQuestion.IndicatorIds"/>).
/// </summary>
/// <param name="Id">Stable id, e.g. <c>wmo.A.I2</c>.</param>
/// <param name="Statement">The criterion, in our own words.</param>
/// <param name="Source">Where it is based on.</param>
public sealed record ChecklistIndicator(string Id, LocalizedText Statement, string Source);
