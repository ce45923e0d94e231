using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Rollups;
using Wijkaanpak.Core.Serialization;
using Wijkaanpak.Core.Tables;
using Wijkaanpak.Core.Tests.Samples;

namespace Wijkaanpak.Core.Tests.Tables;

public class ParquetTablesTests
{
    [Fact]
    public void Every_table_reads_back_from_parquet_with_the_same_columns_and_cells() =>
        Prop.ForAll(TableGenerators.Tables(), table => TableGenerators.SameContent(table, RoundTrip(table))).QuickCheckThrowOnFailure();

    [Fact]
    public async Task The_rollup_tables_of_a_sample_model_read_back_with_name_types_display_formats_and_cells()
    {
        var model = ModelJson.ReadFile(SampleFiles.PathOf("samen-voor-overvecht.json"));
        foreach (var table in ImpactRollup.Compute(model).ToTables())
        {
            using var stream = new MemoryStream();
            await ParquetTables.WriteAsync(table, stream, TestContext.Current.CancellationToken);
            stream.Position = 0;
            var back = await ParquetTables.ReadAsync(stream, "x.parquet", TestContext.Current.CancellationToken);
            Assert.Equal(table.Name, back.Name);
            Assert.Equal(table.Columns, back.Columns);
            Assert.True(TableGenerators.SameContent(table, back), table.Name);
        }
    }

    [Fact]
    public async Task An_empty_table_keeps_its_typed_columns()
    {
        var table = new Table("empty", [TableColumn.Date("at"), TableColumn.Flag("met")], []);
        var back = await WriteAndRead(table);
        Assert.Equal(table.Columns, back.Columns);
        Assert.Empty(back.Rows);
    }

    [Fact]
    public async Task A_file_that_is_not_parquet_is_refused_with_the_file_name()
    {
        using var stream = new MemoryStream("area,indicator\nzambesidreef,werkloosheid\n"u8.ToArray());
        var error = await Assert.ThrowsAsync<WijkaanpakModelException>(() => ParquetTables.ReadAsync(stream, "metingen.parquet", TestContext.Current.CancellationToken));
        Assert.Equal("metingen.parquet", error.Problems[0].Path);
    }

    [Fact]
    public async Task Dates_are_stored_as_parquet_dates_so_other_tools_see_a_date_column()
    {
        var table = new Table("t", [TableColumn.Date("date")], [[new LocalDate(2025, 12, 31)]]);
        using var stream = new MemoryStream();
        await ParquetTables.WriteAsync(table, stream, TestContext.Current.CancellationToken);
        stream.Position = 0;
        await using var reader = await Parquet.ParquetReader.CreateAsync(stream, new Parquet.ParquetOptions { UseDateOnlyTypeForDates = true }, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(typeof(DateOnly), reader.Schema.GetDataFields()[0].ClrType);
    }

    private static Table RoundTrip(Table table) => WriteAndRead(table).GetAwaiter().GetResult();

    private static async Task<Table> WriteAndRead(Table table)
    {
        using var stream = new MemoryStream();
        await ParquetTables.WriteAsync(table, stream);
        stream.Position = 0;
        return await ParquetTables.ReadAsync(stream);
    }
}
