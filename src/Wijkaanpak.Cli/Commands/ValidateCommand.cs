using System.CommandLine;
using System.Text;
using Wijkaanpak.Core.Export;
using Wijkaanpak.Core.Serialization;
using Wijkaanpak.Core.Validation;

namespace Wijkaanpak.Cli.Commands;

/// <summary>
/// <c>wijkaanpak validate &lt;model.json&gt; [--profile default|nplv|strict] [--format text|json|sarif] [--as-of yyyy-MM-dd]</c>:
/// checks a model (*toetsen*) and prints every finding. Exits with 0 when there are no errors,
/// 1 when there are, 2 when the model cannot be read.
/// </summary>
internal static class ValidateCommand
{
    private static readonly string[] Formats = ["text", "json", "sarif"];

    /// <summary>Creates the command.</summary>
    /// <param name="context">The run.</param>
    public static Command Create(CliContext context)
    {
        var file = new Argument<FileInfo>("model") { Description = "The model file (JSON, format version 1)." };
        var profile = ProfileOption.Create();
        var format = FormatOption.Create(Formats);
        format.Description = "Output format: text (compiler-style lines), json (array of findings) or sarif (SARIF 2.1.0 log).";
        var asOf = new DateOption("the time rules (contract review, stale measurements, horizons) compare with it.", "--today");
        var command = new Command("validate", "Validate a model: structure, measurability, ownership and alliance, time, money, participation and data.")
        {
            file,
            profile,
            format,
        };
        asOf.AddTo(command);
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var info = parse.GetRequiredValue(file);
            var read = ModelFiles.TryReadFile(info.FullName, parse.InvocationConfiguration.Error);
            if (read is null)
            {
                return ExitCodes.InputError;
            }

            var options = new ValidationOptions
            {
                Profile = parse.GetValue(profile) ?? ValidationProfile.Default,
                Today = context.Date(parse, asOf),
            };
            var result = Validator.Validate(read.Model, options);
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
        if (format == "text")
        {
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
