namespace Wijkaanpak.Core.Instruments;

/// <summary>
/// One of the eight dimensions on which approaches of Sociale Herovering differed, each with its own
/// criterion for choosing (bron: 002 §3.4). The poles are in <see cref="ApproachDimensions"/>.
/// </summary>
public enum ApproachDimension
{
    /// <summary>Groups and organisations, or individual residents.</summary>
    TargetUnit,

    /// <summary>Within an individual approach: a small selection, or the whole neighbourhood.</summary>
    Reach,

    /// <summary>The municipality decides (*regie*), or takes part as a partner.</summary>
    MunicipalRole,

    /// <summary>Social issues only, or social and physical together.</summary>
    Scope,

    /// <summary>Thinking and planning first, or doing and executing first.</summary>
    Emphasis,

    /// <summary>A new project structure, or the existing, light one.</summary>
    Structure,

    /// <summary>The neighbourhood on its own, or the neighbourhood as part of the city.</summary>
    Scale,

    /// <summary>A new programme, or continuing and intensifying an existing one.</summary>
    Continuity,
}
