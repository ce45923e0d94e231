using System.Runtime.CompilerServices;
using NodaTime;

namespace Wijkaanpak.Core.Model;

/// <summary>
/// The aggregate root: one integrale wijkaanpak with its areas, opgaven, theory of change,
/// indicators and measurements, stakeholders and their relations, alliance and programmes.
/// Immutable and safe to share across threads; lookups by id are built once, on first use.
/// </summary>
/// <remarks>
/// Build one with <see cref="ModelBuilder"/> or read one with the serialization room; both check
/// <see cref="ModelIntegrity"/> (unique ids, resolvable references, finite numbers) and refuse a
/// model with problems. A model built directly with an object initializer is not checked until
/// <see cref="ModelIntegrity.Check(WijkaanpakModel)"/> or a validation run; lookups then return the first element
/// with a given id.
/// </remarks>
public sealed record WijkaanpakModel
{
    private static readonly ConditionalWeakTable<WijkaanpakModel, ModelIndex> Indexes = new();

    /// <summary>Name of the approach, e.g. "Samen voor Overvecht".</summary>
    public required string Name { get; init; }

    /// <summary>What the approach is, and anything a reader of the model should know.</summary>
    public string? Description { get; init; }

    /// <summary>Where the figures come from: which are from sources and which are synthetic.</summary>
    public string? Provenance { get; init; }

    /// <summary>The period of the approach as a whole (*looptijd*), typically 10–20 years.</summary>
    public DateInterval? Horizon { get; init; }

    /// <summary>The domain taxonomies used by this model.</summary>
    public EquatableArray<DomainTaxonomy> Taxonomies { get; init; }

    /// <summary>The areas, at any scale level.</summary>
    public EquatableArray<Area> Areas { get; init; }

    /// <summary>The opgaven.</summary>
    public EquatableArray<Opgave> Opgaven { get; init; }

    /// <summary>The theory of change.</summary>
    public TheoryOfChange TheoryOfChange { get; init; } = new();

    /// <summary>The indicators.</summary>
    public EquatableArray<Indicator> Indicators { get; init; }

    /// <summary>The measurements.</summary>
    public EquatableArray<Measurement> Measurements { get; init; }

    /// <summary>The stakeholders.</summary>
    public EquatableArray<Stakeholder> Stakeholders { get; init; }

    /// <summary>Relations between stakeholders: the edges of the stakeholder graph.</summary>
    public EquatableArray<StakeholderRelation> Relations { get; init; }

    /// <summary>The alliance, if one is formed.</summary>
    public Alliantie? Alliantie { get; init; }

    /// <summary>The implementation programmes, in order.</summary>
    public EquatableArray<Programme> Programmes { get; init; }

    /// <summary>Funnels (*trechters*): ordered stages with counts, such as intakes to work.</summary>
    public EquatableArray<Funnel> Funnels { get; init; }

    /// <summary>Social-return cases (*maatschappelijk rendement*, MKBA/SROI): investments and valued outcomes.</summary>
    public EquatableArray<SocialReturnCase> SocialReturnCases { get; init; }

    private ModelIndex Index => Indexes.GetValue(this, static m => new ModelIndex(m));

    /// <summary>The area with this id, or null.</summary>
    /// <param name="id">The id to look up.</param>
    public Area? FindArea(AreaId id) => Index.Areas.GetValueOrDefault(id);

    /// <summary>The opgave with this id, or null.</summary>
    /// <param name="id">The id to look up.</param>
    public Opgave? FindOpgave(OpgaveId id) => Index.Opgaven.GetValueOrDefault(id);

    /// <summary>The goal with this id, or null (also when the id is another kind of node).</summary>
    /// <param name="id">The id to look up.</param>
    public Goal? FindGoal(NodeId id) => Index.Goals.GetValueOrDefault(id);

    /// <summary>The intervention with this id, or null (also when the id is another kind of node).</summary>
    /// <param name="id">The id to look up.</param>
    public Intervention? FindIntervention(NodeId id) => Index.Interventions.GetValueOrDefault(id);

    /// <summary>The precondition with this id, or null.</summary>
    /// <param name="id">The id to look up.</param>
    public Precondition? FindPrecondition(NodeId id) => Index.Preconditions.GetValueOrDefault(id);

    /// <summary>The assumption with this id, or null.</summary>
    /// <param name="id">The id to look up.</param>
    public Assumption? FindAssumption(NodeId id) => Index.Assumptions.GetValueOrDefault(id);

    /// <summary>The kind of the theory-of-change node with this id, or null when there is none.</summary>
    /// <param name="id">The id to look up.</param>
    public NodeKind? FindNodeKind(NodeId id) => Index.NodeKinds.TryGetValue(id, out var kind) ? kind : null;

    /// <summary>The indicator with this id, or null.</summary>
    /// <param name="id">The id to look up.</param>
    public Indicator? FindIndicator(IndicatorId id) => Index.Indicators.GetValueOrDefault(id);

    /// <summary>The stakeholder with this id, or null.</summary>
    /// <param name="id">The id to look up.</param>
    public Stakeholder? FindStakeholder(StakeholderId id) => Index.Stakeholders.GetValueOrDefault(id);

    /// <summary>The programme with this id, or null.</summary>
    /// <param name="id">The id to look up.</param>
    public Programme? FindProgramme(ProgrammeId id) => Index.Programmes.GetValueOrDefault(id);

    /// <summary>The funnel with this id, or null.</summary>
    /// <param name="id">The id to look up.</param>
    public Funnel? FindFunnel(FunnelId id) => Index.Funnels.GetValueOrDefault(id);

    /// <summary>The social-return case with this id, or null.</summary>
    /// <param name="id">The id to look up.</param>
    public SocialReturnCase? FindSocialReturnCase(SocialReturnCaseId id) => Index.SocialReturnCases.GetValueOrDefault(id);

    /// <summary>The domain with this id, in any taxonomy, or null.</summary>
    /// <param name="id">The id to look up.</param>
    public Domain? FindDomain(DomainId id) => Index.Domains.GetValueOrDefault(id);

    /// <summary>The areas whose parent is <paramref name="id"/>, in model order.</summary>
    /// <param name="id">The parent area.</param>
    public IReadOnlyList<Area> ChildrenOf(AreaId id) =>
        Index.Children.TryGetValue(id, out var children) ? children : [];

    /// <summary>The area with this id.</summary>
    /// <param name="id">The id to look up.</param>
    /// <exception cref="ArgumentException">No area has this id.</exception>
    public Area GetArea(AreaId id) => FindArea(id) ?? throw Missing("area", id.Value);

    /// <summary>The goal with this id.</summary>
    /// <param name="id">The id to look up.</param>
    /// <exception cref="ArgumentException">No goal has this id.</exception>
    public Goal GetGoal(NodeId id) => FindGoal(id) ?? throw Missing("goal", id.Value);

    /// <summary>The intervention with this id.</summary>
    /// <param name="id">The id to look up.</param>
    /// <exception cref="ArgumentException">No intervention has this id.</exception>
    public Intervention GetIntervention(NodeId id) => FindIntervention(id) ?? throw Missing("intervention", id.Value);

    /// <summary>The indicator with this id.</summary>
    /// <param name="id">The id to look up.</param>
    /// <exception cref="ArgumentException">No indicator has this id.</exception>
    public Indicator GetIndicator(IndicatorId id) => FindIndicator(id) ?? throw Missing("indicator", id.Value);

    /// <summary>The stakeholder with this id.</summary>
    /// <param name="id">The id to look up.</param>
    /// <exception cref="ArgumentException">No stakeholder has this id.</exception>
    public Stakeholder GetStakeholder(StakeholderId id) => FindStakeholder(id) ?? throw Missing("stakeholder", id.Value);

    private ArgumentException Missing(string kind, string id) =>
        new($"Model '{Name}' has no {kind} with id '{id}'.", nameof(id));
}
