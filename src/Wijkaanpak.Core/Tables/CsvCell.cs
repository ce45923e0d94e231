namespace Wijkaanpak.Core.Tables;

/// <summary>
/// Protection against CSV (formula) injection: a spreadsheet runs a cell that begins with
/// <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c> (or a TAB or CR before them) as a formula. Following the
/// OWASP guidance on CSV injection, every text cell our CSV writers take from data and that begins
/// with one of those characters is written with a single quote in front, which spreadsheets show
/// as text; numbers are written as they are. The measurements reader takes the quote off again, so
/// what it wrote reads back unchanged.
/// </summary>
internal static class CsvCell
{
    /// <summary>The characters that make a spreadsheet read a cell as a formula when they come first.</summary>
    private static ReadOnlySpan<char> Triggers => "=+-@\t\r";

    /// <summary>The text as a safe cell: with a leading <c>'</c> when it begins with a formula character.</summary>
    /// <param name="text">The text of a data cell (not a number).</param>
    public static string Neutralise(string text) =>
        text.Length > 0 && Triggers.Contains(text[0]) ? "'" + text : text;

    /// <summary>The text as it was before <see cref="Neutralise"/>: without the leading quote it added.</summary>
    /// <param name="cell">A cell read from one of our CSV files.</param>
    public static string Restore(string cell) =>
        cell.Length > 1 && cell[0] == '\'' && Triggers.Contains(cell[1]) ? cell[1..] : cell;
}
