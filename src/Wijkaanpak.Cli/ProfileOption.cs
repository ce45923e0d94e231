using System.CommandLine;
using System.CommandLine.Parsing;
using Wijkaanpak.Core.Validation;

namespace Wijkaanpak.Cli;

/// <summary>
/// <c>--profile default|nplv|strict</c>: the validation profile, in lower case like every option
/// value. The former PascalCase names (<c>Default</c>, <c>Nplv</c>, <c>Strict</c>) are still
/// accepted, as any letter case is, but help and completion show the lower-case names.
/// </summary>
internal static class ProfileOption
{
    private static readonly Dictionary<string, ValidationProfile> Profiles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["default"] = ValidationProfile.Default,
        ["nplv"] = ValidationProfile.Nplv,
        ["strict"] = ValidationProfile.Strict,
    };

    /// <summary>The option; absent means <c>default</c>.</summary>
    public static Option<ValidationProfile?> Create()
    {
        var option = new Option<ValidationProfile?>("--profile")
        {
            Description = "The rule set: default, nplv (Nationaal Programma Leefbaarheid en Veiligheid: 15-year horizons, independent process direction) or strict (warnings count as errors).",
            HelpName = "default|nplv|strict",
            CustomParser = Parse,
        };
        option.CompletionSources.Add(_ => Profiles.Keys.Select(k => new System.CommandLine.Completions.CompletionItem(k)));
        return option;
    }

    /// <summary>The lower-case name of <paramref name="profile"/>, as the option and the rules file spell it.</summary>
    /// <param name="profile">A profile.</param>
    public static string NameOf(ValidationProfile profile) => Profiles.First(p => p.Value == profile).Key;

    private static ValidationProfile? Parse(ArgumentResult argument)
    {
        var text = argument.Tokens.Count > 0 ? argument.Tokens[0].Value : string.Empty;
        if (Profiles.TryGetValue(text, out var profile))
        {
            return profile;
        }

        argument.AddError($"--profile: '{text}' is not a profile; choose default, nplv or strict.");
        return null;
    }
}
