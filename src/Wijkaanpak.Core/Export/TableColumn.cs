namespace Wijkaanpak.Core.Export;

/// <summary>A column of a <see cref="Table"/> (*kolom*): its name and how its numbers are shown to people.</summary>
/// <param name="Name">The column name, used as CSV header and JSON property name; by convention camelCase.</param>
/// <param name="DisplayFormat">
/// A .NET numeric format (e.g. <c>0.##</c>, <c>0.0%</c>) for numbers in text and Markdown; absent means round-trip.
/// CSV and JSON always use the round-trip form so that nothing is lost.
/// </param>
public sealed record TableColumn(string Name, string? DisplayFormat = null);
