namespace Wijkaanpak.Core.Model;

/// <summary>Lookups by id for one model, built once. The first element with an id wins.</summary>
internal sealed class ModelIndex
{
    public ModelIndex(WijkaanpakModel model)
    {
        Areas = ById(model.Areas, a => a.Id);
        Opgaven = ById(model.Opgaven, o => o.Id);
        var toc = model.TheoryOfChange;
        Goals = ById(toc.Goals, g => g.Id);
        Interventions = ById(toc.Interventions, i => i.Id);
        Preconditions = ById(toc.Preconditions, p => p.Id);
        Assumptions = ById(toc.Assumptions, a => a.Id);
        Indicators = ById(model.Indicators, i => i.Id);
        Stakeholders = ById(model.Stakeholders, s => s.Id);
        Programmes = ById(model.Programmes, p => p.Id);
        Funnels = ById(model.Funnels, f => f.Id);
        SocialReturnCases = ById(model.SocialReturnCases, c => c.Id);
        Domains = ById(model.Taxonomies.SelectMany(t => t.Domains).ToList(), d => d.Id);

        NodeKinds = new(toc.Goals.Count + toc.Interventions.Count + toc.Preconditions.Count + toc.Assumptions.Count);
        AddKinds(toc.Goals, g => g.Id, NodeKind.Goal);
        AddKinds(toc.Interventions, i => i.Id, NodeKind.Intervention);
        AddKinds(toc.Preconditions, p => p.Id, NodeKind.Precondition);
        AddKinds(toc.Assumptions, a => a.Id, NodeKind.Assumption);

        Children = [];
        foreach (var area in model.Areas)
        {
            if (area.ParentId is { } parent)
            {
                if (!Children.TryGetValue(parent, out var list))
                {
                    Children[parent] = list = [];
                }

                list.Add(area);
            }
        }
    }

    public Dictionary<AreaId, Area> Areas { get; }

    public Dictionary<OpgaveId, Opgave> Opgaven { get; }

    public Dictionary<NodeId, Goal> Goals { get; }

    public Dictionary<NodeId, Intervention> Interventions { get; }

    public Dictionary<NodeId, Precondition> Preconditions { get; }

    public Dictionary<NodeId, Assumption> Assumptions { get; }

    public Dictionary<NodeId, NodeKind> NodeKinds { get; }

    public Dictionary<IndicatorId, Indicator> Indicators { get; }

    public Dictionary<StakeholderId, Stakeholder> Stakeholders { get; }

    public Dictionary<ProgrammeId, Programme> Programmes { get; }

    public Dictionary<FunnelId, Funnel> Funnels { get; }

    public Dictionary<SocialReturnCaseId, SocialReturnCase> SocialReturnCases { get; }

    public Dictionary<DomainId, Domain> Domains { get; }

    public Dictionary<AreaId, List<Area>> Children { get; }

    private void AddKinds<T>(EquatableArray<T> nodes, Func<T, NodeId> id, NodeKind kind)
    {
        foreach (var node in nodes)
        {
            NodeKinds.TryAdd(id(node), kind);
        }
    }

    private static Dictionary<TKey, TValue> ById<TKey, TValue>(IReadOnlyList<TValue> items, Func<TValue, TKey> key)
        where TKey : notnull
    {
        var map = new Dictionary<TKey, TValue>(items.Count);
        foreach (var item in items)
        {
            map.TryAdd(key(item), item);
        }

        return map;
    }
}
