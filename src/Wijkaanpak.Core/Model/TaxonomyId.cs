namespace Wijkaanpak.Core.Model;

/// <summary>
/// Identifies a domain taxonomy (*domeinindeling*), such as the NPLV action lines or the NPRZ leefvelden. Ids are case-sensitive, non-empty strings chosen by the model's author
/// (e.g. `nprz-leefvelden`); they are compared ordinally.
/// </summary>
/// <param name="Value">The id as written in the model file.</param>
public readonly record struct TaxonomyId(string Value) : IComparable<TaxonomyId>
{
    /// <inheritdoc />
    public int CompareTo(TaxonomyId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>The id as written in the model file.</summary>
    public override string ToString() => Value ?? string.Empty;
}
