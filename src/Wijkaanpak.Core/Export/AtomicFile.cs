using System.Text;

namespace Wijkaanpak.Core.Export;

/// <summary>Writes a file so that it is either complete or untouched: into a temporary file beside it, then moved over it.</summary>
internal static class AtomicFile
{
    /// <summary>Writes <paramref name="contents"/> as UTF-8 (without byte order mark) to <paramref name="path"/>.</summary>
    /// <exception cref="IOException">The file or its folder could not be written; the target is then unchanged.</exception>
    public static void WriteAllText(string path, string contents)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? throw new IOException($"'{path}' names no file.");
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temporary, contents, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
