namespace Wijkaanpak.Core.Serialization;

/// <summary>Bounds on reading a model file, so hostile or broken input cannot exhaust the machine.</summary>
public sealed record ModelReadOptions
{
    /// <summary>The bounds used when none are given: depth 64, 512 MiB.</summary>
    public static ModelReadOptions Default { get; } = new();

    /// <summary>The deepest nesting of objects and arrays accepted; the format itself needs fewer than 10 levels.</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>The largest file accepted, in bytes.</summary>
    public long MaxBytes { get; init; } = 512L * 1024 * 1024;
}
