using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Rollups;

/// <summary>
/// Values social-return cases: an outcome is worth quantity × proxy × (1 − deadweight) ×
/// (1 − displacement) × (1 − attribution) in year 1, keeps (1 − drop-off) of that each later year
/// for its duration, and year t is discounted by (1 + rate)^t.
/// </summary>
internal static class SocialReturnCalculator
{
    public static SocialReturnResult Compute(SocialReturnCase c, RollupOptions options)
    {
        var investment = c.Investments.Sum(i => (double)i.Amount);
        var years = YearValues(c.Outcomes, c.DiscountRate);
        var outcomes = c.Outcomes.Select(o => new SocialOutcomeValue(o.Name, o.BeneficiaryId, FirstYearValue(o), PresentValue(o, c.DiscountRate))).ToList();
        var pv = outcomes.Sum(o => o.PresentValue);
        return new SocialReturnResult
        {
            CaseId = c.Id,
            Name = c.Name,
            DiscountRate = c.DiscountRate,
            Investment = investment,
            Years = years.ToEquatableArray(),
            Outcomes = outcomes.ToEquatableArray(),
            PresentValue = pv,
            NetPresentValue = pv - investment,
            RatioPerEuro = investment > 0 ? pv / investment : null,
            Sensitivity = Sensitivity(c, investment, options).ToEquatableArray(),
            Stakeholders = Balances(c, outcomes).ToEquatableArray(),
        };
    }

    public static double FirstYearValue(SocialOutcome o) =>
        o.Quantity * (double)o.FinancialProxy * (1 - o.Deadweight) * (1 - o.Displacement) * (1 - o.Attribution);

    public static double PresentValue(SocialOutcome o, double rate)
    {
        var first = FirstYearValue(o);
        var total = 0.0;
        for (var t = 1; t <= o.Duration; t++)
        {
            total += first * Math.Pow(1 - o.DropOff, t - 1) / Math.Pow(1 + rate, t);
        }

        return total;
    }

    private static List<SocialReturnYear> YearValues(EquatableArray<SocialOutcome> outcomes, double rate)
    {
        var horizon = outcomes.Count == 0 ? 0 : outcomes.Max(o => o.Duration);
        var years = new List<SocialReturnYear>(Math.Max(horizon, 0));
        for (var t = 1; t <= horizon; t++)
        {
            var value = outcomes.Where(o => t <= o.Duration).Sum(o => FirstYearValue(o) * Math.Pow(1 - o.DropOff, t - 1));
            years.Add(new SocialReturnYear(t, value, value / Math.Pow(1 + rate, t)));
        }

        return years;
    }

    private static List<SensitivityRow> Sensitivity(SocialReturnCase c, double investment, RollupOptions options)
    {
        var rel = options.SensitivityRelative;
        var share = options.SensitivityShare;
        var rows = new List<SensitivityRow>
        {
            Row(c, investment, "quantity", rel, (o, d) => o with { Quantity = Math.Max(0, o.Quantity * (1 + d)) }),
            Row(c, investment, "financialProxy", rel, (o, d) => o with { FinancialProxy = Math.Max(0, o.FinancialProxy * (decimal)(1 + d)) }),
            Row(c, investment, "deadweight", share, (o, d) => o with { Deadweight = Clamp(o.Deadweight + d) }),
            Row(c, investment, "displacement", share, (o, d) => o with { Displacement = Clamp(o.Displacement + d) }),
            Row(c, investment, "attribution", share, (o, d) => o with { Attribution = Clamp(o.Attribution + d) }),
            Row(c, investment, "dropOff", share, (o, d) => o with { DropOff = Clamp(o.DropOff + d) }),
            Row(c, investment, "duration", 1, (o, d) => o with { Duration = Math.Max(1, o.Duration + (int)d) }),
        };
        var low = Math.Max(0, c.DiscountRate - options.SensitivityDiscountRate);
        var high = c.DiscountRate + options.SensitivityDiscountRate;
        var lowPv = c.Outcomes.Sum(o => PresentValue(o, low));
        var highPv = c.Outcomes.Sum(o => PresentValue(o, high));
        rows.Add(new SensitivityRow("discountRate", options.SensitivityDiscountRate, lowPv - investment, highPv - investment, Ratio(lowPv, investment), Ratio(highPv, investment)));
        return rows;
    }

    private static SensitivityRow Row(SocialReturnCase c, double investment, string parameter, double change, Func<SocialOutcome, double, SocialOutcome> vary)
    {
        var lowPv = c.Outcomes.Sum(o => PresentValue(vary(o, -change), c.DiscountRate));
        var highPv = c.Outcomes.Sum(o => PresentValue(vary(o, change), c.DiscountRate));
        return new SensitivityRow(parameter, change, lowPv - investment, highPv - investment, Ratio(lowPv, investment), Ratio(highPv, investment));
    }

    private static List<StakeholderBalance> Balances(SocialReturnCase c, List<SocialOutcomeValue> outcomes)
    {
        var invested = c.Investments.GroupBy(i => i.StakeholderId).ToDictionary(g => g.Key, g => g.Sum(i => (double)i.Amount));
        var benefit = outcomes.Where(o => o.BeneficiaryId is not null).GroupBy(o => o.BeneficiaryId!.Value).ToDictionary(g => g.Key, g => g.Sum(o => o.PresentValue));
        var balances = invested.Keys.Union(benefit.Keys).Order().Select(id =>
        {
            var i = invested.GetValueOrDefault(id);
            var b = benefit.GetValueOrDefault(id);
            return new StakeholderBalance(id, i, b, i > 0 && b <= 0, b > 0 && i <= 0);
        }).ToList();
        var unnamed = outcomes.Where(o => o.BeneficiaryId is null).ToList();
        if (unnamed.Count > 0)
        {
            balances.Add(new StakeholderBalance(null, 0, unnamed.Sum(o => o.PresentValue), false, false));
        }

        return balances;
    }

    private static double? Ratio(double pv, double investment) => investment > 0 ? pv / investment : null;

    private static double Clamp(double share) => Math.Clamp(share, 0, 1);
}
