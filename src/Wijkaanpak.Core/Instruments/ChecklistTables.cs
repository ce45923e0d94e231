using Wijkaanpak.Core.Export;

namespace Wijkaanpak.Core.Instruments;

/// <summary>
/// The checklists of the practice as tidy tables (what <c>wijkaanpak checklist list</c> and
/// <c>checklist show</c> print): the catalogue with its sections and counts, and the content of one
/// checklist with an indicator or question per row. Texts are in the language asked for; ids stay.
/// </summary>
public static class ChecklistTables
{
    /// <summary>
    /// The table <c>checklists</c>: one row per checklist (section empty) and one per section, with
    /// title, phase and the number of indicators and questions.
    /// </summary>
    /// <param name="checklists">The checklists, e.g. <see cref="ChecklistCatalogue.All"/>.</param>
    /// <param name="language">The language of the titles.</param>
    public static Table Catalogue(IEnumerable<Checklist> checklists, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(checklists);
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var checklist in checklists)
        {
            rows.Add([checklist.Id, null, In(checklist.Title, language), null, checklist.Indicators.Count(), checklist.Questions.Count()]);
            foreach (var section in checklist.Sections)
            {
                rows.Add([checklist.Id, section.Id, In(section.Title, language), section.Phase is { } phase ? In(PhaseTitles.Of(phase), language) : null, section.Indicators.Count, section.Questions.Count]);
            }
        }

        return new Table("checklists", [new("checklist"), new("section"), new("title"), new("phase"), new("indicators"), new("questions")], rows);
    }

    /// <summary>
    /// The tables of one checklist: <c>checklist</c> (one row: id, title, description, source),
    /// <c>sections</c> and <c>items</c> (every indicator and question in order, with its text,
    /// guidance, linked indicators and source).
    /// </summary>
    /// <param name="checklist">The checklist (or a copy with only some of its sections).</param>
    /// <param name="language">The language of the texts.</param>
    public static IReadOnlyList<Table> Content(Checklist checklist, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(checklist);
        var head = new Table("checklist", [new("checklist"), new("title"), new("description"), new("source")], [[checklist.Id, In(checklist.Title, language), In(checklist.Description, language), checklist.Source]]);
        var sections = new Table(
            "sections",
            [new("section"), new("title"), new("phase"), new("guidance"), new("source")],
            checklist.Sections.Select(s => (IReadOnlyList<object?>)[s.Id, In(s.Title, language), s.Phase is { } phase ? In(PhaseTitles.Of(phase), language) : null, s.Guidance is { } g ? In(g, language) : null, s.Source]));
        var items = new List<IReadOnlyList<object?>>();
        foreach (var section in checklist.Sections)
        {
            foreach (var indicator in section.Indicators)
            {
                items.Add([section.Id, "indicator", indicator.Id, In(indicator.Statement, language), null, null, indicator.Source]);
            }

            foreach (var question in section.Questions)
            {
                items.Add([section.Id, "question", question.Id, In(question.Text, language), question.Guidance is { } g ? In(g, language) : null, string.Join(", ", question.IndicatorIds), question.Source]);
            }
        }

        return [head, sections, new Table("items", [new("section"), new("kind"), new("id"), new("text"), new("guidance"), new("indicators"), new("source")], items)];
    }

    /// <summary>
    /// The tables of a scored assessment: <c>score</c> (one row: practice, checklist, date and the
    /// overall score), <c>groups</c> (every indicator, section and phase with its counts, score and
    /// judgement) and <c>attention</c> (the questions that need attention, with guidance).
    /// </summary>
    /// <param name="score">The score.</param>
    /// <param name="language">The language of the texts.</param>
    public static IReadOnlyList<Table> Score(AssessmentScore score, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(score);
        var overall = score.Overall;
        var head = new Table(
            "score",
            [new("practice"), new("checklist"), new("date"), new("score", "0.00"), new("judgement"), new("coverage", "0%")],
            [[score.Practice, score.ChecklistId, score.Date, overall.Score, Judgement(overall.Judgement), overall.Coverage]]);
        var groups = new List<IReadOnlyList<object?>>();
        Add(groups, "indicator", score.Indicators, language);
        Add(groups, "section", score.Sections, language);
        Add(groups, "phase", score.Phases, language);
        var columns = new TableColumn[]
        {
            new("kind"), new("id"), new("title"), new("score", "0.00"), new("judgement"), new("yes"), new("partly"), new("no"), new("notApplicable"), new("unknown"), new("unanswered"),
        };
        var attention = new Table(
            "attention",
            [new("question"), new("section"), new("answer"), new("text"), new("guidance"), new("source")],
            score.NeedsAttention.Select(a => (IReadOnlyList<object?>)[a.QuestionId, a.SectionId, a.Answer is { } answer ? Answer(answer) : null, In(a.Question, language), a.Guidance is { } g ? In(g, language) : null, a.Source]));
        return [head, new Table("groups", columns, groups), attention];
    }

    private static void Add(List<IReadOnlyList<object?>> rows, string kind, IEnumerable<ScoredGroup> groups, ReportLanguage language)
    {
        foreach (var group in groups)
        {
            var s = group.Summary;
            rows.Add([kind, group.Id, In(group.Title, language), s.Score, Judgement(s.Judgement), s.Yes, s.Partly, s.No, s.NotApplicable, s.Unknown, s.Unanswered]);
        }
    }

    private static string Judgement(Judgement judgement) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(judgement.ToString());

    private static string Answer(AnswerValue answer) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(answer.ToString());

    private static string In(BilingualText text, ReportLanguage language) => language == ReportLanguage.English ? text.En : text.Nl;
}
