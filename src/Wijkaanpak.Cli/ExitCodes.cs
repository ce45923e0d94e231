namespace Wijkaanpak.Cli;

/// <summary>The exit codes of every <c>wijkaanpak</c> command.</summary>
public static class ExitCodes
{
    /// <summary>The command did its job and found nothing blocking.</summary>
    public const int Success = 0;

    /// <summary>The command ran and found errors in the model (e.g. validation errors).</summary>
    public const int Findings = 1;

    /// <summary>The input could not be read: a command line that does not parse, a missing file, invalid JSON, a model with integrity problems.</summary>
    public const int InputError = 2;
}
