using System.Collections.Frozen;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation;

/// <summary>
/// A rules file (*regelconfiguratie*), modelled on Roslyn's <c>.globalconfig</c>: the profile, a
/// severity per rule and rules switched off, one <c>key = value</c> per line.
/// </summary>
/// <remarks>
/// <code>
/// # wijkaanpak.globalconfig, beside the model
/// profile = nplv
/// rule.WA0031.severity = warning     # error, warning, info, or none to switch the rule off
/// rule.WA0087.severity = none
/// </code>
/// Blank lines and lines starting with <c>#</c> or <c>;</c> are ignored, as is text after <c> #</c>.
/// Keys and values are case-insensitive; rule codes must name a known rule. Your own rules still
/// come through the API (<see cref="ValidationOptions.AdditionalRules"/>); pass their descriptors to
/// <see cref="Parse"/> so that the file may configure them too.
/// </remarks>
public sealed record RuleConfiguration
{
    /// <summary>The file name looked for beside a model: <c>wijkaanpak.globalconfig</c>.</summary>
    public const string FileName = "wijkaanpak.globalconfig";

    /// <summary>The profile the file sets, or null when it sets none.</summary>
    public ValidationProfile? Profile { get; init; }

    /// <summary>The severities the file sets per rule code (codes as the rules spell them).</summary>
    public IReadOnlyDictionary<string, DiagnosticSeverity> Severities { get; init; } = FrozenDictionary<string, DiagnosticSeverity>.Empty;

    /// <summary>The codes of the rules the file switches off (<c>severity = none</c>).</summary>
    public IReadOnlySet<string> Disabled { get; init; } = FrozenSet<string>.Empty;

    /// <summary>
    /// Reads a rules file's text. Every problem is reported, each with its line and column.
    /// </summary>
    /// <param name="text">The file's content.</param>
    /// <param name="source">The file's name, for the exception.</param>
    /// <param name="rules">The rules the file may name; the built-in rules when null.</param>
    /// <exception cref="WijkaanpakModelException">A line is not <c>key = value</c>, names an unknown key, profile, severity or rule, or sets a key twice; <see cref="WijkaanpakInputException.Problems"/> has one entry per problem with its line, its column and the key as path.</exception>
    public static RuleConfiguration Parse(string text, string source = FileName, IEnumerable<RuleDescriptor>? rules = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        var known = (rules ?? RuleCatalogue.Descriptors).Select(r => r.Code).Distinct(StringComparer.OrdinalIgnoreCase).ToDictionary(c => c, StringComparer.OrdinalIgnoreCase);
        var problems = new List<ModelProblem>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        ValidationProfile? profile = null;
        var severities = new Dictionary<string, DiagnosticSeverity>(StringComparer.Ordinal);
        var disabled = new HashSet<string>(StringComparer.Ordinal);
        var lines = text.Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index].TrimEnd('\r');
            var content = StripComment(line);
            if (content.Trim().Length == 0)
            {
                continue;
            }

            void Problem(string path, int column, string message) => problems.Add(new ModelProblem(path, message) { Line = index + 1, Column = column });

            var equals = content.IndexOf('=', StringComparison.Ordinal);
            var keyColumn = content.Length - content.TrimStart().Length + 1;
            if (equals < 0)
            {
                Problem(content.Trim(), keyColumn, $"'{content.Trim()}' is not a setting; write key = value, e.g. rule.WA0031.severity = warning.");
                continue;
            }

            var key = content[..equals].Trim();
            var value = content[(equals + 1)..].Trim();
            var valueColumn = equals + 2 + (content[(equals + 1)..].Length - content[(equals + 1)..].TrimStart().Length);
            if (!seen.Add(key))
            {
                Problem(key, keyColumn, $"'{key}' is set twice; keep one line.");
                continue;
            }

            if (key.Equals("profile", StringComparison.OrdinalIgnoreCase))
            {
                profile = value.ToLowerInvariant() switch
                {
                    "default" => ValidationProfile.Default,
                    "nplv" => ValidationProfile.Nplv,
                    "strict" => ValidationProfile.Strict,
                    _ => null,
                };
                if (profile is null)
                {
                    Problem(key, valueColumn, $"'{value}' is not a profile; choose default, nplv or strict.");
                }

                continue;
            }

            var parts = key.Split('.');
            if (parts.Length != 3 || !parts[0].Equals("rule", StringComparison.OrdinalIgnoreCase) || !parts[2].Equals("severity", StringComparison.OrdinalIgnoreCase))
            {
                Problem(key, keyColumn, $"Unknown key '{key}'; the keys are profile and rule.<code>.severity.");
                continue;
            }

            if (!known.TryGetValue(parts[1], out var code))
            {
                Problem(key, keyColumn + "rule.".Length, $"No rule has code '{parts[1]}'.");
                continue;
            }

            switch (value.ToLowerInvariant())
            {
                case "error":
                    severities[code] = DiagnosticSeverity.Error;
                    break;
                case "warning":
                    severities[code] = DiagnosticSeverity.Warning;
                    break;
                case "info":
                    severities[code] = DiagnosticSeverity.Info;
                    break;
                case "none":
                    disabled.Add(code);
                    break;
                default:
                    Problem(key, valueColumn, $"'{value}' is not a severity; choose error, warning, info or none (switched off).");
                    break;
            }
        }

        if (problems.Count > 0)
        {
            throw new WijkaanpakModelException(source, problems);
        }

        return new RuleConfiguration { Profile = profile, Severities = severities.ToFrozenDictionary(), Disabled = disabled.ToFrozenSet() };
    }

    /// <summary>
    /// <paramref name="options"/> with this file's settings: its profile (when it sets one), its
    /// severities over the options' own overrides, and its disabled rules added.
    /// </summary>
    /// <param name="options">The options to start from.</param>
    public ValidationOptions ApplyTo(ValidationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var severities = new Dictionary<string, DiagnosticSeverity>(options.SeverityOverrides, StringComparer.Ordinal);
        foreach (var (code, severity) in Severities)
        {
            severities[code] = severity;
        }

        return options with
        {
            Profile = Profile ?? options.Profile,
            SeverityOverrides = severities.ToFrozenDictionary(StringComparer.Ordinal),
            DisabledRules = options.DisabledRules.Union(Disabled).ToFrozenSet(StringComparer.Ordinal),
        };
    }

    private static string StripComment(string line)
    {
        var trimmed = line.TrimStart();
        if (trimmed.StartsWith('#') || trimmed.StartsWith(';'))
        {
            return string.Empty;
        }

        var hash = line.IndexOf(" #", StringComparison.Ordinal);
        return hash < 0 ? line : line[..hash];
    }
}
