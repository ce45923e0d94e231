namespace Wijkaanpak.Core.Model;

/// <summary>A frame against which an indicator's value is judged (*referentiekader*, praktijkhandboek §2.11).</summary>
public enum ReferenceFrameKind
{
    /// <summary>The municipal average (*stedelijk gemiddelde*).</summary>
    CityAverage,

    /// <summary>The average of the four largest cities (*G4-gemiddelde*).</summary>
    G4Average,

    /// <summary>The national average (*landelijk gemiddelde*).</summary>
    NationalAverage,

    /// <summary>The area's own baseline (*nulmeting*).</summary>
    OwnBaseline,

    /// <summary>The average of comparable areas (*vergelijkbare buurten*).</summary>
    ComparableAreas,
}
