namespace Wijkaanpak.Core.Model;

/// <summary>The variants of resident involvement in the NPLV (praktijkhandboek deel 2 §3.6, after WijkWijzer 2023), from least to most.</summary>
public enum ResidentInvolvementVariant
{
    /// <summary>Incidental: informing and consulting, sometimes taking part in activities.</summary>
    A,

    /// <summary>Through a limited representative group; informing, aligning, sometimes advising; no position in the programme.</summary>
    B,

    /// <summary>Structural, with an informal position in the programme (such as a partner council).</summary>
    C,

    /// <summary>Structural, with a formal position and a seat in the area alliance.</summary>
    D,

    /// <summary>Structural, formal, with a seat in the area alliance and on the alliance board.</summary>
    E,
}
