using Wijkaanpak.Core.Localization;

namespace Wijkaanpak.Core.Instruments;

/// <summary>
/// The side of the triangle municipality–partners–residents (*driehoek*) a catalogue entry is about
/// (bron: 002 §2).
/// </summary>
public enum PartyRelationship
{
    /// <summary>*Gemeente – bewoners*: municipality and residents.</summary>
    [LocalizedName("gemeente – bewoners", "municipality – residents")]
    GemeenteBewoners,

    /// <summary>*Gemeente – partners*: municipality and partner organisations.</summary>
    [LocalizedName("gemeente – partners", "municipality – partners")]
    GemeentePartners,

    /// <summary>*Partners – bewoners*: partner organisations and residents.</summary>
    [LocalizedName("partners – bewoners", "partners – residents")]
    PartnersBewoners,

    /// <summary>The approach as a whole, not one side of the triangle.</summary>
    [LocalizedName("de aanpak als geheel", "the approach as a whole")]
    Overall,
}
