using System.CommandLine;
using Wijkaanpak.Core.Instruments;

namespace Wijkaanpak.Cli.Commands;

/// <summary>
/// <c>wijkaanpak checklist list | show &lt;id&gt; | score &lt;assessment.json&gt;</c>, each with <c>[--format text|json|csv|md]</c>:
/// the assessment checklists of the practice and scoring an assessment against them.
/// </summary>
internal static class ChecklistCommand
{
    /// <summary>Creates the command with its three subcommands.</summary>
    /// <param name="context">The run.</param>
    public static Command Create(CliContext context) => new("checklist", "Assessment checklists of the practice: list them, show one, score an assessment.")
    {
        List(context),
        Show(context),
        Score(context),
    };

    private static Command List(CliContext context)
    {
        var format = FormatOption.ForTables();
        var command = new Command("list", "List the checklists and their sections with ids.") { format };
        command.SetAction(parse =>
        {
            CliOutput.Write(parse, context, [ChecklistTables.Catalogue(ChecklistCatalogue.All, context.Language(parse))], FormatOption.Table(parse, format));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Show(CliContext context)
    {
        var id = new Argument<string>("id") { Description = "A checklist id (wmo, handboek) or a section id (e.g. wmo.A, handboek.contract)." };
        var format = FormatOption.ForTables();
        format.Description = "Output format: text, json (the checklist in the assessment file format, both languages), csv or md.";
        var command = new Command("show", "Show a checklist or one section: indicators, questions and guidance.") { id, format };
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
                CliOutput.Write(parse, context, ChecklistTables.Content(shown, context.Language(parse)), FormatOption.Table(parse, format));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Score(CliContext context)
    {
        var file = new Argument<FileInfo>("assessment") { Description = "The assessment file (JSON, format version 1)." };
        var format = FormatOption.ForTables();
        var command = new Command("score", "Score an assessment per indicator, section and phase and list what needs attention (scoring: yes 1, partly 0.5, no 0; not applicable, unknown and unanswered left out).") { file, format };
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

            CliOutput.Write(parse, context, ChecklistTables.Score(score, context.Language(parse)), FormatOption.Table(parse, format));
            return ExitCodes.Success;
        });
        return command;
    }
}
