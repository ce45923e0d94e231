using Wijkaanpak.Core.Localization;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation;

/// <summary>
/// The names of a model's elements by id, for findings' messages: theory-of-change nodes through the
/// run's shared node table, other elements (indicators, stakeholders, programmes, areas, opgaven,
/// budget lines, governance bodies, funnels) through a table built on the first finding that needs it.
/// The first element with an id wins, as everywhere in the model.
/// </summary>
internal sealed class ElementNames(WijkaanpakModel model, Func<TheoryOfChangeNodes> nodes)
{
    private const int LongestStatement = 60;

    private readonly Lazy<Dictionary<string, string>> _others = new(() => Others(model));

    /// <summary>The element with <paramref name="id"/> as a message names it.</summary>
    public NamedElement Name(string id) => new(id, Find(id));

    private string? Find(string id)
    {
        var table = nodes();
        var vertex = table.VertexOf(new NodeId(id));
        if (vertex >= 0)
        {
            var toc = model.TheoryOfChange;
            var position = table.Positions[vertex];
            return table.Kinds[vertex] switch
            {
                NodeKind.Goal => toc.Goals[position]?.Name,
                NodeKind.Intervention => toc.Interventions[position]?.Name,
                NodeKind.Precondition => toc.Preconditions[position]?.Name,
                _ => Shortened(toc.Assumptions[position]?.Statement),
            };
        }

        return _others.Value.GetValueOrDefault(id);
    }

    private static string? Shortened(string? statement) =>
        statement is { Length: > LongestStatement } ? string.Concat(statement.AsSpan(0, LongestStatement - 1).TrimEnd(), "…") : statement;

    private static Dictionary<string, string> Others(WijkaanpakModel model)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string? id, string? name)
        {
            if (id is not null && name is not null)
            {
                names.TryAdd(id, name);
            }
        }

        foreach (var i in model.Indicators)
        {
            Add(i?.Id.Value, i?.Name);
        }

        foreach (var s in model.Stakeholders)
        {
            Add(s?.Id.Value, s?.Name);
        }

        foreach (var p in model.Programmes)
        {
            Add(p?.Id.Value, p?.Name);
            foreach (var line in p?.BudgetLines ?? default)
            {
                Add(line?.Id.Value, line?.Name);
            }
        }

        foreach (var a in model.Areas)
        {
            Add(a?.Id.Value, a?.Name);
        }

        foreach (var o in model.Opgaven)
        {
            Add(o?.Id.Value, o?.Name);
        }

        foreach (var body in model.Alliantie?.Bodies ?? default)
        {
            Add(body?.Id.Value, body?.Name);
        }

        foreach (var f in model.Funnels)
        {
            Add(f?.Id.Value, f?.Name);
        }

        return names;
    }
}
