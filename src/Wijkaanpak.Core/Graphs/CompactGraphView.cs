namespace Wijkaanpak.Core.Graphs;

/// <summary>A <see cref="CompactGraph"/> read by QuikGraph with its own int vertices and <see cref="Edge"/> values.</summary>
internal sealed class CompactGraphView(CompactGraph graph) : BidirectionalGraphView<int, Edge>(graph)
{
    internal override bool TryGetVertex(int vertex, out int number)
    {
        number = vertex;
        return (uint)vertex < (uint)Graph.VertexCount;
    }

    internal override int VertexAt(int number) => number;

    internal override Edge EdgeOf(Edge edge) => edge;

    internal override bool TryGetEdgeNumber(Edge edge, out int number)
    {
        number = edge.Index;
        return (uint)number < (uint)Graph.EdgeCount && Graph.EdgeAt(number) == edge;
    }
}
