using Wijkaanpak.Core.Localization;

namespace Wijkaanpak.Core.Export;

/// <summary>How serious a finding in the report's diagnostics section is (*ernst*).</summary>
public enum ReportSeverity
{
    /// <summary>An error (*fout*): the model contradicts itself or the approach cannot work as drawn.</summary>
    [LocalizedName("fout", "error")]
    Error,

    /// <summary>A warning (*waarschuwing*): a weakness worth discussing with the partners.</summary>
    [LocalizedName("waarschuwing", "warning")]
    Warning,

    /// <summary>Information (*informatie*): a remark, not a problem.</summary>
    [LocalizedName("informatie", "info")]
    Info,
}
