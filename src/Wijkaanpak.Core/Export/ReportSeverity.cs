namespace Wijkaanpak.Core.Export;

/// <summary>How serious a finding in the report's diagnostics section is (*ernst*).</summary>
public enum ReportSeverity
{
    /// <summary>An error (*fout*): the model contradicts itself or the approach cannot work as drawn.</summary>
    Error,

    /// <summary>A warning (*waarschuwing*): a weakness worth discussing with the partners.</summary>
    Warning,

    /// <summary>Information (*informatie*): a remark, not a problem.</summary>
    Info,
}
