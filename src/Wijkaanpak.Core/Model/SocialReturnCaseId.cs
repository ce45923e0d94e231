namespace Wijkaanpak.Core.Model;

/// <summary>
/// Identifies a social-return case (*maatschappelijk rendement*, MKBA/SROI case). Ids are case-sensitive, non-empty strings chosen by the model's author
/// (e.g. `schuldhulp-sroi`); they are compared ordinally.
/// </summary>
/// <param name="Value">The id as written in the model file.</param>
public readonly record struct SocialReturnCaseId(string Value) : IComparable<SocialReturnCaseId>
{
    /// <inheritdoc />
    public int CompareTo(SocialReturnCaseId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>The id as written in the model file.</summary>
    public override string ToString() => Value ?? string.Empty;
}
