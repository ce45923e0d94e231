using System.Text;
using Wijkaanpak.Core.Serialization;

namespace Wijkaanpak.Core.Export;

/// <summary>
/// Writes an export (a report, a DOT or Mermaid text) to a file completely or not at all: the text
/// goes to a temporary file beside the target, which is then moved over it, so a reader or a
/// crash never sees half a file.
/// </summary>
public static class ExportFile
{
    /// <summary>Writes <paramref name="contents"/> as UTF-8 without byte order mark to <paramref name="path"/>, replacing the file if it exists.</summary>
    /// <param name="path">The file to write.</param>
    /// <param name="contents">The text.</param>
    /// <exception cref="IOException">The file could not be written; an existing file is left as it was.</exception>
    /// <exception cref="UnauthorizedAccessException">The file or folder may not be written.</exception>
    public static void WriteText(string path, string contents)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(contents);
        AtomicFile.Write(path, Encoding.UTF8.GetBytes(contents));
    }
}
