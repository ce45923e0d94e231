using Wijkaanpak.Core.Localization;

namespace Wijkaanpak.Core.Instruments;

/// <summary>
/// One of the eight dimensions on which approaches of Sociale Herovering differed, each with its own
/// criterion for choosing (bron: 002 §3.4). The poles are in <see cref="ApproachDimensions"/>.
/// </summary>
public enum ApproachDimension
{
    /// <summary>Groups and organisations, or individual residents.</summary>
    [LocalizedName("doelgroep", "target unit")]
    TargetUnit,

    /// <summary>Within an individual approach: a small selection, or the whole neighbourhood.</summary>
    [LocalizedName("bereik", "reach")]
    Reach,

    /// <summary>The municipality decides (*regie*), or takes part as a partner.</summary>
    [LocalizedName("rol van de gemeente", "municipal role")]
    MunicipalRole,

    /// <summary>Social issues only, or social and physical together.</summary>
    [LocalizedName("reikwijdte", "scope")]
    Scope,

    /// <summary>Thinking and planning first, or doing and executing first.</summary>
    [LocalizedName("nadruk", "emphasis")]
    Emphasis,

    /// <summary>A new project structure, or the existing, light one.</summary>
    [LocalizedName("structuur", "structure")]
    Structure,

    /// <summary>The neighbourhood on its own, or the neighbourhood as part of the city.</summary>
    [LocalizedName("schaal", "scale")]
    Scale,

    /// <summary>A new programme, or continuing and intensifying an existing one.</summary>
    [LocalizedName("continuïteit", "continuity")]
    Continuity,
}
