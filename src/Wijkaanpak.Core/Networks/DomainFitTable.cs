using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Networks;

/// <summary>
/// The table that says which types of party fit which policy themes (*welke partij hoort bij welk
/// domein*), used to find the gaps in a coalition of the necessary. Domains are configurable per
/// model, so the table recognises them by words in their id or name rather than by fixed ids.
/// </summary>
/// <param name="Entries">The rows, in order.</param>
public sealed record DomainFitTable(EquatableArray<DomainFit> Entries)
{
    private const string CoalitionSource = "(bron: 004a §2.8 en §4.3 ALL-04; 004b §2.8; 003 §2.8)";

    /// <summary>
    /// The default table, drawn from the parties the domain sources name per field of work: the
    /// fixed core of police, welfare and housing corporations, schools for education, care and the
    /// GGD for health, employers for work, grid operators for energy.
    /// </summary>
    public static DomainFitTable Default { get; } = new(
    [
        Row("Wonen", ["wonen", "woning", "huisvesting"], [StakeholderType.Woningcorporatie], "(bron: 004a §4.3 ALL-04; 003 §2.8)"),
        Row("Fysieke leefomgeving", ["fysiek", "leefomgeving", "openbare ruimte"], [StakeholderType.Gemeente, StakeholderType.Woningcorporatie], "(bron: 004a §2.4; 003 §2.8)"),
        Row("Veiligheid", ["veilig", "criminaliteit", "ondermijning"], [StakeholderType.Politie, StakeholderType.JustitieOm], "(bron: 004a §4.3 ALL-04; 003 §2.8)"),
        Row("Onderwijs", ["onderwijs", "school", "scholing", "leren", "opgroeien"], [StakeholderType.Onderwijs], "(bron: 004a §4.3 ALL-04; 004b §2.8)"),
        Row("Werk en inkomen", ["werk", "inkomen", "economie", "economisch"], [StakeholderType.Ondernemer, StakeholderType.SocialeOnderneming, StakeholderType.Gemeente], "(bron: 004a §2.4; 004b §2.8)"),
        Row("Armoede en schulden", ["armoede", "schuld"], [StakeholderType.Gemeente, StakeholderType.SociaalWijkteam, StakeholderType.Welzijn], "(bron: 004b §3.8)"),
        Row("Gezondheid en zorg", ["gezond", "zorg", "hulpverlening", "vitaliteit"], [StakeholderType.Zorg, StakeholderType.Ggd, StakeholderType.Zorgverzekeraar], "(bron: 004a §2.8; 004b §2.8)"),
        Row("Opvoeding en jeugd", ["opvoeding", "jeugd", "jongeren"], [StakeholderType.SociaalWijkteam, StakeholderType.Welzijn, StakeholderType.Onderwijs], "(bron: 004a §2.4; 003 §2.8)"),
        Row("Sociale samenhang en meedoen", ["sociaal", "sociale", "samenhang", "participatie", "meedoen", "integratie"], [StakeholderType.Welzijn, StakeholderType.Bewonersorganisatie, StakeholderType.Vereniging], "(bron: 004a §2.4 en §2.8; 003 §2.8)"),
        Row("Duurzaamheid en energie", ["duurzaam", "energie"], [StakeholderType.Netbeheerder, StakeholderType.Woningcorporatie], CoalitionSource),
    ]);

    /// <summary>The rows whose theme a domain with this id and name belongs to, in table order.</summary>
    /// <param name="domainId">The domain's id.</param>
    /// <param name="domainName">The domain's display name, if known.</param>
    public IReadOnlyList<DomainFit> Match(DomainId domainId, string? domainName) =>
        [.. Entries.Where(entry => entry.Matches(domainId, domainName))];

    private static DomainFit Row(string theme, string[] keywords, StakeholderType[] types, string source) =>
        new(theme, [.. keywords], [.. types], source);
}
