namespace Wijkaanpak.Core.Model;

/// <summary>Whether money recurs.</summary>
public enum FundingNature
{
    /// <summary>Structural money (*structureel*): recurs every year.</summary>
    Structural,

    /// <summary>One-off money (*incidenteel*).</summary>
    OneOff,
}
