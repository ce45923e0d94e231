namespace Wijkaanpak.Core.Model;

/// <summary>
/// Identifies a stakeholder (*actor*, *partij*): an organisation, group or role. Ids are case-sensitive, non-empty strings chosen by the model's author
/// (e.g. `gemeente-utrecht`); they are compared ordinally.
/// </summary>
/// <param name="Value">The id as written in the model file.</param>
public readonly record struct StakeholderId(string Value) : IComparable<StakeholderId>
{
    /// <inheritdoc />
    public int CompareTo(StakeholderId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>The id as written in the model file.</summary>
    public override string ToString() => Value ?? string.Empty;
}
