using System.CommandLine;
using Wijkaanpak.Core.Tables;

namespace Wijkaanpak.Cli;

/// <summary>
/// <c>--format</c> of a command that prints results: lower-case names, <c>text</c> by default.
/// Most commands offer <c>text|json|csv|md</c>, the four forms of <see cref="TableFormat"/>.
/// </summary>
internal static class FormatOption
{
    /// <summary>The four table forms by their option value.</summary>
    public static readonly IReadOnlyDictionary<string, TableFormat> TableFormats = new Dictionary<string, TableFormat>(StringComparer.Ordinal)
    {
        ["text"] = TableFormat.Text,
        ["json"] = TableFormat.Json,
        ["csv"] = TableFormat.Csv,
        ["md"] = TableFormat.Markdown,
    };

    /// <summary>The option offering <c>text|json|csv|md</c>.</summary>
    public static Option<string> ForTables() => Create([.. TableFormats.Keys]);

    /// <summary>The option offering exactly <paramref name="formats"/>, the first being the default.</summary>
    /// <param name="formats">The lower-case format names.</param>
    public static Option<string> Create(params string[] formats)
    {
        var option = new Option<string>("--format")
        {
            Description = $"Output format: {string.Join(", ", formats)}.",
            HelpName = string.Join('|', formats),
            DefaultValueFactory = _ => formats[0],
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    /// <summary>The table form chosen with <paramref name="option"/>.</summary>
    /// <param name="parse">The parsed command line.</param>
    /// <param name="option">An option made by <see cref="ForTables"/>.</param>
    public static TableFormat Table(ParseResult parse, Option<string> option) => TableFormats[parse.GetValue(option) ?? "text"];
}
