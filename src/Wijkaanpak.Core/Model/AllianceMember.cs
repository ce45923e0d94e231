using NodaTime;

namespace Wijkaanpak.Core.Model;

/// <summary>
/// Membership of a stakeholder in the alliance, over time: partners join and may leave when their
/// interest is no longer served (*dynamisch lidmaatschap*).
/// </summary>
public sealed record AllianceMember
{
    /// <summary>The member.</summary>
    public required StakeholderId StakeholderId { get; init; }

    /// <summary>When it joined.</summary>
    public required LocalDate Joined { get; init; }

    /// <summary>When it left, if it did; on or after <see cref="Joined"/>.</summary>
    public LocalDate? Left { get; init; }

    /// <summary>Its role in the alliance, e.g. "trekker armoede".</summary>
    public string? Role { get; init; }

    /// <summary>Whether the member is a member on <paramref name="date"/>.</summary>
    /// <param name="date">The date to test.</param>
    public bool IsMemberOn(LocalDate date) => Joined <= date && (Left is null || date < Left.Value);
}
