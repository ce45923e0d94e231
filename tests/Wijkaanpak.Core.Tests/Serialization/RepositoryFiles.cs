namespace Wijkaanpak.Core.Tests.Serialization;

/// <summary>Finds files of the repository from the test's output folder.</summary>
internal static class RepositoryFiles
{
    /// <summary>The repository root: the nearest folder above the test binaries that holds the solution.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The full path of a file given relative to the repository root with '/' separators.</summary>
    public static string PathOf(string relative) => Path.Combine([Root, .. relative.Split('/')]);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Wijkaanpak.Core.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with Wijkaanpak.Core.sln) was not found above the test binaries.");
    }
}
