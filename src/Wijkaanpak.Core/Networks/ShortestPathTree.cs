using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Networks;

/// <summary>
/// Shortest paths (*kortste routes*) from one stakeholder to all others: the distance to each
/// and one shortest path, made of predecessors.
/// </summary>
/// <param name="Source">The start vertex.</param>
/// <param name="Distances">Distance of each vertex (edges, or summed weight); +∞ when unreachable.</param>
/// <param name="Predecessors">The vertex before each vertex on its path; -1 for the source and for unreachable vertices.</param>
public sealed record ShortestPathTree(int Source, EquatableArray<double> Distances, EquatableArray<int> Predecessors)
{
    /// <summary>True when <paramref name="target"/> can be reached from the source.</summary>
    /// <param name="target">A vertex; any other number is unreachable.</param>
    public bool CanReach(int target) => (uint)target < (uint)Distances.Count && !double.IsPositiveInfinity(Distances[target]);

    /// <summary>The vertices of a shortest path from the source to <paramref name="target"/>, both included; empty when unreachable.</summary>
    /// <param name="target">A vertex.</param>
    /// <returns>The path, source first.</returns>
    public int[] PathTo(int target)
    {
        if (!CanReach(target))
        {
            return [];
        }

        var path = new List<int>();
        for (var v = target; v >= 0; v = Predecessors[v])
        {
            path.Add(v);
        }

        path.Reverse();
        return [.. path];
    }
}
