namespace Wijkaanpak.Core.Model;

/// <summary>
/// Identifies an area (*gebied*): a buurt, wijk, gemeente or any other scale level. Ids are case-sensitive, non-empty strings chosen by the model's author
/// (the model's own key, e.g. `overvecht`; a CBS code is kept separately on the area); they are compared ordinally.
/// </summary>
/// <param name="Value">The id as written in the model file.</param>
public readonly record struct AreaId(string Value) : IComparable<AreaId>
{
    /// <inheritdoc />
    public int CompareTo(AreaId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>The id as written in the model file.</summary>
    public override string ToString() => Value ?? string.Empty;
}
