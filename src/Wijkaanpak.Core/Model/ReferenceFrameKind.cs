using Wijkaanpak.Core.Localization;

namespace Wijkaanpak.Core.Model;

/// <summary>A frame against which an indicator's value is judged (*referentiekader*, praktijkhandboek §2.11).</summary>
public enum ReferenceFrameKind
{
    /// <summary>The municipal average (*stedelijk gemiddelde*).</summary>
    [LocalizedName("stedelijk gemiddelde", "city average")]
    CityAverage,

    /// <summary>The average of the four largest cities (*G4-gemiddelde*).</summary>
    [LocalizedName("G4-gemiddelde", "G4 average")]
    G4Average,

    /// <summary>The national average (*landelijk gemiddelde*).</summary>
    [LocalizedName("landelijk gemiddelde", "national average")]
    NationalAverage,

    /// <summary>The area's own baseline (*nulmeting*).</summary>
    [LocalizedName("eigen nulmeting", "own baseline")]
    OwnBaseline,

    /// <summary>The average of comparable areas (*vergelijkbare buurten*).</summary>
    [LocalizedName("vergelijkbare buurten", "comparable areas")]
    ComparableAreas,
}
