using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Networks;

/// <summary>The power–interest grid (Mendelow): high or low power against high or low interest.</summary>
internal static class PowerInterestGrid
{
    public static EquatableArray<PowerInterestPosition> Place(WijkaanpakModel model, double threshold) =>
        [.. model.Stakeholders.DistinctBy(s => s.Id).OrderBy(s => s.Id).Select(s => Place(s, threshold))];

    public static PowerInterestQuadrant QuadrantOf(bool highPower, bool highInterest) => (highPower, highInterest) switch
    {
        (true, true) => PowerInterestQuadrant.ManageClosely,
        (true, false) => PowerInterestQuadrant.KeepSatisfied,
        (false, true) => PowerInterestQuadrant.KeepInformed,
        (false, false) => PowerInterestQuadrant.Monitor,
    };

    private static PowerInterestPosition Place(Stakeholder stakeholder, double threshold) => new()
    {
        StakeholderId = stakeholder.Id,
        Power = stakeholder.Power,
        Interest = stakeholder.Interest,
        Quadrant = stakeholder is { Power: { } power, Interest: { } interest }
            ? QuadrantOf(power >= threshold, interest >= threshold)
            : null,
    };
}
