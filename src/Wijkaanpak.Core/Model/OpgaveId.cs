namespace Wijkaanpak.Core.Model;

/// <summary>
/// Identifies an *opgave*: a challenge the approach works on. Ids are case-sensitive, non-empty strings chosen by the model's author
/// (e.g. `armoede`); they are compared ordinally.
/// </summary>
/// <param name="Value">The id as written in the model file.</param>
public readonly record struct OpgaveId(string Value) : IComparable<OpgaveId>
{
    /// <inheritdoc />
    public int CompareTo(OpgaveId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>The id as written in the model file.</summary>
    public override string ToString() => Value ?? string.Empty;
}
