using Wijkaanpak.Core.Localization;
using Wijkaanpak.Core.Tables;

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
    public static Table Catalogue(IEnumerable<Checklist> checklists, Language language)
    {
        ArgumentNullException.ThrowIfNull(checklists);
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var checklist in checklists)
        {
            rows.Add([checklist.Id, null, checklist.Title.In(language), null, checklist.Indicators.Count(), checklist.Questions.Count()]);
            foreach (var section in checklist.Sections)
            {
                rows.Add([checklist.Id, section.Id, section.Title.In(language), section.Phase is { } phase ? PhaseTitles.Of(phase).In(language) : null, section.Indicators.Count, section.Questions.Count]);
            }
        }

        return new Table("checklists", [TableColumn.Text("checklist"), TableColumn.Text("section"), TableColumn.Text("title"), TableColumn.Text("phase"), TableColumn.Integer("indicators"), TableColumn.Integer("questions")], rows);
    }

    /// <summary>
    /// The tables of one checklist: <c>checklist</c> (one row: id, title, description, source),
    /// <c>sections</c> and <c>items</c> (every indicator and question in order, with its text,
    /// guidance, linked indicators and source).
    /// </summary>
    /// <param name="checklist">The checklist (or a copy with only some of its sections).</param>
    /// <param name="language">The language of the texts.</param>
    public static IReadOnlyList<Table> Content(Checklist checklist, Language language)
    {
        ArgumentNullException.ThrowIfNull(checklist);
        var head = new Table("checklist", [TableColumn.Text("checklist"), TableColumn.Text("title"), TableColumn.Text("description"), TableColumn.Text("source")], [[checklist.Id, checklist.Title.In(language), checklist.Description.In(language), checklist.Source]]);
        var sections = new Table(
            "sections",
            [TableColumn.Text("section"), TableColumn.Text("title"), TableColumn.Text("phase"), TableColumn.Text("guidance"), TableColumn.Text("source")],
            checklist.Sections.Select(s => (IReadOnlyList<object?>)[s.Id, s.Title.In(language), s.Phase is { } phase ? PhaseTitles.Of(phase).In(language) : null, s.Guidance is { } g ? g.In(language) : null, s.Source]));
        var items = new List<IReadOnlyList<object?>>();
        foreach (var section in checklist.Sections)
        {
            foreach (var indicator in section.Indicators)
            {
                items.Add([section.Id, "indicator", indicator.Id, indicator.Statement.In(language), null, null, indicator.Source]);
            }

            foreach (var question in section.Questions)
            {
                items.Add([section.Id, "question", question.Id, question.Text.In(language), question.Guidance is { } g ? g.In(language) : null, string.Join(", ", question.IndicatorIds), question.Source]);
            }
        }

        return [head, sections, new Table("items", [TableColumn.Text("section"), TableColumn.Text("kind"), TableColumn.Text("id"), TableColumn.Text("text"), TableColumn.Text("guidance"), TableColumn.Text("indicators"), TableColumn.Text("source")], items)];
    }

    /// <summary>
    /// The tables of a scored assessment: <c>score</c> (one row: practice, checklist, date and the
    /// overall score), <c>groups</c> (every indicator, section and phase with its counts, score and
    /// judgement) and <c>attention</c> (the questions that need attention, with guidance).
    /// </summary>
    /// <param name="score">The score.</param>
    /// <param name="language">The language of the texts.</param>
    public static IReadOnlyList<Table> Score(AssessmentScore score, Language language)
    {
        ArgumentNullException.ThrowIfNull(score);
        var overall = score.Overall;
        var head = new Table(
            "score",
            [TableColumn.Text("practice"), TableColumn.Text("checklist"), TableColumn.Date("date"), TableColumn.Number("score", "0.00"), TableColumn.Text("judgement"), TableColumn.Number("coverage", "0%")],
            [[score.Practice, score.ChecklistId, score.Date, overall.Score, Judgement(overall.Judgement), overall.Coverage]]);
        var groups = new List<IReadOnlyList<object?>>();
        Add(groups, "indicator", score.Indicators, language);
        Add(groups, "section", score.Sections, language);
        Add(groups, "phase", score.Phases, language);
        var columns = new TableColumn[]
        {
            TableColumn.Text("kind"), TableColumn.Text("id"), TableColumn.Text("title"), TableColumn.Number("score", "0.00"), TableColumn.Text("judgement"),
            TableColumn.Integer("yes"), TableColumn.Integer("partly"), TableColumn.Integer("no"), TableColumn.Integer("notApplicable"), TableColumn.Integer("unknown"), TableColumn.Integer("unanswered"),
        };
        var attention = new Table(
            "attention",
            [TableColumn.Text("question"), TableColumn.Text("section"), TableColumn.Text("answer"), TableColumn.Text("text"), TableColumn.Text("guidance"), TableColumn.Text("source")],
            score.NeedsAttention.Select(a => (IReadOnlyList<object?>)[a.QuestionId, a.SectionId, a.Answer is { } answer ? Answer(answer) : null, a.Question.In(language), a.Guidance is { } g ? g.In(language) : null, a.Source]));
        return [head, new Table("groups", columns, groups), attention];
    }

    private static void Add(List<IReadOnlyList<object?>> rows, string kind, IEnumerable<ScoredGroup> groups, Language language)
    {
        foreach (var group in groups)
        {
            var s = group.Summary;
            rows.Add([kind, group.Id, group.Title.In(language), s.Score, Judgement(s.Judgement), s.Yes, s.Partly, s.No, s.NotApplicable, s.Unknown, s.Unanswered]);
        }
    }

    private static string Judgement(Judgement judgement) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(judgement.ToString());

    private static string Answer(AnswerValue answer) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(answer.ToString());
}
