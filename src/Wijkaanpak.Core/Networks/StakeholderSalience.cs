using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Networks;

/// <summary>
/// The salience of one stakeholder (*saillantie*): which of power, legitimacy and urgency it holds
/// at the chosen threshold, and the class these give.
/// </summary>
public sealed record StakeholderSalience
{
    /// <summary>The stakeholder.</summary>
    public required StakeholderId StakeholderId { get; init; }

    /// <summary>Its power score is known and at least the threshold.</summary>
    public required bool HasPower { get; init; }

    /// <summary>Its legitimacy score is known and at least the threshold.</summary>
    public required bool HasLegitimacy { get; init; }

    /// <summary>Its urgency score is known and at least the threshold.</summary>
    public required bool HasUrgency { get; init; }

    /// <summary>All three scores are known; when false, an unknown attribute counts as absent and the class may be too low.</summary>
    public required bool IsFullyScored { get; init; }

    /// <summary>The class after Mitchell, Agle and Wood.</summary>
    public required SalienceClass Class { get; init; }
}
