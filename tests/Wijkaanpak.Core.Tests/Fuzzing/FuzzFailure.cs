namespace Wijkaanpak.Core.Tests.Fuzzing;

/// <summary>One input that broke an invariant: which input, what was mutated, at which stage, and what was thrown.</summary>
/// <param name="Index">The input number (with the seed, enough to make the input again).</param>
/// <param name="Sample">The sample it was made from.</param>
/// <param name="What">The mutation.</param>
/// <param name="Stage">Reading, or the analyses and writers after loading.</param>
/// <param name="Error">What was thrown.</param>
internal sealed record FuzzFailure(int Index, string Sample, string What, string Stage, Exception Error)
{
    /// <summary>The exception type and the frame that threw it, to group failures with one cause.</summary>
    public string Kind => $"{Error.GetType().Name} at {Error.StackTrace?.Split('\n').FirstOrDefault()?.Trim()}";

    /// <inheritdoc />
    public override string ToString() => $"#{Index} {Sample}: {What} → {Stage}: {Error.GetType().Name}: {Error.Message}{Environment.NewLine}{Error.StackTrace}";
}
