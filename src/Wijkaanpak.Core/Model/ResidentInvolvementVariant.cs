using Wijkaanpak.Core.Localization;

namespace Wijkaanpak.Core.Model;

/// <summary>The variants of resident involvement in the NPLV (praktijkhandboek deel 2 §3.6, after WijkWijzer 2023), from least to most.</summary>
public enum ResidentInvolvementVariant
{
    /// <summary>Incidental: informing and consulting, sometimes taking part in activities.</summary>
    [LocalizedName("variant A (incidenteel)", "variant A (incidental)")]
    A,

    /// <summary>Through a limited representative group; informing, aligning, sometimes advising; no position in the programme.</summary>
    [LocalizedName("variant B (beperkte groep)", "variant B (limited group)")]
    B,

    /// <summary>Structural, with an informal position in the programme (such as a partner council).</summary>
    [LocalizedName("variant C (informele positie)", "variant C (informal position)")]
    C,

    /// <summary>Structural, with a formal position and a seat in the area alliance.</summary>
    [LocalizedName("variant D (formele positie)", "variant D (formal position)")]
    D,

    /// <summary>Structural, formal, with a seat in the area alliance and on the alliance board.</summary>
    [LocalizedName("variant E (in het bestuur)", "variant E (on the board)")]
    E,
}
