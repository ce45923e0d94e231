using Wijkaanpak.Core.Localization;

namespace Wijkaanpak.Core.Instruments;

/// <summary>
/// A phase (*fase*) of the learning cycle of an integrale wijkaanpak, in order. After Oriënteren
/// comes the go/no-go decision; Herijken leads back to Opstarten or Ontwerpen
/// (bron: 004a §3.6, 004b §3.1).
/// </summary>
public enum ApproachPhase
{
    /// <summary>*Oriënteren*: weigh urgency, get grip on the opgaven, inventory policy and stakeholders, decide go or no-go.</summary>
    [LocalizedName("Oriënteren", "Orienting")]
    Orienteren,

    /// <summary>*Opstarten*: form the alliance, agree a vision, sign a local contract, see how to steer and finance.</summary>
    [LocalizedName("Opstarten", "Starting up")]
    Opstarten,

    /// <summary>*Ontwerpen*: arrange process direction, organisation and participation, the implementation programme and monitoring.</summary>
    [LocalizedName("Ontwerpen", "Designing")]
    Ontwerpen,

    /// <summary>*Uitvoeren*: work together and with residents on the programme, and monitor it.</summary>
    [LocalizedName("Uitvoeren", "Implementing")]
    Uitvoeren,

    /// <summary>*Herijken*: adjust on what monitoring shows, renew the programme, and at the end evaluate and arrange aftercare.</summary>
    [LocalizedName("Herijken", "Recalibrating")]
    Herijken,
}
