using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Serialization;
using Wijkaanpak.Core.Tests.Rollups;

namespace Wijkaanpak.Core.Tests.Serialization;

/// <summary>Measurement CSV import never drops a row silently (issue 12 item 9).</summary>
public class MeasurementImportTests
{
    private const string Csv = "area,indicator,date,value\noost,bereikt,2025-01-01,410\nnergens,bereikt,2025-01-01,5\noost,onbekend,2025-01-01,5\n";

    [Fact]
    public void Rows_naming_unknown_ids_are_an_error_listing_every_line()
    {
        var e = Assert.Throws<WijkaanpakModelException>(() => MeasurementImport.Read(RollupExample.Model(), new StringReader(Csv), "extra.csv"));

        Assert.Equal([3L, 4L], e.Problems.Select(p => p.Line!.Value));
        Assert.Contains("area 'nergens'", e.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("indicator 'onbekend'", e.Problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Skipping_unknown_ids_lists_each_skipped_row_and_keeps_the_others()
    {
        var import = MeasurementImport.Read(RollupExample.Model(), new StringReader(Csv), "extra.csv", skipUnknown: true);

        Assert.Equal(410, Assert.Single(import.Measurements).Value);
        Assert.Equal(["extra.csv:line 3", "extra.csv:line 4"], import.Skipped.Select(p => p.Path));
    }
}
