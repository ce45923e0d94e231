using QuikGraph;

namespace Wijkaanpak.Core.Model;

/// <summary>
/// An edge of a <see cref="TheoryOfChangeGraph"/>: a model edge (<see cref="ChangeEdge"/>) read as
/// a QuikGraph edge between two node ids, with its kind (contributes to, requires precondition,
/// rests on assumption), its weight and its position in the model.
/// </summary>
/// <param name="Source">The means, or the node that needs a precondition or rests on an assumption.</param>
/// <param name="Target">The goal, precondition or assumption.</param>
/// <param name="Kind">Contribution (*draagt bij aan*), precondition (*randvoorwaarde*) or assumption (*aanname*).</param>
/// <param name="Weight">The contribution weight of the model edge (<see cref="ChangeEdge.Weight"/>); 1 when the model gives none.</param>
/// <param name="Index">The position of the edge in <see cref="TheoryOfChange.Edges"/>, to read its rationale and contribution type.</param>
public readonly record struct TheoryOfChangeEdge(NodeId Source, NodeId Target, ChangeEdgeKind Kind, double Weight, int Index) : IEdge<NodeId>;
