using System.Diagnostics;
using System.Globalization;
using Xunit.Sdk;

namespace Wijkaanpak.Core.Tests.Fuzzing;

/// <summary>
/// The mutation fuzzer over the samples. In CI a fixed seed and budget (20,000 inputs); by hand a
/// long run with <c>WIJKAANPAK_FUZZ_SEED</c> and <c>WIJKAANPAK_FUZZ_COUNT</c> set, e.g.
/// <c>WIJKAANPAK_FUZZ_SEED=7 WIJKAANPAK_FUZZ_COUNT=500000 dotnet test tests/Wijkaanpak.Core.Tests -c Release --filter FullyQualifiedName~ModelFuzzTests</c>.
/// Invariants: reading throws only <see cref="Model.WijkaanpakModelException"/>; nothing after a
/// successful read throws; no input takes more than thirty seconds.
/// </summary>
public sealed class ModelFuzzTests(ITestOutputHelper output)
{
    private const int CiSeed = 20261208;
    private const int CiCount = 20_000;

    [Fact]
    public void Mutated_samples_are_refused_with_the_documented_exception_or_survive_every_entry_point()
    {
        var seed = Environment.GetEnvironmentVariable("WIJKAANPAK_FUZZ_SEED") is { } s ? int.Parse(s, CultureInfo.InvariantCulture) : CiSeed;
        var count = Environment.GetEnvironmentVariable("WIJKAANPAK_FUZZ_COUNT") is { } c ? int.Parse(c, CultureInfo.InvariantCulture) : CiCount;
        var fuzzer = new ModelFuzzer(seed);
        var watch = Stopwatch.StartNew();

        fuzzer.Run(0, count, reportEvery: 10);

        output.WriteLine($"seed {seed}: {count} inputs, {fuzzer.Loaded} loaded, {fuzzer.Failures.Count} failures, {watch.Elapsed.TotalSeconds:0.0} s (reading {fuzzer.Spent.Reading.TotalSeconds:0} s, analyses and writers {fuzzer.Spent.Analyses.TotalSeconds:0} s over all cores)");
        var groups = fuzzer.Failures.GroupBy(f => f.Kind).ToList();
        if (groups.Count > 0)
        {
            throw new XunitException($"{fuzzer.Failures.Count} failing inputs of seed {seed} in {groups.Count} groups; the first of each:{Environment.NewLine}"
                + string.Join(Environment.NewLine + Environment.NewLine, groups.Take(25).Select(g => $"[{g.Count()}×] {g.First()}")));
        }

        Assert.True(fuzzer.Loaded > count / 10, $"Only {fuzzer.Loaded} of {count} inputs loaded; the mutations no longer reach the analyses.");
    }
}
