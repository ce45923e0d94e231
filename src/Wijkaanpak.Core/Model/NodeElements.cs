namespace Wijkaanpak.Core.Model;

/// <summary>
/// The node elements of a theory of change in numbering order (goals, interventions,
/// preconditions, assumptions, each in model order, missing elements left out) as three parallel
/// arrays: the id, the kind, and the position in the list of that kind. The input of
/// <see cref="TheoryOfChangeNodes"/>.
/// </summary>
internal sealed class NodeElements
{
    /// <summary>Lists the node elements of <paramref name="toc"/>.</summary>
    /// <param name="toc">The theory of change.</param>
    public NodeElements(TheoryOfChange toc)
    {
        var capacity = toc.Goals.Count + toc.Interventions.Count + toc.Preconditions.Count + toc.Assumptions.Count;
        Keys = new string[capacity];
        Kinds = new NodeKind[capacity];
        Positions = new int[capacity];
        Collect(toc.Goals, NodeKind.Goal, g => g.Id);
        Collect(toc.Interventions, NodeKind.Intervention, i => i.Id);
        Collect(toc.Preconditions, NodeKind.Precondition, p => p.Id);
        Collect(toc.Assumptions, NodeKind.Assumption, a => a.Id);
        if (Count < capacity)
        {
            Keys = Keys[..Count];
            Kinds = Kinds[..Count];
            Positions = Positions[..Count];
        }
    }

    /// <summary>The number of elements.</summary>
    public int Count { get; private set; }

    /// <summary>The id of each element, as text (empty when the element has none).</summary>
    public string[] Keys { get; }

    /// <summary>The kind of each element.</summary>
    public NodeKind[] Kinds { get; }

    /// <summary>The position of each element in the model list of its kind.</summary>
    public int[] Positions { get; }

    private void Collect<T>(EquatableArray<T> nodes, NodeKind kind, Func<T, NodeId> id)
        where T : class
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            if (nodes[i] is { } node)
            {
                Keys[Count] = id(node).Value ?? string.Empty;
                Kinds[Count] = kind;
                Positions[Count] = i;
                Count++;
            }
        }
    }
}
