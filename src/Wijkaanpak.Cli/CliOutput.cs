using System.CommandLine;
using Spectre.Console;
using Wijkaanpak.Core.Tables;
using SpectreTable = Spectre.Console.Table;
using Table = Wijkaanpak.Core.Tables.Table;

namespace Wijkaanpak.Cli;

/// <summary>
/// Writes the library's tables to standard output in the chosen format: text on a terminal as
/// coloured Spectre tables; text when redirected or with <c>NO_COLOR</c>, and CSV, Markdown and
/// JSON always, by <see cref="TableWriter"/>, so that piped output is plain and stable.
/// </summary>
internal static class CliOutput
{
    /// <summary>Writes <paramref name="tables"/> in <paramref name="format"/>.</summary>
    /// <param name="parse">The parsed command line (for standard output).</param>
    /// <param name="context">The run (whether standard output takes colours).</param>
    /// <param name="tables">The tables, in order.</param>
    /// <param name="format">The format.</param>
    public static void Write(ParseResult parse, CliContext context, IEnumerable<Table> tables, TableFormat format)
    {
        var writer = parse.InvocationConfiguration.Output;
        if (format != TableFormat.Text || !context.Colours)
        {
            TableWriter.Write(tables, writer, format);
            return;
        }

        var console = context.Output(parse);
        foreach (var table in tables)
        {
            console.Write(new Rule($"[bold]{Markup.Escape(table.Name)}[/]").LeftJustified());
            console.Write(ToSpectre(table));
        }
    }

    /// <summary>A Spectre table with the cells of <paramref name="table"/> as the text form shows them.</summary>
    /// <param name="table">A library table.</param>
    public static SpectreTable ToSpectre(Table table)
    {
        var result = new SpectreTable().Border(TableBorder.Rounded).BorderColor(Color.Grey);
        for (var c = 0; c < table.Columns.Length; c++)
        {
            var column = new Spectre.Console.TableColumn($"[bold]{Markup.Escape(table.Columns[c].Name)}[/]");
            result.AddColumn(table.Columns[c].Type is ColumnType.Number or ColumnType.Integer ? column.RightAligned() : column);
        }

        for (var r = 0; r < table.Rows.Length; r++)
        {
            result.AddRow([.. Enumerable.Range(0, table.Columns.Length).Select(c => Markup.Escape(TableWriter.DisplayText(table, r, c)))]);
        }

        return result;
    }
}
