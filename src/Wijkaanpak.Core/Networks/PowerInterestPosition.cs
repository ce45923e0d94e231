using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Networks;

/// <summary>The place of one stakeholder in the power–interest grid (*macht-belangmatrix*).</summary>
public sealed record PowerInterestPosition
{
    /// <summary>The stakeholder.</summary>
    public required StakeholderId StakeholderId { get; init; }

    /// <summary>Its power score (0–1), if known.</summary>
    public double? Power { get; init; }

    /// <summary>Its interest score (0–1), if known.</summary>
    public double? Interest { get; init; }

    /// <summary>Its quadrant; null when power or interest is unknown, so it cannot be placed.</summary>
    public PowerInterestQuadrant? Quadrant { get; init; }
}
