namespace Wijkaanpak.Core.Model;

/// <summary>
/// Identifies a domain of a taxonomy (*domein*, *pijler*, *leefveld*, *actielijn*). Ids are case-sensitive, non-empty strings chosen by the model's author
/// (e.g. `nprz-wonen`); they are compared ordinally.
/// </summary>
/// <param name="Value">The id as written in the model file.</param>
public readonly record struct DomainId(string Value) : IComparable<DomainId>
{
    /// <inheritdoc />
    public int CompareTo(DomainId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>The id as written in the model file.</summary>
    public override string ToString() => Value ?? string.Empty;
}
