using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Serialization;

/// <summary>
/// Measurements read from CSV for a model, with nothing dropped silently: a row naming an area or
/// indicator the model does not have is an error with its line, or, when the caller asks to skip
/// such rows, is listed in <see cref="Skipped"/> (docs/format.md, *Measurements as CSV*).
/// </summary>
public sealed record MeasurementImport
{
    /// <summary>The measurements that fit the model, in file order.</summary>
    public required IReadOnlyList<Measurement> Measurements { get; init; }

    /// <summary>The rows skipped because their area or indicator is unknown, in file order; empty unless skipping was asked for.</summary>
    public required IReadOnlyList<ModelProblem> Skipped { get; init; }

    /// <summary>
    /// Reads the measurements CSV file at <paramref name="path"/> for <paramref name="model"/>.
    /// </summary>
    /// <param name="model">The model whose areas and indicators the rows must name.</param>
    /// <param name="path">The CSV file.</param>
    /// <param name="skipUnknown">True to skip (and list) rows naming an unknown area or indicator instead of failing.</param>
    /// <exception cref="WijkaanpakModelException">A row is invalid, or names an unknown area or indicator and <paramref name="skipUnknown"/> is false; every such row is listed with its line.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static MeasurementImport ReadFile(WijkaanpakModel model, string path, bool skipUnknown = false)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8);
        return Read(model, reader, Path.GetFileName(path), skipUnknown);
    }

    /// <summary>Reads measurements CSV text for <paramref name="model"/>; see <see cref="ReadFile"/>.</summary>
    /// <param name="model">The model whose areas and indicators the rows must name.</param>
    /// <param name="reader">The CSV text with a header row.</param>
    /// <param name="source">The file name, for problem paths such as <c>measurements.csv:line 7</c>.</param>
    /// <param name="skipUnknown">True to skip (and list) rows naming an unknown area or indicator instead of failing.</param>
    /// <exception cref="WijkaanpakModelException">A row is invalid, or names an unknown area or indicator and <paramref name="skipUnknown"/> is false.</exception>
    public static MeasurementImport Read(WijkaanpakModel model, TextReader reader, string source = "measurements.csv", bool skipUnknown = false)
    {
        ArgumentNullException.ThrowIfNull(model);
        var lines = new List<long>();
        var all = MeasurementCsv.Read(reader, source, lines);
        var kept = new List<Measurement>(all.Count);
        var unknown = new List<ModelProblem>();
        for (var i = 0; i < all.Count; i++)
        {
            var m = all[i];
            var what = new List<string>(2);
            if (m.AreaId.Value is null || model.FindArea(m.AreaId) is null)
            {
                what.Add($"area '{m.AreaId.Value}'");
            }

            if (m.IndicatorId.Value is null || model.FindIndicator(m.IndicatorId) is null)
            {
                what.Add($"indicator '{m.IndicatorId.Value}'");
            }

            if (what.Count == 0)
            {
                kept.Add(m);
                continue;
            }

            var message = $"The row names an unknown {string.Join(" and an unknown ", what)}; the model '{model.Name}' has no such id.";
            unknown.Add(new ModelProblem($"{source}:line {lines[i]}", message) { Line = lines[i], Column = 1 });
        }

        if (unknown.Count > 0 && !skipUnknown)
        {
            throw new WijkaanpakModelException(source, unknown);
        }

        return new MeasurementImport { Measurements = kept, Skipped = unknown };
    }
}
