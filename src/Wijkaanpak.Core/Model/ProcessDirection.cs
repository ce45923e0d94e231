namespace Wijkaanpak.Core.Model;

/// <summary>
/// Process direction (*procesregie*): the independent programme director or programme office
/// that keeps the approach from being ground down between partners' short-term interests.
/// </summary>
public sealed record ProcessDirection
{
    /// <summary>Who directs: a person's role or an office, e.g. "Programmadirecteur NPRZ".</summary>
    public required string Name { get; init; }

    /// <summary>The employing party, if any.</summary>
    public StakeholderId? EmployerId { get; init; }

    /// <summary>Whether the direction is independent of any single partner.</summary>
    public bool IsIndependent { get; init; }

    /// <summary>Staff of the programme office (*programmabureau*), if known.</summary>
    public int? Staff { get; init; }
}
