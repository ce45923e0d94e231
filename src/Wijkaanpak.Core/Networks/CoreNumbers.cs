using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Networks;

/// <summary>
/// The k-core decomposition (*kern van het netwerk*): the core number of a stakeholder is the
/// largest k such that it belongs to a group in which everyone has at least k ties within the
/// group. The innermost core is the network's tightly knit centre.
/// </summary>
/// <param name="Core">The core number of each vertex.</param>
/// <param name="Degeneracy">The largest core number (0 for a graph without edges).</param>
public sealed record CoreNumbers(EquatableArray<int> Core, int Degeneracy)
{
    /// <summary>The vertices of the k-core (core number at least <paramref name="k"/>), ascending.</summary>
    /// <param name="k">The minimum core number.</param>
    /// <returns>A new array.</returns>
    public int[] KCore(int k) => [.. Enumerable.Range(0, Core.Count).Where(v => Core[v] >= k)];
}
