namespace Wijkaanpak.Core.Model;

/// <summary>Whether a precondition (*randvoorwaarde*) is met.</summary>
public enum PreconditionStatus
{
    /// <summary>Not assessed.</summary>
    Unknown,

    /// <summary>The precondition is met.</summary>
    Met,

    /// <summary>The precondition is partly met.</summary>
    PartlyMet,

    /// <summary>The precondition is not met; what depends on it is blocked.</summary>
    Unmet,
}
