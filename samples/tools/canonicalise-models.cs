#:property PublishAot=false
#:project ../../src/Wijkaanpak.Core/Wijkaanpak.Core.csproj

// Rewrites sample models in the canonical form of ModelJson, so that reading and writing a model
// gives the same bytes (the sample tests check this). Run it after editing a model by hand. A
// model that does not load is reported with every problem and left untouched.
//
//   dotnet run samples/tools/canonicalise-models.cs [model.json ...]    (default: every samples/models/*.json)

using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Serialization;

var here = AppContext.GetData("EntryPointFileDirectoryPath") as string ?? Directory.GetCurrentDirectory();
var files = args.Length > 0 ? args : Directory.GetFiles(Path.Combine(here, "..", "models"), "*.json").Order(StringComparer.Ordinal).ToArray();
var failed = 0;
foreach (var file in files)
{
    try
    {
        var before = File.ReadAllBytes(file);
        ModelJson.WriteFile(ModelJson.ReadFile(file), file);
        Console.WriteLine($"{(before.AsSpan().SequenceEqual(File.ReadAllBytes(file)) ? "unchanged" : "rewritten")}: {Path.GetFileName(file)}");
    }
    catch (Exception e) when (e is WijkaanpakModelException or IOException or UnauthorizedAccessException)
    {
        Console.Error.WriteLine($"{file}: {e.Message}");
        failed++;
    }
}

return failed == 0 ? 0 : 1;
