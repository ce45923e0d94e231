using System.CommandLine;
using System.Text;
using Wijkaanpak.Core.Export;
using Wijkaanpak.Core.Serialization;
using Wijkaanpak.Core.Validation;

namespace Wijkaanpak.Cli.Commands;

/// <summary>
/// <c>wijkaanpak validate &lt;model.json&gt; [--profile default|nplv|strict] [--rules file] [--severity error|warning|info] [--rule CODE]
/// [--format text|lines|json|sarif|md] [--as-of yyyy-MM-dd]</c>: checks a model (*toetsen*) and prints its findings,
/// grouped by rule in text and Markdown, one per line in <c>lines</c> (compiler style, for build logs), JSON and SARIF.
/// Exits with 0 when the findings shown have no errors, 1 when they have, 2 when the model or the rules file cannot be read.
/// </summary>
internal static class ValidateCommand
{
    private static readonly string[] Formats = ["text", "lines", "json", "sarif", "md"];

    /// <summary>Creates the command.</summary>
    /// <param name="context">The run.</param>
    public static Command Create(CliContext context)
    {
        var file = new Argument<FileInfo>("model") { Description = "The model file (JSON, format version 1)." };
        var profile = ProfileOption.Create();
        var format = FormatOption.Create(Formats);
        format.Description = "Output format: text (grouped by rule), lines (one compiler-style line per finding), json (array of findings), sarif (SARIF 2.1.0 log) or md (Markdown, grouped by rule).";
        var asOf = new DateOption("the time rules (contract review, stale measurements, horizons) compare with it.", "--today");
        var rules = new RulesOption();
        var filter = new FilterOptions();
        var command = new Command("validate", "Validate a model: structure, measurability, ownership and alliance, time, money, participation and data.")
        {
            file,
            profile,
            format,
        };
        asOf.AddTo(command);
        rules.AddTo(command);
        filter.AddTo(command);
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            if (filter.UnknownCodes(parse, Validator.BuiltInRules).FirstOrDefault() is { } unknown)
            {
                error.WriteLine($"--rule: no rule has code '{unknown}'; docs/rules.md lists them.");
                return ExitCodes.InputError;
            }

            var info = parse.GetRequiredValue(file);
            var read = ModelFiles.TryReadFile(info.FullName, error);
            if (read is null || rules.Apply(parse, info.FullName, new ValidationOptions { Today = context.Date(parse, asOf), Language = context.Language(parse) }, error) is not { } options)
            {
                return ExitCodes.InputError;
            }

            if (parse.GetValue(profile) is { } chosenProfile)
            {
                options = options with { Profile = chosenProfile };
            }

            var result = filter.Read(parse).Apply(Validator.Validate(read.Model, options));
            var chosen = parse.GetValue(format) ?? "text";
            Write(output, result, info.ToString(), chosen, chosen == "json" ? null : Positions(read.Utf8, result));
            return result.HasErrors ? ExitCodes.Findings : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Where the findings' JSON paths are in the model file, for the text and SARIF output.</summary>
    private static IReadOnlyDictionary<string, SourcePosition> Positions(byte[] utf8, ValidationResult result) =>
        ModelJson.Locate(utf8, result.Diagnostics.Select(d => d.Location).OfType<string>());

    private static void Write(TextWriter output, ValidationResult result, string file, string format, IReadOnlyDictionary<string, SourcePosition>? positions)
    {
        switch (format)
        {
            case "text":
                DiagnosticGroupWriter.WriteText(output, result, file, positions);
                return;
            case "md":
                DiagnosticGroupWriter.WriteMarkdown(output, result, file, positions);
                return;
            case "lines":
                DiagnosticTextWriter.Write(output, result, file, positions);
                return;
        }

        using var buffer = new MemoryStream();
        if (format == "json")
        {
            DiagnosticJsonWriter.Write(buffer, result);
        }
        else
        {
            SarifWriter.Write(buffer, result, file, Validator.BuiltInRules, positions);
        }

        buffer.Position = 0;
        using var text = new StreamReader(buffer, Encoding.UTF8, detectEncodingFromByteOrderMarks: false);
        var chunk = new char[1 << 16];
        int read;
        while ((read = text.Read(chunk, 0, chunk.Length)) > 0)
        {
            output.Write(chunk, 0, read);
        }
    }
}
