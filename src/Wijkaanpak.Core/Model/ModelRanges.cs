using NodaTime;

namespace Wijkaanpak.Core.Model;

/// <summary>
/// The ranges of dates, periods and numbers a model may hold: wide enough for any real
/// neighbourhood approach (dates from 1800 to 2200, amounts up to a thousand trillion euros), and
/// narrow enough that nothing computed from them can overflow — adding a period to a date, summing a
/// million amounts or weights, drawing an axis. The readers refuse values outside them at the value
/// itself, and <see cref="ModelIntegrity"/> checks them on every model, so nothing that loads or
/// builds fails later. See <c>docs/format.md</c>, "Supported ranges".
/// </summary>
public static class ModelRanges
{
    /// <summary>The earliest date a model may hold: 1 January 1800.</summary>
    public static LocalDate EarliestDate { get; } = new(1800, 1, 1);

    /// <summary>The latest date a model may hold: 31 December 2200.</summary>
    public static LocalDate LatestDate { get; } = new(2200, 12, 31);

    /// <summary>The largest number of years in a period (a frequency or interval): 100; months, weeks and days are bounded to the same length.</summary>
    public const int MaxPeriodYears = 100;

    /// <summary>The largest magnitude of a measured, target, baseline or stage value: 10^15.</summary>
    public const double MaxMagnitude = 1e15;

    /// <summary>The smallest weight of a relation or edge: 10^-6 (weights are positive; their inverse is a distance).</summary>
    public const double MinWeight = 1e-6;

    /// <summary>The largest weight of a relation or edge: 10^6.</summary>
    public const double MaxWeight = 1e6;

    /// <summary>The largest amount of money (budget, pledge, grant, spending, investment, proxy): € 10^15.</summary>
    public const decimal MaxAmount = 1_000_000_000_000_000m;

    /// <summary>The largest count of people or households (population, households, sample size, staff): 100 million.</summary>
    public const int MaxCount = 100_000_000;

    /// <summary>The longest duration of a social outcome, in years: 100.</summary>
    public const int MaxDurationYears = 100;

    /// <summary>Whether <paramref name="date"/> lies between <see cref="EarliestDate"/> and <see cref="LatestDate"/>.</summary>
    /// <param name="date">The date.</param>
    public static bool IsSupported(LocalDate date) => date >= EarliestDate && date <= LatestDate;

    /// <summary>
    /// Whether <paramref name="period"/> is a calendar period the computations support: years,
    /// months, weeks and days only (no time of day), each at most <see cref="MaxPeriodYears"/> years
    /// long in either direction. Whether it is positive is a separate check.
    /// </summary>
    /// <param name="period">The period.</param>
    public static bool IsSupported(Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return !period.HasTimeComponent
            && Math.Abs((long)period.Years) <= MaxPeriodYears
            && Math.Abs((long)period.Months) <= MaxPeriodYears * 12L
            && Math.Abs((long)period.Weeks) <= MaxPeriodYears * 53L
            && Math.Abs((long)period.Days) <= MaxPeriodYears * 366L;
    }

    /// <summary>The message for a date outside the supported range.</summary>
    internal static string DateMessage(LocalDate date) =>
        $"{date:uuuu-MM-dd} is outside the supported dates {EarliestDate:uuuu-MM-dd} to {LatestDate:uuuu-MM-dd}.";

    /// <summary>The message for a period the computations do not support.</summary>
    internal static string PeriodMessage(Period period) =>
        period.HasTimeComponent
            ? $"Period {period} has a time of day; only years, months, weeks and days are supported."
            : $"Period {period} is longer than the supported {MaxPeriodYears} years.";
}
