using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Wijkaanpak.Core.Graphs;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Networks;

/// <summary>Checks and conversions shared by the network metrics.</summary>
internal static class NetworkInput
{
    /// <summary>Vertices per block when a metric splits work over threads; fixed, so results never depend on the thread count.</summary>
    public const int BlockSize = 16_384;

    public static void RequireWeights(CompactGraph graph, bool allowZero, string metric)
    {
        if (graph.Weights is null)
        {
            return;
        }

        for (var e = 0; e < graph.Weights.Length; e++)
        {
            var w = graph.Weights[e];
            if (w < 0 || (!allowZero && w == 0))
            {
                var edge = graph.EdgeAt(e);
                var need = allowZero ? "zero or more" : "more than zero";
                throw new ArgumentException(
                    $"{metric} needs edge weights of {need}, but edge {e} ({edge.Source} -> {edge.Target}) has weight {w.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}.",
                    nameof(graph));
            }
        }
    }

    public static EquatableArray<T> Wrap<T>(T[] values) => new(ImmutableCollectionsMarshal.AsImmutableArray(values));

    public static int BlockCount(int count) => (count + BlockSize - 1) / BlockSize;
}
