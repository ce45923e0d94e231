namespace Wijkaanpak.Core.Localization;

/// <summary>
/// The name of an enum value as users read it, in Dutch and English, written mid-sentence (lower
/// case unless it is a proper name): <c>[LocalizedName("sociaal wijkteam", "neighbourhood team")]</c>.
/// Text outputs show this instead of the C# member name; see <see cref="DisplayNames"/>.
/// </summary>
/// <param name="nl">The Dutch name.</param>
/// <param name="en">The English name.</param>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
internal sealed class LocalizedNameAttribute(string nl, string en) : Attribute
{
    /// <summary>The name in both languages.</summary>
    public LocalizedText Name { get; } = new(nl, en);
}
