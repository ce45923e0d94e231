using NodaTime;

namespace Wijkaanpak.Core.Model;

/// <summary>
/// Builds a <see cref="WijkaanpakModel"/> in a few fluent lines, for scripts and tests:
/// short methods for the common elements with their essential fields, and <c>Add</c> overloads
/// that take any fully specified record. <see cref="Build"/> checks <see cref="ModelIntegrity"/>.
/// </summary>
/// <example>
/// <code>
/// var model = new ModelBuilder("Samen voor Overvecht")
///     .Area("utrecht", "Utrecht", ScaleLevel.Gemeente, cbsCode: "GM0344")
///     .Area("overvecht", "Overvecht", ScaleLevel.Wijk, parent: "utrecht", population: 33_000)
///     .Stakeholder("gemeente", "Gemeente Utrecht", StakeholderType.Gemeente)
///     .Goal("missie", "Overvecht is een wijk waar je kansen krijgt", GoalLevel.Mission)
///     .Goal("werk", "Meer bewoners aan het werk", GoalLevel.Goal, contributesTo: "missie")
///     .Intervention("jobcoach", "Jobcoaching in de wijk", InterventionKind.Intensivering, owner: "gemeente", contributesTo: "werk")
///     .Build();
/// </code>
/// </example>
/// <remarks>A builder is not thread-safe; the model it builds is.</remarks>
/// <param name="name">Name of the approach.</param>
public sealed class ModelBuilder(string name)
{
    private readonly List<DomainTaxonomy> _taxonomies = [];
    private readonly List<Area> _areas = [];
    private readonly List<Opgave> _opgaven = [];
    private readonly List<Goal> _goals = [];
    private readonly List<Intervention> _interventions = [];
    private readonly List<Precondition> _preconditions = [];
    private readonly List<Assumption> _assumptions = [];
    private readonly List<ChangeEdge> _edges = [];
    private readonly List<Indicator> _indicators = [];
    private readonly List<Measurement> _measurements = [];
    private readonly List<Stakeholder> _stakeholders = [];
    private readonly List<StakeholderRelation> _relations = [];
    private readonly List<AllianceMember> _members = [];
    private readonly List<Commitment> _commitments = [];
    private readonly List<ExpectedBenefit> _benefits = [];
    private readonly List<GovernanceBody> _bodies = [];
    private readonly List<Programme> _programmes = [];
    private readonly List<Funnel> _funnels = [];
    private readonly List<SocialReturnCase> _socialReturnCases = [];
    private Alliantie _alliantie = new() { Name = name };
    private bool _hasAlliantie;
    private WijkaanpakModel _header = new() { Name = name };

    /// <summary>Sets the description, provenance and horizon of the approach.</summary>
    /// <param name="description">What the approach is.</param>
    /// <param name="provenance">Where the figures come from.</param>
    /// <param name="horizon">The period of the approach as a whole.</param>
    public ModelBuilder Describe(string? description = null, string? provenance = null, DateInterval? horizon = null)
    {
        _header = _header with { Description = description, Provenance = provenance, Horizon = horizon };
        return this;
    }

    /// <summary>Adds a domain taxonomy with domains given as (id, name) pairs.</summary>
    /// <param name="id">Id of the taxonomy.</param>
    /// <param name="taxonomyName">Its name.</param>
    /// <param name="domains">Its domains.</param>
    public ModelBuilder Taxonomy(string id, string taxonomyName, params (string Id, string Name)[] domains)
    {
        ArgumentNullException.ThrowIfNull(domains);
        return Add(new DomainTaxonomy
        {
            Id = new TaxonomyId(id),
            Name = taxonomyName,
            Domains = domains.Select(d => new Domain { Id = new DomainId(d.Id), Name = d.Name }).ToEquatableArray(),
        });
    }

    /// <summary>Adds an area.</summary>
    /// <param name="id">Id of the area.</param>
    /// <param name="areaName">Its name.</param>
    /// <param name="level">Its scale level.</param>
    /// <param name="parent">Id of the enclosing area.</param>
    /// <param name="cbsCode">Its CBS code, e.g. WK034409.</param>
    /// <param name="population">Residents.</param>
    /// <param name="households">Households.</param>
    /// <exception cref="FormatException"><paramref name="cbsCode"/> is not a CBS code.</exception>
    public ModelBuilder Area(string id, string areaName, ScaleLevel level, string? parent = null, string? cbsCode = null, int? population = null, int? households = null) =>
        Add(new Area
        {
            Id = new AreaId(id),
            Name = areaName,
            Level = level,
            ParentId = parent is null ? null : new AreaId(parent),
            CbsCode = cbsCode is null ? null : CbsCode.Parse(cbsCode),
            Population = population,
            Households = households,
        });

    /// <summary>Adds an opgave.</summary>
    /// <param name="id">Id of the opgave.</param>
    /// <param name="opgaveName">Its title.</param>
    /// <param name="family">Social problem or policy task.</param>
    /// <param name="areas">Ids of the areas where it manifests itself.</param>
    public ModelBuilder Opgave(string id, string opgaveName, OpgaveFamily family, params string[] areas) =>
        Add(new Opgave
        {
            Id = new OpgaveId(id),
            Name = opgaveName,
            Family = family,
            AreaIds = areas.Select(a => new AreaId(a)).ToEquatableArray(),
        });

    /// <summary>Adds a goal, optionally contributing to higher goals.</summary>
    /// <param name="id">Node id of the goal.</param>
    /// <param name="goalName">The goal as stated.</param>
    /// <param name="level">Mission, ambition, goal, sub-goal or output.</param>
    /// <param name="contributesTo">Ids of the goals it contributes to.</param>
    public ModelBuilder Goal(string id, string goalName, GoalLevel level, params string[] contributesTo)
    {
        Add(new Goal { Id = new NodeId(id), Name = goalName, Level = level });
        return ContributesTo(id, contributesTo);
    }

    /// <summary>Adds an intervention, optionally with its owner and the goals it contributes to.</summary>
    /// <param name="id">Node id of the intervention.</param>
    /// <param name="interventionName">Its name.</param>
    /// <param name="kind">The kind of effort.</param>
    /// <param name="owner">Id of the owning stakeholder.</param>
    /// <param name="period">When it runs.</param>
    /// <param name="budget">Budget in euros.</param>
    /// <param name="contributesTo">Ids of the goals it contributes to.</param>
    public ModelBuilder Intervention(string id, string interventionName, InterventionKind kind, string? owner = null, DateInterval? period = null, decimal? budget = null, params string[] contributesTo)
    {
        Add(new Intervention
        {
            Id = new NodeId(id),
            Name = interventionName,
            Kind = kind,
            OwnerId = owner is null ? null : new StakeholderId(owner),
            Period = period,
            Budget = budget,
        });
        return ContributesTo(id, contributesTo);
    }

    /// <summary>Adds a precondition and makes the given nodes require it.</summary>
    /// <param name="id">Node id of the precondition.</param>
    /// <param name="preconditionName">The condition as stated.</param>
    /// <param name="status">Whether it is met.</param>
    /// <param name="requiredBy">Ids of the nodes that need it.</param>
    public ModelBuilder Precondition(string id, string preconditionName, PreconditionStatus status = PreconditionStatus.Unknown, params string[] requiredBy)
    {
        ArgumentNullException.ThrowIfNull(requiredBy);
        Add(new Precondition { Id = new NodeId(id), Name = preconditionName, Status = status });
        foreach (var from in requiredBy)
        {
            Add(new ChangeEdge { From = new NodeId(from), To = new NodeId(id), Kind = ChangeEdgeKind.RequiresPrecondition });
        }

        return this;
    }

    /// <summary>Adds contribution edges from <paramref name="from"/> to each goal in <paramref name="goals"/>.</summary>
    /// <param name="from">Id of the contributing goal or intervention.</param>
    /// <param name="goals">Ids of the goals it contributes to.</param>
    public ModelBuilder ContributesTo(string from, params string[] goals)
    {
        ArgumentNullException.ThrowIfNull(goals);
        foreach (var goal in goals)
        {
            Add(new ChangeEdge { From = new NodeId(from), To = new NodeId(goal) });
        }

        return this;
    }

    /// <summary>Adds an indicator.</summary>
    /// <param name="id">Id of the indicator.</param>
    /// <param name="indicatorName">Its name.</param>
    /// <param name="level">Level in the results chain.</param>
    /// <param name="polarity">Which direction is good.</param>
    /// <param name="aggregation">How it rolls up over areas.</param>
    /// <param name="unit">Its unit.</param>
    /// <param name="weightBasis">The weight for means and indices.</param>
    public ModelBuilder Indicator(string id, string indicatorName, ResultLevel level, Polarity polarity, AggregationKind aggregation, string? unit = null, WeightBasis? weightBasis = null) =>
        Add(new Indicator
        {
            Id = new IndicatorId(id),
            Name = indicatorName,
            Level = level,
            Polarity = polarity,
            Aggregation = aggregation,
            Unit = unit,
            WeightBasis = weightBasis,
        });

    /// <summary>Records that <paramref name="indicators"/> measure the goal or intervention <paramref name="node"/>.</summary>
    /// <param name="node">Id of a goal or intervention added earlier.</param>
    /// <param name="indicators">Ids of the indicators that measure it.</param>
    /// <exception cref="ArgumentException">No goal or intervention with that id was added.</exception>
    public ModelBuilder MeasuredBy(string node, params string[] indicators)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        var id = new NodeId(node);
        var ids = indicators.Select(i => new IndicatorId(i)).ToList();
        var goal = _goals.FindIndex(g => g.Id == id);
        if (goal >= 0)
        {
            _goals[goal] = _goals[goal] with { IndicatorIds = _goals[goal].IndicatorIds.Concat(ids).ToEquatableArray() };
            return this;
        }

        var intervention = _interventions.FindIndex(i => i.Id == id);
        if (intervention < 0)
        {
            throw new ArgumentException($"No goal or intervention '{node}' has been added yet.", nameof(node));
        }

        _interventions[intervention] = _interventions[intervention] with { IndicatorIds = _interventions[intervention].IndicatorIds.Concat(ids).ToEquatableArray() };
        return this;
    }

    /// <summary>Adds a measurement.</summary>
    /// <param name="indicator">Id of the indicator.</param>
    /// <param name="area">Id of the area.</param>
    /// <param name="date">Reference date.</param>
    /// <param name="value">The value.</param>
    /// <param name="numerator">For ratios, the numerator.</param>
    /// <param name="denominator">For ratios, the denominator.</param>
    public ModelBuilder Measurement(string indicator, string area, LocalDate date, double value, double? numerator = null, double? denominator = null) =>
        Add(new Measurement
        {
            IndicatorId = new IndicatorId(indicator),
            AreaId = new AreaId(area),
            Date = date,
            Value = value,
            Numerator = numerator,
            Denominator = denominator,
        });

    /// <summary>Adds a stakeholder.</summary>
    /// <param name="id">Id of the stakeholder.</param>
    /// <param name="stakeholderName">Its name.</param>
    /// <param name="type">Its type.</param>
    public ModelBuilder Stakeholder(string id, string stakeholderName, StakeholderType type) =>
        Add(new Stakeholder { Id = new StakeholderId(id), Name = stakeholderName, Type = type });

    /// <summary>Adds a relation between two stakeholders.</summary>
    /// <param name="from">Id of the source stakeholder.</param>
    /// <param name="to">Id of the target stakeholder.</param>
    /// <param name="kind">The kind of relation.</param>
    /// <param name="weight">Its strength.</param>
    public ModelBuilder Relation(string from, string to, RelationKind kind, double weight = 1) =>
        Add(new StakeholderRelation { From = new StakeholderId(from), To = new StakeholderId(to), Kind = kind, Weight = weight });

    /// <summary>Makes a stakeholder a member of the alliance from <paramref name="joined"/>.</summary>
    /// <param name="stakeholder">Id of the stakeholder.</param>
    /// <param name="joined">When it joined.</param>
    /// <param name="left">When it left, if it did.</param>
    public ModelBuilder Member(string stakeholder, LocalDate joined, LocalDate? left = null) =>
        Add(new AllianceMember { StakeholderId = new StakeholderId(stakeholder), Joined = joined, Left = left });

    /// <summary>Adds a commitment of a partner to goals or interventions.</summary>
    /// <param name="stakeholder">Id of the committing partner.</param>
    /// <param name="kind">Money, capacity, knowledge or network.</param>
    /// <param name="amount">Euros for money, FTE for capacity.</param>
    /// <param name="targets">Ids of the goals and interventions served.</param>
    public ModelBuilder Commit(string stakeholder, CommitmentKind kind, decimal? amount, params string[] targets) =>
        Add(new Commitment
        {
            StakeholderId = new StakeholderId(stakeholder),
            Kind = kind,
            Amount = amount,
            TargetIds = targets.Select(t => new NodeId(t)).ToEquatableArray(),
        });

    /// <summary>Sets the alliance's name and its other single-valued parts, keeping members, commitments, benefits and bodies added through the builder.</summary>
    /// <param name="configure">Returns the alliance with its settings changed.</param>
    public ModelBuilder Alliantie(Func<Alliantie, Alliantie> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        _alliantie = configure(_alliantie);
        _hasAlliantie = true;
        return this;
    }

    /// <summary>Adds a domain taxonomy.</summary>
    /// <param name="taxonomy">The taxonomy.</param>
    public ModelBuilder Add(DomainTaxonomy taxonomy) => Append(_taxonomies, taxonomy);

    /// <summary>Adds an area.</summary>
    /// <param name="area">The area.</param>
    public ModelBuilder Add(Area area) => Append(_areas, area);

    /// <summary>Adds an opgave.</summary>
    /// <param name="opgave">The opgave.</param>
    public ModelBuilder Add(Opgave opgave) => Append(_opgaven, opgave);

    /// <summary>Adds a goal.</summary>
    /// <param name="goal">The goal.</param>
    public ModelBuilder Add(Goal goal) => Append(_goals, goal);

    /// <summary>Adds an intervention.</summary>
    /// <param name="intervention">The intervention.</param>
    public ModelBuilder Add(Intervention intervention) => Append(_interventions, intervention);

    /// <summary>Adds a precondition.</summary>
    /// <param name="precondition">The precondition.</param>
    public ModelBuilder Add(Precondition precondition) => Append(_preconditions, precondition);

    /// <summary>Adds an assumption.</summary>
    /// <param name="assumption">The assumption.</param>
    public ModelBuilder Add(Assumption assumption) => Append(_assumptions, assumption);

    /// <summary>Adds an edge of the theory of change.</summary>
    /// <param name="edge">The edge.</param>
    public ModelBuilder Add(ChangeEdge edge) => Append(_edges, edge);

    /// <summary>Adds an indicator.</summary>
    /// <param name="indicator">The indicator.</param>
    public ModelBuilder Add(Indicator indicator) => Append(_indicators, indicator);

    /// <summary>Adds a measurement.</summary>
    /// <param name="measurement">The measurement.</param>
    public ModelBuilder Add(Measurement measurement) => Append(_measurements, measurement);

    /// <summary>Adds measurements, e.g. read from CSV.</summary>
    /// <param name="measurements">The measurements.</param>
    public ModelBuilder Add(IEnumerable<Measurement> measurements)
    {
        _measurements.AddRange(measurements);
        return this;
    }

    /// <summary>Adds a stakeholder.</summary>
    /// <param name="stakeholder">The stakeholder.</param>
    public ModelBuilder Add(Stakeholder stakeholder) => Append(_stakeholders, stakeholder);

    /// <summary>Adds a stakeholder relation.</summary>
    /// <param name="relation">The relation.</param>
    public ModelBuilder Add(StakeholderRelation relation) => Append(_relations, relation);

    /// <summary>Adds an alliance member.</summary>
    /// <param name="member">The membership.</param>
    public ModelBuilder Add(AllianceMember member) => AppendToAlliantie(_members, member);

    /// <summary>Adds a commitment.</summary>
    /// <param name="commitment">The commitment.</param>
    public ModelBuilder Add(Commitment commitment) => AppendToAlliantie(_commitments, commitment);

    /// <summary>Adds an expected benefit of a member.</summary>
    /// <param name="benefit">The benefit.</param>
    public ModelBuilder Add(ExpectedBenefit benefit) => AppendToAlliantie(_benefits, benefit);

    /// <summary>Adds a governance body.</summary>
    /// <param name="body">The body.</param>
    public ModelBuilder Add(GovernanceBody body) => AppendToAlliantie(_bodies, body);

    /// <summary>Adds a programme.</summary>
    /// <param name="programme">The programme.</param>
    public ModelBuilder Add(Programme programme) => Append(_programmes, programme);

    /// <summary>Adds a funnel with its stages given as (name, count) pairs, in order.</summary>
    /// <param name="id">Id of the funnel.</param>
    /// <param name="funnelName">Its name.</param>
    /// <param name="area">Id of the area it counts people in.</param>
    /// <param name="stages">The stages, in the order people pass through them.</param>
    public ModelBuilder Funnel(string id, string funnelName, string? area = null, params (string Name, double Count)[] stages)
    {
        ArgumentNullException.ThrowIfNull(stages);
        return Add(new Funnel
        {
            Id = new FunnelId(id),
            Name = funnelName,
            AreaId = area is null ? null : new AreaId(area),
            Stages = stages.Select(s => new FunnelStage { Name = s.Name, Count = s.Count }).ToEquatableArray(),
        });
    }

    /// <summary>Adds a funnel.</summary>
    /// <param name="funnel">The funnel.</param>
    public ModelBuilder Add(Funnel funnel) => Append(_funnels, funnel);

    /// <summary>Adds a social-return case.</summary>
    /// <param name="socialReturnCase">The case.</param>
    public ModelBuilder Add(SocialReturnCase socialReturnCase) => Append(_socialReturnCases, socialReturnCase);

    /// <summary>The model as built so far, without checking it.</summary>
    public WijkaanpakModel BuildUnchecked() => _header with
    {
        Taxonomies = _taxonomies.ToEquatableArray(),
        Areas = _areas.ToEquatableArray(),
        Opgaven = _opgaven.ToEquatableArray(),
        TheoryOfChange = new TheoryOfChange
        {
            Goals = _goals.ToEquatableArray(),
            Interventions = _interventions.ToEquatableArray(),
            Preconditions = _preconditions.ToEquatableArray(),
            Assumptions = _assumptions.ToEquatableArray(),
            Edges = _edges.ToEquatableArray(),
        },
        Indicators = _indicators.ToEquatableArray(),
        Measurements = _measurements.ToEquatableArray(),
        Stakeholders = _stakeholders.ToEquatableArray(),
        Relations = _relations.ToEquatableArray(),
        Alliantie = _hasAlliantie
            ? _alliantie with
            {
                Members = _alliantie.Members.Concat(_members).ToEquatableArray(),
                Commitments = _alliantie.Commitments.Concat(_commitments).ToEquatableArray(),
                ExpectedBenefits = _alliantie.ExpectedBenefits.Concat(_benefits).ToEquatableArray(),
                Bodies = _alliantie.Bodies.Concat(_bodies).ToEquatableArray(),
            }
            : null,
        Programmes = _programmes.ToEquatableArray(),
        Funnels = _funnels.ToEquatableArray(),
        SocialReturnCases = _socialReturnCases.ToEquatableArray(),
    };

    /// <summary>The model, checked.</summary>
    /// <exception cref="WijkaanpakModelException">The model has integrity problems; all are listed.</exception>
    public WijkaanpakModel Build()
    {
        var model = BuildUnchecked();
        var problems = ModelIntegrity.Check(model);
        return problems.Count == 0 ? model : throw new WijkaanpakModelException(model.Name, problems);
    }

    private ModelBuilder Append<T>(List<T> list, T item)
    {
        ArgumentNullException.ThrowIfNull(item);
        list.Add(item);
        return this;
    }

    private ModelBuilder AppendToAlliantie<T>(List<T> list, T item)
    {
        _hasAlliantie = true;
        return Append(list, item);
    }
}
