using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Instruments;

/// <summary>
/// What phase gates read besides the model: a handbook assessment, and the codes of the error
/// diagnostics a validation run reported. Kept as plain codes so the instruments do not depend on
/// the validation room.
/// </summary>
public sealed record PhaseInput
{
    /// <summary>An assessment with the handbook checklist (<c>handboek</c>); a "no" in a phase's checklists blocks leaving that phase.</summary>
    public Assessment? HandbookAssessment { get; init; }

    /// <summary>Codes of validation diagnostics with error severity; any blocks the gate into Uitvoeren.</summary>
    public EquatableArray<string> ValidationErrorCodes { get; init; }
}
