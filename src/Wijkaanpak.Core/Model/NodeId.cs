namespace Wijkaanpak.Core.Model;

/// <summary>
/// Identifies a node of the theory of change (*verandertheorie*): a goal, an intervention, a precondition or an assumption. All nodes share one id space so that edges can join any two of them. Ids are case-sensitive, non-empty strings chosen by the model's author
/// (e.g. `g-startkwalificatie`); they are compared ordinally.
/// </summary>
/// <param name="Value">The id as written in the model file.</param>
public readonly record struct NodeId(string Value) : IComparable<NodeId>
{
    /// <inheritdoc />
    public int CompareTo(NodeId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>The id as written in the model file.</summary>
    public override string ToString() => Value ?? string.Empty;
}
