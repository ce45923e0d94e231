using Wijkaanpak.Core.Localization;

namespace Wijkaanpak.Core.Model;

/// <summary>The three levels at which an alliance is governed (praktijkhandboek deel 2 §2.9).</summary>
public enum GovernanceLevel
{
    /// <summary>The executive or strategic level (*bestuurlijk*): directors and aldermen decide on financing and course.</summary>
    [LocalizedName("bestuurlijk", "executive")]
    Bestuurlijk,

    /// <summary>The policy or managerial level (*tactisch*): programme lines and plans.</summary>
    [LocalizedName("tactisch", "tactical")]
    Tactisch,

    /// <summary>The operational level (*operationeel*, *uitvoering*): professionals in the area.</summary>
    [LocalizedName("operationeel", "operational")]
    Operationeel,
}
