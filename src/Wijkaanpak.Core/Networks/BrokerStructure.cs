using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Networks;

/// <summary>
/// The brokers (*verbinders, makelaars*) of a network: stakeholders and ties whose loss would
/// split a connected part of the network in two.
/// </summary>
/// <param name="ArticulationPoints">Vertices whose removal disconnects their component (*scharnierpunten*), ascending.</param>
/// <param name="Bridges">Edges whose removal disconnects their component (*bruggen*), ordered by <c>U</c> then <c>V</c>.</param>
public sealed record BrokerStructure(EquatableArray<int> ArticulationPoints, EquatableArray<UndirectedEdge> Bridges);
