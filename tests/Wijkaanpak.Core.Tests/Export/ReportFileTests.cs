using Wijkaanpak.Core.Export;

namespace Wijkaanpak.Core.Tests.Export;

public sealed class ReportFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("wijkaanpak-report-").FullName;

    [Fact]
    public void WriteHtml_writes_the_same_text_as_ToHtml_and_leaves_no_temporary_file()
    {
        var model = ReportFixtures.Overvecht();
        var path = Path.Combine(_folder, "rapport.html");

        Report.WriteHtml(model, path);

        Assert.Equal(Report.ToHtml(model), File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(_folder));
    }

    [Fact]
    public void WriteMarkdown_replaces_an_existing_file()
    {
        var path = Path.Combine(_folder, "rapport.md");
        File.WriteAllText(path, "oud");

        Report.WriteMarkdown(ReportFixtures.Overvecht(), path);

        Assert.StartsWith("# Samen voor Overvecht", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_into_a_missing_folder_fails_and_writes_nothing()
    {
        var path = Path.Combine(_folder, "bestaat-niet", "rapport.html");

        Assert.ThrowsAny<IOException>(() => Report.WriteHtml(ReportFixtures.Overvecht(), path));
        Assert.Empty(Directory.GetFileSystemEntries(_folder));
    }

    [Fact]
    public void ExportFile_writes_utf8_without_byte_order_mark()
    {
        var path = Path.Combine(_folder, "verandertheorie.dot");

        ExportFile.WriteText(path, "digraph \"é\" {}\n");

        Assert.Equal("digraph \"é\" {}\n"u8.ToArray(), File.ReadAllBytes(path));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
