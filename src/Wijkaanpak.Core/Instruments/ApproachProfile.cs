using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Instruments;

/// <summary>
/// The approach profile (*aanpakprofiel*) of a programme: its choice on each of the eight dimensions
/// of <see cref="ApproachDimensions"/>, each with a rationale (bron: 002 §3.4). Create one with
/// <see cref="Create"/>, which refuses a dimension chosen twice or a choice without a reason.
/// </summary>
public sealed record ApproachProfile
{
    private ApproachProfile(EquatableArray<ApproachChoice> choices) => Choices = choices;

    /// <summary>The choices, in dimension order.</summary>
    public EquatableArray<ApproachChoice> Choices { get; }

    /// <summary>The dimensions not yet chosen, in order.</summary>
    public IEnumerable<ApproachDimension> Open => Enum.GetValues<ApproachDimension>().Where(d => !Choices.Any(c => c.Dimension == d));

    /// <summary>True when all eight dimensions are chosen.</summary>
    public bool IsComplete => !Open.Any();

    /// <summary>The choice on one dimension, or null when it is still open.</summary>
    /// <param name="dimension">The dimension.</param>
    public ApproachChoice? this[ApproachDimension dimension] => Choices.FirstOrDefault(c => c.Dimension == dimension);

    /// <summary>Creates a profile from choices, ordering them by dimension.</summary>
    /// <param name="choices">At most one choice per dimension, each with a non-empty rationale.</param>
    /// <exception cref="ArgumentException">A dimension is chosen twice, a value is not a dimension or pole, or a rationale is empty; the message lists every problem.</exception>
    public static ApproachProfile Create(IEnumerable<ApproachChoice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var list = choices.ToList();
        var problems = new List<string>();
        for (var i = 0; i < list.Count; i++)
        {
            var choice = list[i];
            if (choice is null)
            {
                problems.Add($"choices[{i}] is null.");
                continue;
            }

            if (!Enum.IsDefined(choice.Dimension) || !Enum.IsDefined(choice.Pole))
            {
                problems.Add($"choices[{i}] has dimension {choice.Dimension} and pole {choice.Pole}; one is not defined.");
            }

            if (string.IsNullOrWhiteSpace(choice.Rationale))
            {
                problems.Add($"choices[{i}] ({choice.Dimension}) has no rationale.");
            }

            if (list.Take(i).Any(c => c?.Dimension == choice.Dimension))
            {
                problems.Add($"choices[{i}] chooses {choice.Dimension} a second time.");
            }
        }

        return problems.Count > 0
            ? throw new ArgumentException($"The approach profile has {problems.Count} problem(s): {string.Join(" ", problems)}", nameof(choices))
            : new ApproachProfile([.. list.OrderBy(c => c.Dimension)]);
    }
}
