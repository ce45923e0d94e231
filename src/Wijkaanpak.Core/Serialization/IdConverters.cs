using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Serialization;

/// <summary>Reads and writes an <see cref="AreaId"/> as a plain string.</summary>
internal sealed class AreaIdConverter() : StringIdConverter<AreaId>(v => new(v), id => id.Value);

/// <summary>Reads and writes a <see cref="BudgetLineId"/> as a plain string.</summary>
internal sealed class BudgetLineIdConverter() : StringIdConverter<BudgetLineId>(v => new(v), id => id.Value);

/// <summary>Reads and writes a <see cref="DomainId"/> as a plain string.</summary>
internal sealed class DomainIdConverter() : StringIdConverter<DomainId>(v => new(v), id => id.Value);

/// <summary>Reads and writes a <see cref="GovernanceBodyId"/> as a plain string.</summary>
internal sealed class GovernanceBodyIdConverter() : StringIdConverter<GovernanceBodyId>(v => new(v), id => id.Value);

/// <summary>Reads and writes an <see cref="IndicatorId"/> as a plain string.</summary>
internal sealed class IndicatorIdConverter() : StringIdConverter<IndicatorId>(v => new(v), id => id.Value);

/// <summary>Reads and writes a <see cref="NodeId"/> as a plain string.</summary>
internal sealed class NodeIdConverter() : StringIdConverter<NodeId>(v => new(v), id => id.Value);

/// <summary>Reads and writes an <see cref="OpgaveId"/> as a plain string.</summary>
internal sealed class OpgaveIdConverter() : StringIdConverter<OpgaveId>(v => new(v), id => id.Value);

/// <summary>Reads and writes a <see cref="ProgrammeId"/> as a plain string.</summary>
internal sealed class ProgrammeIdConverter() : StringIdConverter<ProgrammeId>(v => new(v), id => id.Value);

/// <summary>Reads and writes a <see cref="StakeholderId"/> as a plain string.</summary>
internal sealed class StakeholderIdConverter() : StringIdConverter<StakeholderId>(v => new(v), id => id.Value);

/// <summary>Reads and writes a <see cref="TaxonomyId"/> as a plain string.</summary>
internal sealed class TaxonomyIdConverter() : StringIdConverter<TaxonomyId>(v => new(v), id => id.Value);

/// <summary>Reads and writes a <see cref="FunnelId"/> as a plain string.</summary>
internal sealed class FunnelIdConverter() : StringIdConverter<FunnelId>(v => new(v), id => id.Value);

/// <summary>Reads and writes a <see cref="SocialReturnCaseId"/> as a plain string.</summary>
internal sealed class SocialReturnCaseIdConverter() : StringIdConverter<SocialReturnCaseId>(v => new(v), id => id.Value);
