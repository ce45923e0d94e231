namespace Wijkaanpak.Core.Instruments;

/// <summary>
/// A text of an instrument in Dutch (*Nederlands*, first, the language of the practice) and in
/// English beside it. Every catalogue text is written in the project's own words.
/// </summary>
/// <param name="Nl">The Dutch text.</param>
/// <param name="En">The English text.</param>
public readonly record struct BilingualText(string Nl, string En)
{
    /// <summary>The Dutch text followed by the English one: <c>"nl / en"</c>.</summary>
    public override string ToString() => $"{Nl} / {En}";
}
