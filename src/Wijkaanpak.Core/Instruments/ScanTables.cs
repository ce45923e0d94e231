using Wijkaanpak.Core.Export;

namespace Wijkaanpak.Core.Instruments;

/// <summary>
/// A barrier scan and a phase report as tidy tables (what <c>wijkaanpak scan</c> prints):
/// <c>signals</c> (one row per barrier signal, with the catalogue entry, the elements concerned and
/// the levers to consider), <c>levers</c> (the levers present and what shows them), <c>phase</c>
/// (one row: current phase, cycle, next phase) and <c>blockers</c> (what blocks the next gate).
/// Texts are in the language asked for; codes and ids stay as they are, for scripts.
/// </summary>
public static class ScanTables
{
    /// <summary>The tables of <paramref name="scan"/> and <paramref name="phase"/>.</summary>
    /// <param name="scan">The barrier scan.</param>
    /// <param name="phase">Where the approach stands in its cycle.</param>
    /// <param name="language">The language of the texts.</param>
    public static IReadOnlyList<Table> Of(BarrierScanResult scan, PhaseReport phase, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(scan);
        ArgumentNullException.ThrowIfNull(phase);
        var signals = new Table(
            "signals",
            [new("code"), new("entry"), new("entryName"), new("finding"), new("elements"), new("leversToConsider")],
            scan.Signals.Select(s => (IReadOnlyList<object?>)
            [
                s.Code,
                s.EntryId,
                BarrierCatalogue.Find(s.EntryId) is { } entry ? In(entry.Name, language) : null,
                In(s.Finding, language),
                string.Join(", ", s.ElementIds),
                string.Join(", ", s.MissingLeverIds.Select(id => BarrierCatalogue.Find(id) is { } lever ? $"{id} {In(lever.Name, language)}" : id)),
            ]));
        var levers = new Table(
            "levers",
            [new("lever"), new("name"), new("evidence"), new("elements")],
            scan.LeversPresent.Select(l => (IReadOnlyList<object?>)
                [l.LeverId, BarrierCatalogue.Find(l.LeverId) is { } entry ? In(entry.Name, language) : null, In(l.Evidence, language), string.Join(", ", l.ElementIds)]));
        var next = phase.Next;
        var current = new Table(
            "phase",
            [new("phase"), new("phaseName"), new("cycle"), new("next"), new("nextName")],
            [[Id(phase.Current), In(PhaseTitles.Of(phase.Current), language), phase.Cycle, Id(next.To), In(PhaseTitles.Of(next.To), language)]]);
        var blockers = new Table(
            "blockers",
            [new("code"), new("reason"), new("source")],
            next.Blockers.Select(b => (IReadOnlyList<object?>)[b.Code, In(b.Reason, language), b.Source]));
        return [signals, levers, current, blockers];
    }

    private static string Id(ApproachPhase phase) => phase.ToString().ToLowerInvariant();

    private static string In(BilingualText text, ReportLanguage language) => language == ReportLanguage.English ? text.En : text.Nl;
}
