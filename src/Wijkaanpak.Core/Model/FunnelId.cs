namespace Wijkaanpak.Core.Model;

/// <summary>
/// Identifies a funnel (*trechter*, *doorstroomketen*). Ids are case-sensitive, non-empty strings chosen by the model's author
/// (e.g. `nijmegen-werk`); they are compared ordinally.
/// </summary>
/// <param name="Value">The id as written in the model file.</param>
public readonly record struct FunnelId(string Value) : IComparable<FunnelId>
{
    /// <inheritdoc />
    public int CompareTo(FunnelId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>The id as written in the model file.</summary>
    public override string ToString() => Value ?? string.Empty;
}
