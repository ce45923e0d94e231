namespace Wijkaanpak.Core.Model;

/// <summary>
/// Identifies a budget line (*begrotingsregel*) of a programme. Ids are case-sensitive, non-empty strings chosen by the model's author
/// (e.g. `b-volkshuisvestingsfonds`); they are compared ordinally.
/// </summary>
/// <param name="Value">The id as written in the model file.</param>
public readonly record struct BudgetLineId(string Value) : IComparable<BudgetLineId>
{
    /// <inheritdoc />
    public int CompareTo(BudgetLineId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>The id as written in the model file.</summary>
    public override string ToString() => Value ?? string.Empty;
}
