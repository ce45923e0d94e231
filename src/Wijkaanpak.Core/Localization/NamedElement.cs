namespace Wijkaanpak.Core.Localization;

/// <summary>
/// A model element as a finding's message names it: by its name with the id in brackets
/// (<c>'Meer kansen op werk' (kansen-werk)</c>), or by its id alone when it has no name or the name
/// is the id.
/// </summary>
/// <param name="Id">The element's id.</param>
/// <param name="Name">The element's name, or null.</param>
internal readonly record struct NamedElement(string Id, string? Name)
{
    public override string ToString() =>
        string.IsNullOrWhiteSpace(Name) || Name == Id ? $"'{Id}'" : $"'{Name}' ({Id})";
}
