using Wijkaanpak.Core.Localization;

namespace Wijkaanpak.Core.Model;

/// <summary>Whether a contribution is direct or indirect (*directe of indirecte bijdrage*, praktijkhandboek deel 2 l. 7646–7654).</summary>
public enum ContributionType
{
    /// <summary>The means contributes directly to the goal.</summary>
    [LocalizedName("direct", "direct")]
    Direct,

    /// <summary>The means contributes through other goals or conditions.</summary>
    [LocalizedName("indirect", "indirect")]
    Indirect,
}
