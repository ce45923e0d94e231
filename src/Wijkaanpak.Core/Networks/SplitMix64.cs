namespace Wijkaanpak.Core.Networks;

/// <summary>
/// A small, fast pseudo-random generator (SplitMix64, Steele, Lea and Flood 2014) whose sequence
/// depends only on the seed, never on the .NET version, so that generated networks are the same
/// everywhere. Not for security.
/// </summary>
internal struct SplitMix64(ulong seed)
{
    private ulong _state = seed;

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A uniform integer in <c>0 .. bound-1</c> (Lemire's multiply-shift; bias below 2^-32 for the bounds used here).</summary>
    public int NextInt(int bound) => (int)((NextUInt64() >> 32) * (ulong)(uint)bound >> 32);

    /// <summary>A uniform double in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));
}
