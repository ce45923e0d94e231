using System.Globalization;
using NodaTime;
using Wijkaanpak.Core.Localization;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Export;

/// <summary>
/// The report's view of the library's one text mechanism (<see cref="LocalizedText"/>,
/// <see cref="LanguageFormat"/>, <see cref="DisplayNames"/>) in one language: picks a text, formats
/// numbers and dates, and names enum values as table cells and labels (capitalised where the report
/// shows them as a label, mid-sentence otherwise).
/// </summary>
internal sealed class ReportText
{
    private readonly LanguageFormat _format;

    private ReportText(Language language)
    {
        Language = language;
        _format = LanguageFormat.For(language);
    }

    /// <summary>The texts in Dutch.</summary>
    public static ReportText Dutch { get; } = new(Language.Dutch);

    /// <summary>The texts in English.</summary>
    public static ReportText English { get; } = new(Language.English);

    /// <summary>The language of these texts.</summary>
    public Language Language { get; }

    /// <summary>The BCP 47 code of the language, for the html lang attribute.</summary>
    public string Code => _format.Code;

    /// <summary>The texts for <paramref name="language"/>.</summary>
    public static ReportText For(Language language) => language == Language.English ? English : Dutch;

    /// <summary>Picks the Dutch or the English text.</summary>
    public string Pick(string dutch, string english) => new LocalizedText(dutch, english).In(Language);

    /// <summary>A text in the report's language.</summary>
    public string Pick(LocalizedText text) => text.In(Language);

    /// <summary>Formats a text in the report's language (<see cref="LocalizedText.Format"/>).</summary>
    public string Format(LocalizedText text, params ReadOnlySpan<object?> args) => text.Format(Language, args);

    /// <summary>A number with at most two decimals, grouped by thousands (1.234,5 in Dutch, 1,234.5 in English).</summary>
    public string Number(double value) => _format.Number(value);

    /// <summary>A whole number grouped by thousands.</summary>
    public string Count(long value) => _format.Count(value);

    /// <summary>An amount of euros without cents.</summary>
    public string Euros(decimal value) => _format.Euros(value);

    /// <summary>A fraction as a whole percentage, e.g. 0.456 as 46%.</summary>
    public string Percent(double fraction) => _format.Percent(fraction);

    /// <summary>A date written out: 3 maart 2024, or 3 March 2024.</summary>
    public string Date(LocalDate date) => _format.Date(date);

    /// <summary>A date interval written out, both ends inclusive.</summary>
    public string Period(DateInterval interval) => _format.Period(interval);

    /// <summary>A short date (year and month) for chart axes.</summary>
    public static string ShortDate(LocalDate date) => string.Create(CultureInfo.InvariantCulture, $"{date.Year}-{date.Month:00}");

    /// <summary>The name of a goal level, as a label.</summary>
    public string Name(GoalLevel level) => DisplayNames.Capitalized(level, Language);

    /// <summary>The name of an intervention kind, as a label.</summary>
    public string Name(InterventionKind kind) => DisplayNames.Capitalized(kind, Language);

    /// <summary>The name of a kind of theory-of-change node, as a label.</summary>
    public string Name(NodeKind kind) => DisplayNames.Capitalized(kind, Language);

    /// <summary>The name of a result level, as a label.</summary>
    public string Name(ResultLevel level) => DisplayNames.Capitalized(level, Language);

    /// <summary>The name of a scale level, as a label.</summary>
    public string Name(ScaleLevel level) => DisplayNames.Capitalized(level, Language);

    /// <summary>The name of any other enum value, mid-sentence (a precondition status, a polarity, a relation kind, a stakeholder type, a severity, …).</summary>
    public string Name(Enum value) => DisplayNames.Of(value, Language);
}
