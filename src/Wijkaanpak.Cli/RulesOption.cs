using System.CommandLine;
using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Validation;

namespace Wijkaanpak.Cli;

/// <summary>
/// <c>--rules &lt;file&gt;</c>: the rules file (<see cref="RuleConfiguration"/>) of a command that
/// validates. Without it the command uses <c>wijkaanpak.globalconfig</c> beside the model when
/// there is one, and no rules file otherwise.
/// </summary>
internal sealed class RulesOption
{
    private readonly Option<FileInfo?> _option = new("--rules")
    {
        Description = $"A rules file (like .globalconfig: profile = nplv, rule.WA0031.severity = warning|error|info|none). Default: {RuleConfiguration.FileName} beside the model, if present.",
        HelpName = "file",
    };

    /// <summary>Adds the option to <paramref name="command"/>.</summary>
    /// <param name="command">The command.</param>
    public void AddTo(Command command) => command.Options.Add(_option);

    /// <summary>
    /// The validation options with the rules file applied: the file given with <c>--rules</c>, or the
    /// one beside <paramref name="modelPath"/>; <paramref name="options"/> unchanged when there is
    /// none. A file that cannot be read or parsed is reported on <paramref name="error"/> as
    /// <c>file(line,column): key: message</c>, and the result is null.
    /// </summary>
    /// <param name="parse">The parsed command line.</param>
    /// <param name="modelPath">The model file's full path.</param>
    /// <param name="options">The options before the rules file.</param>
    /// <param name="error">Standard error.</param>
    public ValidationOptions? Apply(ParseResult parse, string modelPath, ValidationOptions options, TextWriter error)
    {
        var given = parse.GetValue(_option)?.FullName;
        var path = given ?? Path.Combine(Path.GetDirectoryName(modelPath) ?? ".", RuleConfiguration.FileName);
        if (given is null && !File.Exists(path))
        {
            return options;
        }

        try
        {
            return RuleConfiguration.Parse(File.ReadAllText(path), Path.GetFileName(path)).ApplyTo(options);
        }
        catch (WijkaanpakModelException e)
        {
            foreach (var problem in e.Problems)
            {
                error.WriteLine($"{path}({problem.Line},{problem.Column}): {problem.Path}: {problem.Message}");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{path}: {e.Message}");
        }

        return null;
    }
}
