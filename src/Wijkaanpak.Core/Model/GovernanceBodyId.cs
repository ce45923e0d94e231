namespace Wijkaanpak.Core.Model;

/// <summary>
/// Identifies a governance body of the alliance (*alliantiebestuur*, *stuurgroep*, *wijktafel*, ...). Ids are case-sensitive, non-empty strings chosen by the model's author
/// (e.g. `alliantiebestuur`); they are compared ordinally.
/// </summary>
/// <param name="Value">The id as written in the model file.</param>
public readonly record struct GovernanceBodyId(string Value) : IComparable<GovernanceBodyId>
{
    /// <inheritdoc />
    public int CompareTo(GovernanceBodyId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>The id as written in the model file.</summary>
    public override string ToString() => Value ?? string.Empty;
}
