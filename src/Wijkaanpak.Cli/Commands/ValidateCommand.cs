using System.CommandLine;
using System.Text;
using NodaTime;
using Wijkaanpak.Core.Export;
using Wijkaanpak.Core.Serialization;
using Wijkaanpak.Core.Validation;

namespace Wijkaanpak.Cli.Commands;

/// <summary>
/// <c>wijkaanpak validate &lt;model.json&gt; [--profile default|strict|nplv] [--format text|json|sarif] [--today yyyy-MM-dd]</c>:
/// checks a model (*toetsen*) and prints every finding. Exits with 0 when there are no errors,
/// 1 when there are, 2 when the model cannot be read.
/// </summary>
public static class ValidateCommand
{
    private static readonly string[] Formats = ["text", "json", "sarif"];

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var file = new Argument<FileInfo>("model") { Description = "The model file (JSON, format version 1)." };
        var profile = new Option<ValidationProfile>("--profile")
        {
            Description = "The rule set: default, strict (warnings count as errors) or nplv (Nationaal Programma Leefbaarheid en Veiligheid).",
            DefaultValueFactory = _ => ValidationProfile.Default,
        };
        var format = new Option<string>("--format")
        {
            Description = "Output format: text (compiler-style lines), json (array of findings) or sarif (SARIF 2.1.0 log).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong(Formats);
        var today = DateOption.Create("--today", "The reference date (peildatum) for time rules, yyyy-MM-dd; the system date when omitted.");
        var command = new Command("validate", "Validate a model: structure, measurability, ownership and alliance, time, money, participation and data.")
        {
            file,
            profile,
            format,
            today,
        };
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
                Profile = parse.GetValue(profile),
                Today = parse.GetValue(today) ?? LocalDate.FromDateTime(DateTime.Now),
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
