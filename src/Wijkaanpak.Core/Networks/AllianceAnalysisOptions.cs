using NodaTime;

namespace Wijkaanpak.Core.Networks;

/// <summary>Settings of an alliance analysis (*alliantie-analyse*).</summary>
public sealed record AllianceAnalysisOptions
{
    /// <summary>The default settings: thresholds 0.5, the default fit table, members without a leave date.</summary>
    public static AllianceAnalysisOptions Default { get; } = new();

    /// <summary>
    /// The date on which membership is judged; when null, the active members are those that have
    /// not left.
    /// </summary>
    public LocalDate? AsOf { get; init; }

    /// <summary>A salience attribute (power, legitimacy, urgency) is held when its score is at least this (0–1).</summary>
    public double SalienceThreshold { get; init; } = 0.5;

    /// <summary>Power and interest count as high in the grid when at least this (0–1).</summary>
    public double GridThreshold { get; init; } = 0.5;

    /// <summary>The table of fitting stakeholder types per policy theme.</summary>
    public DomainFitTable FitTable { get; init; } = DomainFitTable.Default;

    internal void Validate()
    {
        CheckThreshold(SalienceThreshold, nameof(SalienceThreshold));
        CheckThreshold(GridThreshold, nameof(GridThreshold));
        ArgumentNullException.ThrowIfNull(FitTable, nameof(FitTable));
    }

    private static void CheckThreshold(double value, string name)
    {
        if (!(value >= 0 && value <= 1))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be a number from 0 to 1.");
        }
    }
}
