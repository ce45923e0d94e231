using Wijkaanpak.Core.Localization;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Instruments;

/// <summary>
/// A fact of a model that points to the risk of a barrier or risk from the catalogue (*signaal*),
/// with the levers of the catalogue that counter it and were not found in the model.
/// </summary>
/// <param name="Code">Stable code of the kind of signal, e.g. <c>no-communication-budget</c> (see docs/instruments.md).</param>
/// <param name="EntryId">The barrier or risk in <see cref="BarrierCatalogue"/> the fact points to.</param>
/// <param name="Finding">What was found, naming the model elements.</param>
public sealed record BarrierSignal(string Code, string EntryId, LocalizedText Finding)
{
    /// <summary>The ids of the model elements concerned (programmes, stakeholders, goals, interventions), ordered ordinally.</summary>
    public EquatableArray<string> ElementIds { get; init; }

    /// <summary>Levers of the catalogue that counter the barrier and are not found present in the model, ordered by id.</summary>
    public EquatableArray<string> MissingLeverIds { get; init; }
}
