using Wijkaanpak.Core.Localization;
using Wijkaanpak.Core.Tables;

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
    public static IReadOnlyList<Table> Of(BarrierScanResult scan, PhaseReport phase, Language language)
    {
        ArgumentNullException.ThrowIfNull(scan);
        ArgumentNullException.ThrowIfNull(phase);
        var signals = new Table(
            "signals",
            [TableColumn.Text("code"), TableColumn.Text("entry"), TableColumn.Text("entryName"), TableColumn.Text("finding"), TableColumn.Text("elements"), TableColumn.Text("leversToConsider")],
            scan.Signals.Select(s => (IReadOnlyList<object?>)
            [
                s.Code,
                s.EntryId,
                BarrierCatalogue.Find(s.EntryId) is { } entry ? entry.Name.In(language) : null,
                s.Finding.In(language),
                string.Join(", ", s.ElementIds),
                string.Join(", ", s.MissingLeverIds.Select(id => BarrierCatalogue.Find(id) is { } lever ? $"{id} {lever.Name.In(language)}" : id)),
            ]));
        var levers = new Table(
            "levers",
            [TableColumn.Text("lever"), TableColumn.Text("name"), TableColumn.Text("evidence"), TableColumn.Text("elements")],
            scan.LeversPresent.Select(l => (IReadOnlyList<object?>)
                [l.LeverId, BarrierCatalogue.Find(l.LeverId) is { } entry ? entry.Name.In(language) : null, l.Evidence.In(language), string.Join(", ", l.ElementIds)]));
        var next = phase.Next;
        var current = new Table(
            "phase",
            [TableColumn.Text("phase"), TableColumn.Text("phaseName"), TableColumn.Integer("cycle"), TableColumn.Text("next"), TableColumn.Text("nextName")],
            [[Id(phase.Current), PhaseTitles.Of(phase.Current).In(language), phase.Cycle, Id(next.To), PhaseTitles.Of(next.To).In(language)]]);
        var blockers = new Table(
            "blockers",
            [TableColumn.Text("code"), TableColumn.Text("reason"), TableColumn.Text("source")],
            next.Blockers.Select(b => (IReadOnlyList<object?>)[b.Code, b.Reason.In(language), b.Source]));
        return [signals, levers, current, blockers];
    }

    private static string Id(ApproachPhase phase) => phase.ToString().ToLowerInvariant();
}
