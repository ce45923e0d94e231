namespace Wijkaanpak.Core.Instruments;

/// <summary>
/// The side of the triangle municipality–partners–residents (*driehoek*) a catalogue entry is about
/// (bron: 002 §2).
/// </summary>
public enum PartyRelationship
{
    /// <summary>*Gemeente – bewoners*: municipality and residents.</summary>
    GemeenteBewoners,

    /// <summary>*Gemeente – partners*: municipality and partner organisations.</summary>
    GemeentePartners,

    /// <summary>*Partners – bewoners*: partner organisations and residents.</summary>
    PartnersBewoners,

    /// <summary>The approach as a whole, not one side of the triangle.</summary>
    Overall,
}
