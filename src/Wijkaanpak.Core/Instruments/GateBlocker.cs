using Wijkaanpak.Core.Localization;
namespace Wijkaanpak.Core.Instruments;

/// <summary>One reason a phase gate does not pass yet (*knelpunt*), with where the requirement comes from.</summary>
/// <param name="Code">Stable code of the kind of blocker, e.g. <c>no-contract</c>, <c>checklist-no</c>, <c>validation-errors</c> (see docs/instruments.md).</param>
/// <param name="Reason">What is missing, naming the elements, questions or codes concerned.</param>
/// <param name="Source">Where the requirement is based on.</param>
public sealed record GateBlocker(string Code, LocalizedText Reason, string Source);
