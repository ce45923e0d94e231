namespace Wijkaanpak.Core.Model;

/// <summary>
/// Identifies an implementation programme (*uitvoeringsprogramma*). Ids are case-sensitive, non-empty strings chosen by the model's author
/// (e.g. `up-2024-2027`); they are compared ordinally.
/// </summary>
/// <param name="Value">The id as written in the model file.</param>
public readonly record struct ProgrammeId(string Value) : IComparable<ProgrammeId>
{
    /// <inheritdoc />
    public int CompareTo(ProgrammeId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>The id as written in the model file.</summary>
    public override string ToString() => Value ?? string.Empty;
}
