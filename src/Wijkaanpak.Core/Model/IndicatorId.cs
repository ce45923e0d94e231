namespace Wijkaanpak.Core.Model;

/// <summary>
/// Identifies an indicator. Ids are case-sensitive, non-empty strings chosen by the model's author
/// (e.g. `werkloosheid`); they are compared ordinally.
/// </summary>
/// <param name="Value">The id as written in the model file.</param>
public readonly record struct IndicatorId(string Value) : IComparable<IndicatorId>
{
    /// <inheritdoc />
    public int CompareTo(IndicatorId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>The id as written in the model file.</summary>
    public override string ToString() => Value ?? string.Empty;
}
