using Wijkaanpak.Core.Localization;

namespace Wijkaanpak.Core.Networks;

/// <summary>Whether a domain of an opgave has a fitting partner in the alliance (*dekking van het domein*).</summary>
public enum DomainCoverageStatus
{
    /// <summary>At least one active member works in the domain or is of a fitting type.</summary>
    [LocalizedName("gedekt", "covered")]
    Covered,

    /// <summary>No active member fits: the coalition of the necessary lacks a partner here.</summary>
    [LocalizedName("gat", "gap")]
    Gap,

    /// <summary>No active member declares the domain and the fit table knows no fitting type for it, so the gap cannot be judged by type.</summary>
    [LocalizedName("onbekend welke partij past", "no fitting type known")]
    NoFitKnown,
}
