namespace Wijkaanpak.Core.Tests.Fuzzing;

/// <summary>Mutations of a measurements CSV file: a cell replaced by an extreme or hostile value, a row deleted or duplicated, the text truncated.</summary>
internal static class CsvMutator
{
    private static readonly string[] Cells =
    [
        "", "0", "-1", "1e308", "-1e308", "1.797e308", "NaN", "Infinity", "9999-12-31", "0000-01-01", "0001-01-01", "1799-12-31", "2201-01-01",
        "2024-02-30", "99999999999", "2147483648", "=1+1", "+1", "-1+1", "@A1", "\"a,b\"", "\"\"\"", "x\ny", "exact", "estimated", "unknown",
    ];

    /// <summary>One mutated copy of <paramref name="csv"/> and what was done.</summary>
    public static (string Csv, string What) Mutate(string csv, Random random)
    {
        var lines = csv.Split('\n').ToList();
        var line = 1 + random.Next(Math.Max(1, lines.Count - 2));
        switch (random.Next(4))
        {
            case 0:
                var cut = random.Next(csv.Length);
                return (csv[..cut], $"csv truncated at {cut}");
            case 1:
                lines.RemoveAt(Math.Min(line, lines.Count - 1));
                return (string.Join('\n', lines), $"csv line {line + 1} deleted");
            case 2:
                lines.Insert(line, lines[Math.Min(line, lines.Count - 1)]);
                return (string.Join('\n', lines), $"csv line {line + 1} duplicated");
            default:
                var row = lines[Math.Min(line, lines.Count - 1)].Split(',');
                var column = random.Next(row.Length);
                row[column] = Cells[random.Next(Cells.Length)];
                lines[Math.Min(line, lines.Count - 1)] = string.Join(',', row);
                return (string.Join('\n', lines), $"csv line {line + 1} column {column + 1} set to {row[column]}");
        }
    }
}
