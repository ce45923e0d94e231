using NodaTime;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>Calendar arithmetic the time rules share.</summary>
internal static class Dates
{
    private static readonly LocalDate Anchor = new(2000, 1, 1);

    /// <summary>Whole months covered by an inclusive interval: 2020-01-01..2029-12-31 is 120.</summary>
    public static int Months(DateInterval interval) =>
        (int)Period.Between(interval.Start, interval.End.PlusDays(1), PeriodUnits.Months).Months;

    /// <summary>True when <paramref name="period"/> is longer than <paramref name="limit"/>, measured from a fixed anchor date.</summary>
    public static bool IsLonger(Period period, Period limit) => Anchor.Plus(period) > Anchor.Plus(limit);

    /// <summary>True when <paramref name="inner"/> lies entirely within <paramref name="outer"/>.</summary>
    public static bool Within(DateInterval inner, DateInterval outer) =>
        inner.Start >= outer.Start && inner.End <= outer.End;
}
