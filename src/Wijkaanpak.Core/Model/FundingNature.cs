using Wijkaanpak.Core.Localization;

namespace Wijkaanpak.Core.Model;

/// <summary>Whether money recurs.</summary>
public enum FundingNature
{
    /// <summary>Structural money (*structureel*): recurs every year.</summary>
    [LocalizedName("structureel", "structural")]
    Structural,

    /// <summary>One-off money (*incidenteel*).</summary>
    [LocalizedName("incidenteel", "one-off")]
    OneOff,
}
