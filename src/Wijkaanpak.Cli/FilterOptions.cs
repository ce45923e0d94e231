using System.CommandLine;
using System.CommandLine.Parsing;
using Wijkaanpak.Core.Validation;

namespace Wijkaanpak.Cli;

/// <summary>
/// <c>--severity error|warning|info</c> (at least this serious) and <c>--rule CODE[,CODE…]</c>
/// (only these rules, repeatable): which findings a command shows (<see cref="DiagnosticFilter"/>).
/// </summary>
internal sealed class FilterOptions
{
    private readonly Option<DiagnosticSeverity?> _severity = new("--severity")
    {
        Description = "Show findings of at least this severity: error, warning or info (all).",
        HelpName = "error|warning|info",
        CustomParser = ParseSeverity,
        CompletionSources = { "error", "warning", "info" },
    };

    private readonly Option<string[]> _rules = new("--rule")
    {
        Description = "Show only the findings of these rules, e.g. --rule WA0020 --rule WA0031 or --rule WA0020,WA0031.",
        HelpName = "code",
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>Adds both options to <paramref name="command"/>.</summary>
    /// <param name="command">The command.</param>
    public void AddTo(Command command)
    {
        command.Options.Add(_severity);
        command.Options.Add(_rules);
    }

    /// <summary>The filter the user asked for.</summary>
    /// <param name="parse">The parsed command line.</param>
    public DiagnosticFilter Read(ParseResult parse)
    {
        var codes = (parse.GetValue(_rules) ?? [])
            .SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new DiagnosticFilter { MinimumSeverity = parse.GetValue(_severity), Codes = codes.Count == 0 ? null : codes };
    }

    /// <summary>The codes given with <c>--rule</c> that name no rule among <paramref name="rules"/>.</summary>
    /// <param name="parse">The parsed command line.</param>
    /// <param name="rules">The rules of the run.</param>
    public IEnumerable<string> UnknownCodes(ParseResult parse, IEnumerable<RuleDescriptor> rules)
    {
        var known = rules.Select(r => r.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return Read(parse).Codes?.Where(c => !known.Contains(c)) ?? [];
    }

    private static DiagnosticSeverity? ParseSeverity(ArgumentResult argument)
    {
        var text = argument.Tokens.Count > 0 ? argument.Tokens[0].Value : string.Empty;
        switch (text.ToLowerInvariant())
        {
            case "error":
                return DiagnosticSeverity.Error;
            case "warning":
                return DiagnosticSeverity.Warning;
            case "info":
                return DiagnosticSeverity.Info;
            default:
                argument.AddError($"--severity: '{text}' is not a severity; choose error, warning or info.");
                return null;
        }
    }
}
