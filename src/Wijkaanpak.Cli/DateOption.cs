using System.CommandLine;
using System.CommandLine.Parsing;
using NodaTime;
using NodaTime.Text;

namespace Wijkaanpak.Cli;

/// <summary>
/// The reference date (*peildatum*) of a command whose results depend on a date: <c>--as-of
/// yyyy-MM-dd</c>, today (<see cref="CliEnvironment.Today"/>) when omitted, the same on every
/// command. Former names of the option (<c>--today</c> on validate, <c>--at</c> on rollup) are
/// still accepted but hidden from help. A value in any other form does not parse, so the command
/// exits with 2 and says why.
/// </summary>
internal sealed class DateOption
{
    /// <summary>The option's name.</summary>
    public const string Name = "--as-of";

    private readonly Option<LocalDate?> _asOf;
    private readonly Option<LocalDate?>[] _former;

    /// <summary>Creates the option, with hidden options for the names it had before.</summary>
    /// <param name="effect">What the date does in this command, said after "the reference date (peildatum), yyyy-MM-dd: ".</param>
    /// <param name="formerNames">Names the command used for the date before, accepted as hidden aliases.</param>
    public DateOption(string effect, params string[] formerNames)
    {
        _asOf = Create(Name, $"The reference date (peildatum), yyyy-MM-dd: {effect} Default: today.");
        _former = [.. formerNames.Select(name =>
        {
            var option = Create(name, $"Former name of {Name}.");
            option.Hidden = true;
            return option;
        })];
    }

    /// <summary>Adds the option and its hidden former names to <paramref name="command"/>.</summary>
    /// <param name="command">The command.</param>
    public void AddTo(Command command)
    {
        command.Options.Add(_asOf);
        foreach (var option in _former)
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The date the user gave under any of the option's names, otherwise today.</summary>
    /// <param name="parse">The parsed command line.</param>
    /// <param name="environment">Where today comes from.</param>
    public LocalDate Read(ParseResult parse, CliEnvironment environment) =>
        parse.GetValue(_asOf) ?? _former.Select(parse.GetValue).FirstOrDefault(d => d is not null) ?? environment.Today;

    private static Option<LocalDate?> Create(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "yyyy-MM-dd",
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
