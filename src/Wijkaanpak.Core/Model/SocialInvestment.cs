namespace Wijkaanpak.Core.Model;

/// <summary>What one stakeholder invests in a social-return case (*investering*, *inleg*), in euros.</summary>
public sealed record SocialInvestment
{
    /// <summary>The investing stakeholder.</summary>
    public required StakeholderId StakeholderId { get; init; }

    /// <summary>The amount in euros; not negative.</summary>
    public required decimal Amount { get; init; }
}
