using NodaTime;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>The horizon of an approach as the time rules read it: the model's, else the theory of change's, with the JSON path it came from.</summary>
/// <param name="Interval">The horizon.</param>
/// <param name="Path">Where it is stated.</param>
internal sealed record StatedHorizon(DateInterval Interval, string Path)
{
    /// <summary>The stated horizon, or null.</summary>
    public static StatedHorizon? Of(WijkaanpakModel model) =>
        model.Horizon is { } horizon ? new StatedHorizon(horizon, JsonPaths.Horizon)
        : model.TheoryOfChange.Horizon is { } toc ? new StatedHorizon(toc, "$.theoryOfChange.horizon")
        : null;

    /// <summary>The shortest horizon an integrale wijkaanpak needs under a profile, in years: fifteen for NPLV areas, ten otherwise.</summary>
    /// <param name="profile">The profile of the validation run.</param>
    public static int MinimumYears(ValidationProfile profile) => profile == ValidationProfile.Nplv ? 15 : 10;
}
