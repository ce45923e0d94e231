using Wijkaanpak.Core.Serialization;
using Wijkaanpak.Core.Tests.Export;

namespace Wijkaanpak.Core.Tests.Cli;

/// <summary>A temporary folder holding the Samen voor Overvecht fixture as <c>model.json</c>, written on first use, for tests that run the CLI on a file.</summary>
public sealed class ModelFileFolder : IDisposable
{
    /// <summary>Creates the folder; <paramref name="prefix"/> names it for whoever finds it left behind.</summary>
    public ModelFileFolder(string prefix) => Folder = Directory.CreateTempSubdirectory(prefix).FullName;

    /// <summary>The folder, where tests may put files beside the model (a rules file, say).</summary>
    public string Folder { get; }

    /// <summary>The model file's path; the file is written the first time it is asked for.</summary>
    public string ModelPath
    {
        get
        {
            var path = Path.Combine(Folder, "model.json");
            if (!File.Exists(path))
            {
                ModelJson.WriteFile(ReportFixtures.Overvecht(), path);
            }

            return path;
        }
    }

    /// <inheritdoc />
    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
