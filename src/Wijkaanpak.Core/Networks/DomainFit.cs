using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Networks;

/// <summary>
/// One row of the type–domain fit table (*passende partner per domein*): a theme of policy, the
/// words by which a domain of any taxonomy is recognised as that theme, and the types of party
/// whose core task lies there. A domain that matches the theme needs at least one partner of a
/// fitting type in a coalition of the necessary.
/// </summary>
/// <param name="Theme">The theme, e.g. "Veiligheid".</param>
/// <param name="Keywords">Lower-case fragments; a domain whose id or name contains one (ignoring case) belongs to the theme.</param>
/// <param name="FittingTypes">The types of party that fit the theme.</param>
/// <param name="Source">Where the fit is argued, e.g. "(bron: 004a §4.3 ALL-04)".</param>
public sealed record DomainFit(
    string Theme,
    EquatableArray<string> Keywords,
    EquatableArray<StakeholderType> FittingTypes,
    string Source)
{
    /// <summary>Whether a domain with this id and name belongs to the theme.</summary>
    /// <param name="domainId">The domain's id.</param>
    /// <param name="domainName">The domain's display name, if known.</param>
    public bool Matches(DomainId domainId, string? domainName)
    {
        foreach (var keyword in Keywords)
        {
            if (Contains(domainId.Value, keyword) || Contains(domainName, keyword))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Contains(string? text, string keyword) =>
        text is not null && keyword.Length > 0 && text.Contains(keyword, StringComparison.OrdinalIgnoreCase);
}
