using Wijkaanpak.Core.Localization;

namespace Wijkaanpak.Core.Model;

/// <summary>What a partner commits to the alliance: money and/or capacity, knowledge and networks (praktijkhandboek deel 2 l. 6465–6469).</summary>
public enum CommitmentKind
{
    /// <summary>Money (*geld*), in euros.</summary>
    [LocalizedName("geld", "money")]
    Money,

    /// <summary>Capacity (*capaciteit*): staff time, in FTE.</summary>
    [LocalizedName("capaciteit", "capacity")]
    Capacity,

    /// <summary>Knowledge or expertise (*kennis*).</summary>
    [LocalizedName("kennis", "knowledge")]
    Knowledge,

    /// <summary>Access to a network (*netwerk*).</summary>
    [LocalizedName("netwerk", "network")]
    Network,
}
