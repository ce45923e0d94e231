namespace Wijkaanpak.Core.Model;

/// <summary>What an indicator observes (*harde cijfers én beleving*).</summary>
public enum IndicatorNature
{
    /// <summary>An objective fact (*feit*, *harde cijfers*).</summary>
    Fact,

    /// <summary>A perception or experience (*beleving*), usually from a survey.</summary>
    Perception,

    /// <summary>A qualitative judgement (*kwalitatief*), such as a rating or a story coded on a scale.</summary>
    Qualitative,
}
