using System.Globalization;
using NodaTime;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Export;

/// <summary>
/// The words and number formats of a report in one language: Dutch (the default, for a wethouder
/// or programme manager) or English. Numbers and dates are formatted by hand from the invariant
/// culture, so the output does not depend on the machine's culture settings.
/// </summary>
internal sealed class ReportText
{
    private static readonly string[] DutchMonths =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private ReportText(ReportLanguage language) => Language = language;

    /// <summary>The texts in Dutch.</summary>
    public static ReportText Dutch { get; } = new(ReportLanguage.Dutch);

    /// <summary>The texts in English.</summary>
    public static ReportText English { get; } = new(ReportLanguage.English);

    /// <summary>The language of these texts.</summary>
    public ReportLanguage Language { get; }

    /// <summary>The BCP 47 code of the language, for the html lang attribute.</summary>
    public string Code => IsDutch ? "nl" : "en";

    private bool IsDutch => Language == ReportLanguage.Dutch;

    /// <summary>The texts for <paramref name="language"/>.</summary>
    public static ReportText For(ReportLanguage language) => language == ReportLanguage.English ? English : Dutch;

    /// <summary>Picks the Dutch or the English text.</summary>
    public string Pick(string dutch, string english) => IsDutch ? dutch : english;

    /// <summary>A number with at most two decimals, grouped by thousands (1.234,5 in Dutch, 1,234.5 in English).</summary>
    public string Number(double value)
    {
        if (!double.IsFinite(value))
        {
            return "–";
        }

        var invariant = Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("#,##0.##", CultureInfo.InvariantCulture);
        return IsDutch ? Swap(invariant) : invariant;
    }

    /// <summary>A whole number grouped by thousands.</summary>
    public string Count(long value)
    {
        var invariant = value.ToString("#,##0", CultureInfo.InvariantCulture);
        return IsDutch ? Swap(invariant) : invariant;
    }

    /// <summary>An amount of euros without cents.</summary>
    public string Euros(decimal value)
    {
        var invariant = Math.Round(value, 0, MidpointRounding.AwayFromZero).ToString("#,##0", CultureInfo.InvariantCulture);
        return "€ " + (IsDutch ? Swap(invariant) : invariant);
    }

    /// <summary>A fraction as a whole percentage, e.g. 0.456 as 46%.</summary>
    public string Percent(double fraction) =>
        double.IsFinite(fraction) ? Count((long)Math.Round(fraction * 100, MidpointRounding.AwayFromZero)) + "%" : "–";

    /// <summary>A date written out: 3 maart 2024, or 3 March 2024.</summary>
    public string Date(LocalDate date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day} {(IsDutch ? DutchMonths : EnglishMonths)[date.Month - 1]} {date.Year}");

    /// <summary>A date interval written out, both ends inclusive.</summary>
    public string Period(DateInterval interval) => $"{Date(interval.Start)} – {Date(interval.End)}";

    /// <summary>A short date (year and month) for chart axes.</summary>
    public static string ShortDate(LocalDate date) => string.Create(CultureInfo.InvariantCulture, $"{date.Year}-{date.Month:00}");

    /// <summary>The name of a goal level.</summary>
    public string Name(GoalLevel level) => level switch
    {
        GoalLevel.Output => Pick("Prestatie (output)", "Output"),
        GoalLevel.SubGoal => Pick("Subdoel", "Sub-goal"),
        GoalLevel.Goal => Pick("Doel", "Goal"),
        GoalLevel.Ambition => Pick("Ambitie", "Ambition"),
        GoalLevel.Mission => Pick("Missie", "Mission"),
        _ => level.ToString(),
    };

    /// <summary>The name of an intervention kind.</summary>
    public string Name(InterventionKind kind) => kind switch
    {
        InterventionKind.Regulier => Pick("Regulier", "Regular work"),
        InterventionKind.Intensivering => Pick("Intensivering", "Intensification"),
        InterventionKind.Koppelkans => Pick("Koppelkans", "Linking opportunity"),
        InterventionKind.Experiment => Pick("Experiment", "Experiment"),
        InterventionKind.QuickWin => Pick("Quick win", "Quick win"),
        InterventionKind.SmallWin => Pick("Small win", "Small win"),
        InterventionKind.Bewonersinitiatief => Pick("Bewonersinitiatief", "Resident initiative"),
        _ => kind.ToString(),
    };

    /// <summary>The name of a kind of theory-of-change node.</summary>
    public string Name(NodeKind kind) => kind switch
    {
        NodeKind.Goal => Pick("Doel", "Goal"),
        NodeKind.Intervention => Pick("Interventie", "Intervention"),
        NodeKind.Precondition => Pick("Randvoorwaarde", "Precondition"),
        NodeKind.Assumption => Pick("Aanname", "Assumption"),
        _ => kind.ToString(),
    };

    /// <summary>The name of a precondition status.</summary>
    public string Name(PreconditionStatus status) => status switch
    {
        PreconditionStatus.Met => Pick("vervuld", "met"),
        PreconditionStatus.PartlyMet => Pick("deels vervuld", "partly met"),
        PreconditionStatus.Unmet => Pick("niet vervuld", "not met"),
        _ => Pick("onbekend", "unknown"),
    };

    /// <summary>The name of a result level.</summary>
    public string Name(ResultLevel level) => level switch
    {
        ResultLevel.Input => "Input",
        ResultLevel.Activity => Pick("Activiteit", "Activity"),
        ResultLevel.Throughput => "Throughput",
        ResultLevel.Output => Pick("Prestatie (output)", "Output"),
        ResultLevel.Outcome => Pick("Effect (outcome)", "Outcome"),
        ResultLevel.Impact => "Impact",
        ResultLevel.Process => Pick("Proces", "Process"),
        _ => level.ToString(),
    };

    /// <summary>The name of a polarity.</summary>
    public string Name(Polarity polarity) => polarity switch
    {
        Polarity.HigherIsBetter => Pick("hoger is beter", "higher is better"),
        Polarity.LowerIsBetter => Pick("lager is beter", "lower is better"),
        _ => Pick("neutraal", "neutral"),
    };

    /// <summary>The name of a scale level.</summary>
    public string Name(ScaleLevel level) => level switch
    {
        ScaleLevel.Complex => Pick("Complex", "Complex"),
        ScaleLevel.Straat => Pick("Straat", "Street"),
        ScaleLevel.Buurt => Pick("Buurt", "Neighbourhood"),
        ScaleLevel.Wijk => Pick("Wijk", "District"),
        ScaleLevel.Stadsdeel => Pick("Stadsdeel", "Borough"),
        ScaleLevel.Gemeente => Pick("Gemeente", "Municipality"),
        ScaleLevel.Regio => Pick("Regio", "Region"),
        ScaleLevel.Provincie => Pick("Provincie", "Province"),
        ScaleLevel.Rijk => Pick("Rijk", "State"),
        _ => level.ToString(),
    };

    /// <summary>The name of a relation kind.</summary>
    public string Name(RelationKind kind) => kind switch
    {
        RelationKind.Collaboration => Pick("samenwerking", "collaboration"),
        RelationKind.Funding => Pick("financiering", "funding"),
        RelationKind.Mandate => Pick("mandaat", "mandate"),
        RelationKind.Information => Pick("informatie", "information"),
        RelationKind.Conflict => Pick("conflict", "conflict"),
        _ => kind.ToString(),
    };

    /// <summary>The name of a commitment kind.</summary>
    public string Name(CommitmentKind kind) => kind switch
    {
        CommitmentKind.Money => Pick("geld", "money"),
        CommitmentKind.Capacity => Pick("capaciteit", "capacity"),
        CommitmentKind.Knowledge => Pick("kennis", "knowledge"),
        CommitmentKind.Network => Pick("netwerk", "network"),
        _ => kind.ToString(),
    };

    /// <summary>The name of a governance level.</summary>
    public string Name(GovernanceLevel level) => level switch
    {
        GovernanceLevel.Bestuurlijk => Pick("bestuurlijk", "executive"),
        GovernanceLevel.Tactisch => Pick("tactisch", "tactical"),
        GovernanceLevel.Operationeel => Pick("operationeel", "operational"),
        _ => level.ToString(),
    };

    /// <summary>The name of a diagnostic severity.</summary>
    public string Name(ReportSeverity severity) => severity switch
    {
        ReportSeverity.Error => Pick("fout", "error"),
        ReportSeverity.Warning => Pick("waarschuwing", "warning"),
        _ => Pick("informatie", "info"),
    };

    /// <summary>The name of a stakeholder type: the Dutch term in both languages, an English gloss in English.</summary>
    public string Name(StakeholderType type) => type switch
    {
        StakeholderType.Gemeente => Pick("gemeente", "municipality"),
        StakeholderType.Rijk => Pick("Rijk", "central government"),
        StakeholderType.Provincie => Pick("provincie", "province"),
        StakeholderType.Woningcorporatie => Pick("woningcorporatie", "housing corporation"),
        StakeholderType.Politie => Pick("politie", "police"),
        StakeholderType.JustitieOm => Pick("justitie / OM", "justice / prosecution"),
        StakeholderType.Onderwijs => Pick("onderwijs", "education"),
        StakeholderType.Zorg => Pick("zorg", "care"),
        StakeholderType.Zorgverzekeraar => Pick("zorgverzekeraar", "health insurer"),
        StakeholderType.Ggd => "GGD",
        StakeholderType.Welzijn => Pick("welzijn", "welfare"),
        StakeholderType.SociaalWijkteam => Pick("sociaal wijkteam", "neighbourhood team"),
        StakeholderType.Fonds => Pick("fonds", "fund"),
        StakeholderType.Ondernemer => Pick("ondernemer", "business"),
        StakeholderType.SocialeOnderneming => Pick("sociale onderneming", "social enterprise"),
        StakeholderType.Kennisinstelling => Pick("kennisinstelling", "knowledge institution"),
        StakeholderType.Bewonersorganisatie => Pick("bewonersorganisatie", "residents' organisation"),
        StakeholderType.Bewoners => Pick("bewoners", "residents"),
        StakeholderType.Vereniging => Pick("vereniging", "association"),
        StakeholderType.Netbeheerder => Pick("netbeheerder", "grid operator"),
        _ => Pick("overig", "other"),
    };

    private static string Swap(string invariant) =>
        string.Create(invariant.Length, invariant, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = source[i] switch { ',' => '.', '.' => ',', var c => c };
            }
        });
}
