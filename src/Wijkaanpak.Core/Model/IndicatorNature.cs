using Wijkaanpak.Core.Localization;

namespace Wijkaanpak.Core.Model;

/// <summary>What an indicator observes (*harde cijfers én beleving*).</summary>
public enum IndicatorNature
{
    /// <summary>An objective fact (*feit*, *harde cijfers*).</summary>
    [LocalizedName("feit", "fact")]
    Fact,

    /// <summary>A perception or experience (*beleving*), usually from a survey.</summary>
    [LocalizedName("beleving", "perception")]
    Perception,

    /// <summary>A qualitative judgement (*kwalitatief*), such as a rating or a story coded on a scale.</summary>
    [LocalizedName("kwalitatief", "qualitative")]
    Qualitative,
}
