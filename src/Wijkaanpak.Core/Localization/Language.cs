namespace Wijkaanpak.Core.Localization;

/// <summary>
/// The language a user reads the library's texts in: Dutch (*Nederlands*, the default, the
/// language of the practice) or English. Every user-facing text of the library exists in both
/// (<see cref="LocalizedText"/>); see <c>docs/localization.md</c>.
/// </summary>
public enum Language
{
    /// <summary>Dutch (*Nederlands*), the default: for a wethouder, a programme manager or a council.</summary>
    [LocalizedName("Nederlands", "Dutch")]
    Dutch,

    /// <summary>English.</summary>
    [LocalizedName("Engels", "English")]
    English,
}
