namespace Wijkaanpak.Core.Model;

/// <summary>Adds measurements (*metingen*) from another source, such as a CSV export of a monitor, to a model.</summary>
public static class ModelMeasurements
{
    /// <summary>
    /// <paramref name="model"/> with <paramref name="added"/> after its own measurements, checked
    /// as a whole: every added measurement must name an indicator and an area of the model.
    /// </summary>
    /// <param name="model">The model.</param>
    /// <param name="added">The measurements to add, in order.</param>
    /// <param name="source">Where the measurements come from (a file name), for the exception.</param>
    /// <exception cref="WijkaanpakModelException">The combined model has integrity problems, e.g. a measurement of an unknown indicator or area; every problem is listed.</exception>
    public static WijkaanpakModel Add(WijkaanpakModel model, IEnumerable<Measurement> added, string source = "")
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(added);
        ArgumentNullException.ThrowIfNull(source);
        var combined = model with { Measurements = model.Measurements.Concat(added).ToEquatableArray() };
        var problems = ModelIntegrity.Check(combined);
        return problems.Count == 0 ? combined : throw new WijkaanpakModelException(source, problems);
    }
}
