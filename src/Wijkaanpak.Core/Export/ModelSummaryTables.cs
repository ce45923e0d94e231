using System.Text.Json;
using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Tables;

namespace Wijkaanpak.Core.Export;

/// <summary>
/// A <see cref="ModelSummary"/> as tidy tables (what <c>wijkaanpak show</c> prints): <c>model</c>
/// (one row: name, horizon, measurement span, alliance), <c>elements</c> (per kind of element its
/// total, then one row per level or kind present) and <c>alliance-members</c>. Complete: nothing
/// is left out in any format.
/// </summary>
public static class ModelSummaryTables
{
    /// <summary>The tables of <paramref name="summary"/>.</summary>
    /// <param name="summary">The summary.</param>
    public static IReadOnlyList<Table> Of(ModelSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var model = new Table(
            "model",
            [TableColumn.Text("name"), TableColumn.Date("horizonStart"), TableColumn.Date("horizonEnd"), TableColumn.Date("firstMeasurement"), TableColumn.Date("lastMeasurement"), TableColumn.Text("alliantie"), TableColumn.Integer("formerMembers")],
            [[summary.Name, summary.Horizon?.Start, summary.Horizon?.End, summary.MeasurementSpan?.Start, summary.MeasurementSpan?.End, summary.Alliantie, summary.FormerMembers]]);
        var rows = new List<IReadOnlyList<object?>>();
        Add(rows, "areas", summary.AreasByLevel);
        rows.Add(["opgaven", null, summary.Opgaven]);
        Add(rows, "goals", summary.GoalsByLevel);
        Add(rows, "interventions", summary.InterventionsByKind);
        rows.Add(["preconditions", null, summary.Preconditions]);
        rows.Add(["assumptions", null, summary.Assumptions]);
        rows.Add(["edges", null, summary.Edges]);
        Add(rows, "indicators", summary.IndicatorsByLevel);
        rows.Add(["measurements", null, summary.Measurements]);
        rows.Add(["stakeholders", null, summary.Stakeholders]);
        rows.Add(["relations", null, summary.Relations]);
        rows.Add(["programmes", null, summary.Programmes]);
        var elements = new Table("elements", [TableColumn.Text("element"), TableColumn.Text("group"), TableColumn.Integer("count")], rows);
        var members = new Table("alliance-members", [TableColumn.Text("member")], summary.AllianceMembers.Select(m => (IReadOnlyList<object?>)[m]));
        return [model, elements, members];
    }

    private static void Add<TKey>(List<IReadOnlyList<object?>> rows, string element, IReadOnlyList<KeyValuePair<TKey, int>> counts)
        where TKey : struct, Enum
    {
        rows.Add([element, null, counts.Sum(p => p.Value)]);
        foreach (var (key, count) in counts)
        {
            rows.Add([element, JsonNamingPolicy.CamelCase.ConvertName(key.ToString()), count]);
        }
    }
}
