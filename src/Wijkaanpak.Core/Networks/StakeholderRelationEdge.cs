using QuikGraph;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Networks;

/// <summary>
/// An edge of a <see cref="StakeholderRelationGraph"/>: a model relation
/// (<see cref="StakeholderRelation"/>) read as a QuikGraph edge between two stakeholder ids, with
/// its kind, its weight and its position in the model.
/// </summary>
/// <param name="Source">The funder, the one giving a mandate or sharing information, or one side of a collaboration or conflict.</param>
/// <param name="Target">The other stakeholder.</param>
/// <param name="Kind">Collaboration, funding, mandate, information or conflict.</param>
/// <param name="Weight">The strength of the relation as the model gives it (<see cref="StakeholderRelation.Weight"/>).</param>
/// <param name="Index">The position of the relation in <see cref="WijkaanpakModel.Relations"/>.</param>
public readonly record struct StakeholderRelationEdge(StakeholderId Source, StakeholderId Target, RelationKind Kind, double Weight, int Index) : IEdge<StakeholderId>;
