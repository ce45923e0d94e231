namespace Wijkaanpak.Core.Model;

/// <summary>
/// What a partner expects to gain from the alliance (*halen en brengen*): a reason to stay.
/// </summary>
public sealed record ExpectedBenefit
{
    /// <summary>The partner that benefits.</summary>
    public required StakeholderId StakeholderId { get; init; }

    /// <summary>The benefit in words, e.g. "fewer evictions, lower arrears".</summary>
    public required string Description { get; init; }

    /// <summary>Its estimated value in euros per year, if monetised.</summary>
    public decimal? AnnualValue { get; init; }
}
