using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Wijkaanpak.Core.Instruments;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Cli.Commands;

/// <summary>
/// <c>wijkaanpak checklist list | show &lt;id&gt; [--format text|json] | score &lt;assessment.json&gt;</c>:
/// the assessment checklists of the practice and scoring an assessment against them.
/// </summary>
public static class ChecklistCommand
{
    /// <summary>Creates the command with its three subcommands.</summary>
    public static Command Create() => new("checklist", "Assessment checklists of the practice: list them, show one, score an assessment.")
    {
        List(),
        Show(),
        Score(),
    };

    private static Command List()
    {
        var command = new Command("list", "List the checklists and their sections with ids.");
        command.SetAction(parse =>
        {
            var console = CliConsole.For(parse.InvocationConfiguration.Output);
            var table = new Table().AddColumns("Id", "Title", "Phase", "Indicators", "Questions");
            foreach (var checklist in ChecklistCatalogue.All)
            {
                table.AddRow(checklist.Id, Markup.Escape(checklist.Title.ToString()), string.Empty, Count(checklist.Indicators.Count()), Count(checklist.Questions.Count()));
                foreach (var section in checklist.Sections)
                {
                    table.AddRow("  " + section.Id, Markup.Escape(section.Title.ToString()), section.Phase?.ToString() ?? string.Empty, Count(section.Indicators.Count), Count(section.Questions.Count));
                }
            }

            console.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Show()
    {
        var id = new Argument<string>("id") { Description = "A checklist id (wmo, handboek) or a section id (e.g. wmo.A, handboek.contract)." };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("show", "Show a checklist or one section: indicators, questions and guidance, in Dutch and English.") { id, format };
        command.SetAction(parse =>
        {
            var requested = parse.GetRequiredValue(id);
            var checklist = ChecklistCatalogue.Owning(requested);
            var shown = checklist is null ? null
                : string.Equals(checklist.Id, requested, StringComparison.Ordinal) ? checklist
                : checklist.Sections.FirstOrDefault(s => s.Id == requested) is { } section ? checklist with { Sections = [section] }
                : null;
            if (shown is null)
            {
                var known = string.Join(", ", ChecklistCatalogue.All.SelectMany(c => c.Sections.Select(s => s.Id).Prepend(c.Id)));
                parse.InvocationConfiguration.Error.WriteLine($"No checklist or section '{requested}'. Known: {known}.");
                return ExitCodes.InputError;
            }

            if (parse.GetValue(format) == "json")
            {
                parse.InvocationConfiguration.Output.WriteLine(AssessmentJson.Write(shown));
            }
            else
            {
                Render(shown, CliConsole.For(parse.InvocationConfiguration.Output));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Score()
    {
        var file = new Argument<FileInfo>("assessment") { Description = "The assessment file (JSON, format version 1)." };
        var command = new Command("score", "Score an assessment per indicator, section and phase and list what needs attention.") { file };
        command.SetAction(parse =>
        {
            var path = parse.GetRequiredValue(file).FullName;
            var error = parse.InvocationConfiguration.Error;
            AssessmentScore score;
            try
            {
                score = AssessmentScorer.Score(AssessmentJson.ReadFile(path));
            }
            catch (AssessmentException e)
            {
                foreach (var problem in e.Problems)
                {
                    var position = problem.Line is { } line ? $"({line},{problem.Column})" : string.Empty;
                    error.WriteLine($"{path}{position}: {problem.Path}: {problem.Message}");
                }

                return ExitCodes.InputError;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"{path}: {e.Message}");
                return ExitCodes.InputError;
            }

            Render(score, CliConsole.For(parse.InvocationConfiguration.Output));
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Render(Checklist checklist, IAnsiConsole console)
    {
        console.Write(new Rule(Markup.Escape($"{checklist.Id}: {checklist.Title}")).LeftJustified());
        console.WriteLine(checklist.Description.Nl);
        console.WriteLine(checklist.Description.En);
        console.WriteLine($"({checklist.Source})");
        foreach (var section in checklist.Sections)
        {
            var phase = section.Phase is { } p ? $" [{PhaseTitles.Of(p)}]" : string.Empty;
            console.WriteLine();
            console.Write(new Rule(Markup.Escape($"{section.Id}: {section.Title}{phase}")).LeftJustified());
            foreach (var indicator in section.Indicators)
            {
                console.WriteLine($"{indicator.Id}  {indicator.Statement.Nl}");
                console.WriteLine($"{new string(' ', indicator.Id.Length)}  {indicator.Statement.En}");
            }

            if (section.Guidance is { } sectionGuidance)
            {
                console.WriteLine($"Aandachtspunt / guidance: {sectionGuidance.Nl} / {sectionGuidance.En}");
            }

            foreach (var question in section.Questions)
            {
                var links = question.IndicatorIds.IsEmpty ? string.Empty : $" -> {string.Join(", ", question.IndicatorIds)}";
                console.WriteLine();
                console.WriteLine($"{question.Id}{links}");
                console.WriteLine($"  {question.Text.Nl}");
                console.WriteLine($"  {question.Text.En}");
                if (question.Guidance is { } guidance)
                {
                    console.WriteLine($"  Tip: {guidance.Nl}");
                    console.WriteLine($"  Tip: {guidance.En}");
                }

                console.WriteLine($"  ({question.Source})");
            }
        }
    }

    private static void Render(AssessmentScore score, IAnsiConsole console)
    {
        console.Write(new Rule(Markup.Escape($"{score.Practice}: {score.ChecklistId}, {score.Date:uuuu-MM-dd}")).LeftJustified());
        console.WriteLine($"Overall: {Describe(score.Overall)}");
        Groups(console, "Indicator", score.Indicators);
        Groups(console, "Section", score.Sections);
        Groups(console, "Phase", score.Phases);
        console.WriteLine();
        console.WriteLine($"Needs attention ({Count(score.NeedsAttention.Count)}):");
        foreach (var item in score.NeedsAttention)
        {
            console.WriteLine($"- {item.QuestionId} ({item.Answer?.ToString() ?? "unanswered"}): {item.Question.En}");
            if (item.Guidance is { } guidance)
            {
                console.WriteLine($"  Tip: {guidance.En}");
            }
        }

        console.WriteLine();
        console.WriteLine("Scoring rule: yes 1, partly 0.5, no 0; not applicable, unknown and unanswered left out.");
    }

    private static void Groups(IAnsiConsole console, string kind, EquatableArray<ScoredGroup> groups)
    {
        if (groups.Count == 0)
        {
            return;
        }

        var table = new Table().AddColumns(kind, "Score", "Judgement", "Yes", "Partly", "No", "N/A", "Unknown", "Open");
        foreach (var group in groups)
        {
            var s = group.Summary;
            table.AddRow(group.Id, Score(s.Score), s.Judgement.ToString(), Count(s.Yes), Count(s.Partly), Count(s.No), Count(s.NotApplicable), Count(s.Unknown), Count(s.Unanswered));
        }

        console.Write(table);
    }

    private static string Describe(ScoreSummary summary) =>
        $"{Score(summary.Score)} ({summary.Judgement}), coverage {summary.Coverage.ToString("P0", CultureInfo.InvariantCulture)}";

    private static string Score(double? score) => score?.ToString("0.00", CultureInfo.InvariantCulture) ?? "-";

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);
}
