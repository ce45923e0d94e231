using System.Text.Json;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Serialization;

namespace Wijkaanpak.Benchmarks.Serialization;

/// <summary>
/// How fast does a model file load? <see cref="ModelJson.Read"/> (parse, strict converters, build the
/// immutable model, integrity check) next to its peer, a bare <see cref="JsonDocument.Parse(ReadOnlyMemory{byte}, JsonDocumentOptions)"/>
/// of the same bytes. Throughput in MB/s = file size / mean time; the file size per case is printed at setup.
/// </summary>
[MemoryDiagnoser]
public class ModelLoadBenchmarks
{
    private byte[] _file = [];

    /// <summary>Measurements in the model: they dominate the size of real model files.</summary>
    [Params(10_000, 200_000)]
    public int Measurements { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var builder = new ModelBuilder("Benchmark").Stakeholder("gem", "Gemeente", StakeholderType.Gemeente);
        const int areas = 200;
        const int indicators = 10;
        for (var a = 0; a < areas; a++)
        {
            builder.Area($"buurt-{a}", $"Buurt {a}", ScaleLevel.Buurt, cbsCode: $"BU0363{a:D4}", population: 1000 + a);
        }

        for (var i = 0; i < indicators; i++)
        {
            builder.Indicator($"ind-{i}", $"Indicator {i}", ResultLevel.Outcome, Polarity.HigherIsBetter, AggregationKind.Ratio, unit: "%");
        }

        var start = new LocalDate(2000, 1, 1);
        var measurements = Enumerable.Range(0, Measurements).Select(m => new Measurement
        {
            IndicatorId = new IndicatorId($"ind-{m % indicators}"),
            AreaId = new AreaId($"buurt-{m / indicators % areas}"),
            Date = start.PlusDays(m / (indicators * areas)),
            Value = 100.0 * (m % 997) / 997,
            Numerator = m % 997,
            Denominator = 997,
        });
        _file = System.Text.Encoding.UTF8.GetBytes(ModelJson.WriteToString(builder.Add(measurements).Build()));
        Console.WriteLine($"// File size for {Measurements} measurements: {_file.Length} bytes");
    }

    [Benchmark(Baseline = true, Description = "JsonDocument.Parse (peer)")]
    public int JsonDocumentParse()
    {
        using var document = JsonDocument.Parse(_file);
        return document.RootElement.GetProperty("measurements").GetArrayLength();
    }

    [Benchmark(Description = "ModelJson.Read")]
    public int ModelJsonRead()
    {
        using var stream = new MemoryStream(_file, writable: false);
        return ModelJson.Read(stream).Measurements.Count;
    }
}
