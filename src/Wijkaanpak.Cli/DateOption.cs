using System.CommandLine;
using System.CommandLine.Parsing;
using NodaTime;
using NodaTime.Text;

namespace Wijkaanpak.Cli;

/// <summary>A command-line option that takes a date (*peildatum*) as <c>yyyy-MM-dd</c>; a value in any other form does not parse, so the command exits with 2 and says why.</summary>
internal static class DateOption
{
    /// <summary>Creates the option.</summary>
    /// <param name="name">The option's name, such as <c>--today</c>.</param>
    /// <param name="description">What the date means for the command.</param>
    public static Option<LocalDate?> Create(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = argument => Parse(name, argument),
    };

    private static LocalDate? Parse(string name, ArgumentResult argument)
    {
        var text = argument.Tokens.Count > 0 ? argument.Tokens[0].Value : string.Empty;
        var parsed = LocalDatePattern.Iso.Parse(text);
        if (parsed.Success)
        {
            return parsed.Value;
        }

        argument.AddError($"{name}: '{text}' is not a date in the form yyyy-MM-dd.");
        return null;
    }
}
