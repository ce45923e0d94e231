using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Serialization;
using Wijkaanpak.Core.Tests.Samples;

namespace Wijkaanpak.Core.Tests.Fuzzing;

/// <summary>
/// Runs mutated copies of the sample models (and of their measurements as CSV) through every entry
/// point (<see cref="FuzzTargets"/>) and collects what broke an invariant: reading threw something
/// other than <see cref="WijkaanpakModelException"/>, an analysis or writer threw on a model that
/// loaded, or one input took longer than <see cref="SlowInput"/>. Input <c>i</c> of seed <c>s</c>
/// is the same on every run, so a failure is reproduced from the two numbers alone.
/// </summary>
internal sealed class ModelFuzzer(int seed)
{
    /// <summary>An input that takes longer than this is reported as a failure (a sign of super-linear time).</summary>
    public static readonly TimeSpan SlowInput = TimeSpan.FromSeconds(30);

    private static readonly Lazy<(string Name, byte[] Utf8, string Csv, WijkaanpakModel Model)[]> Samples = new(() =>
        [.. SampleFiles.ModelFileNames.Select(name =>
        {
            var utf8 = File.ReadAllBytes(SampleFiles.PathOf(name));
            var model = ModelJson.Read(utf8);
            return (name, utf8, FuzzTargets.MeasurementsCsv(model), model);
        })]);

    private readonly ConcurrentBag<FuzzFailure> _failures = [];
    private int _loaded;
    private long _readTicks;
    private long _exerciseTicks;

    /// <summary>How many of the mutated inputs loaded (and so went through every analysis and writer).</summary>
    public int Loaded => _loaded;

    /// <summary>Time spent reading and time spent in the analyses and writers, summed over all inputs (on all cores).</summary>
    public (TimeSpan Reading, TimeSpan Analyses) Spent => (TimeSpan.FromTicks(_readTicks), TimeSpan.FromTicks(_exerciseTicks));

    /// <summary>The failures found so far, in input order.</summary>
    public IReadOnlyList<FuzzFailure> Failures => [.. _failures.OrderBy(f => f.Index)];

    /// <summary>Runs inputs <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> − 1 on all cores.</summary>
    /// <param name="first">The first input number.</param>
    /// <param name="count">How many inputs.</param>
    /// <param name="reportEvery">Every how many inputs the reports (the costliest entry points) are drawn too.</param>
    public void Run(int first, int count, int reportEvery)
    {
        Parallel.For(first, first + count, index => RunOne(index, index % reportEvery == 0));
    }

    /// <summary>The bytes of input <paramref name="index"/> and what was done to make it.</summary>
    public (string Sample, byte[] Bytes, string What, bool Csv) Input(int index)
    {
        var random = new Random(HashCode.Combine(seed, index));
        var samples = Samples.Value;
        var sample = samples[random.Next(samples.Length)];
        if (random.Next(8) == 0)
        {
            var (csv, what) = CsvMutator.Mutate(sample.Csv, random);
            return (sample.Name, Encoding.UTF8.GetBytes(csv), what, true);
        }

        var (bytes, description) = ModelMutator.Mutate(sample.Utf8, random);
        return (sample.Name, bytes, description, false);
    }

    private void RunOne(int index, bool heavy)
    {
        var (sampleName, bytes, what, isCsv) = Input(index);
        var watch = Stopwatch.StartNew();
        var stage = "read";
        try
        {
            WijkaanpakModel? model;
            if (isCsv)
            {
                stage = "read csv";
                var measurements = FuzzTargets.ReadCsv(Encoding.UTF8.GetString(bytes));
                var sample = Samples.Value.First(s => s.Name == sampleName);
                model = measurements is null ? null : sample.Model with { Measurements = measurements.ToEquatableArray() };
                if (model is not null && ModelIntegrity.Check(model).Count > 0)
                {
                    model = null;
                }
            }
            else
            {
                model = FuzzTargets.Read(bytes);
            }

            Interlocked.Add(ref _readTicks, watch.Elapsed.Ticks);
            if (model is not null)
            {
                var exercise = Stopwatch.StartNew();
                Interlocked.Increment(ref _loaded);
                stage = "analyses and writers";
                FuzzTargets.Exercise(model, isCsv ? Samples.Value.First(s => s.Name == sampleName).Utf8 : bytes, heavy);
                Interlocked.Add(ref _exerciseTicks, exercise.Elapsed.Ticks);
            }
        }
        catch (Exception e)
        {
            _failures.Add(new FuzzFailure(index, sampleName, what, stage, e));
            return;
        }

        if (watch.Elapsed > SlowInput)
        {
            _failures.Add(new FuzzFailure(index, sampleName, what, stage, new TimeoutException(string.Create(CultureInfo.InvariantCulture, $"took {watch.Elapsed.TotalSeconds:0.0} s"))));
        }
    }
}
