namespace Wijkaanpak.Core.Export;

/// <summary>The language of a report (*rapportage*).</summary>
public enum ReportLanguage
{
    /// <summary>Dutch (*Nederlands*), the default: for a wethouder, a programme manager or a council.</summary>
    Dutch,

    /// <summary>English.</summary>
    English,
}
