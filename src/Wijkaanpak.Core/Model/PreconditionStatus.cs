using Wijkaanpak.Core.Localization;

namespace Wijkaanpak.Core.Model;

/// <summary>Whether a precondition (*randvoorwaarde*) is met.</summary>
public enum PreconditionStatus
{
    /// <summary>Not assessed.</summary>
    [LocalizedName("onbekend", "unknown")]
    Unknown,

    /// <summary>The precondition is met.</summary>
    [LocalizedName("vervuld", "met")]
    Met,

    /// <summary>The precondition is partly met.</summary>
    [LocalizedName("deels vervuld", "partly met")]
    PartlyMet,

    /// <summary>The precondition is not met; what depends on it is blocked.</summary>
    [LocalizedName("niet vervuld", "not met")]
    Unmet,
}
