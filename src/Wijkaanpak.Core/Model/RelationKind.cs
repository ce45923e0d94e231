using Wijkaanpak.Core.Localization;

namespace Wijkaanpak.Core.Model;

/// <summary>The kind of a relation between two stakeholders in the stakeholder graph.</summary>
public enum RelationKind
{
    /// <summary>They work together (*samenwerking*).</summary>
    [LocalizedName("samenwerking", "collaboration")]
    Collaboration,

    /// <summary>The source funds the target (*financiering*).</summary>
    [LocalizedName("financiering", "funding")]
    Funding,

    /// <summary>The source gives the target a mandate or assignment (*opdrachtgeverschap*, *mandaat*).</summary>
    [LocalizedName("mandaat", "mandate")]
    Mandate,

    /// <summary>The source shares information or data with the target (*informatie-uitwisseling*).</summary>
    [LocalizedName("informatie", "information")]
    Information,

    /// <summary>They are in conflict or have opposing interests (*conflict*).</summary>
    [LocalizedName("conflict", "conflict")]
    Conflict,
}
