using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Rollups;

/// <summary>
/// The area hierarchy as dense integers: area i has a parent slot (or −1), a level, weights and a
/// bottom-up order in which every child comes before its parent. Where an area has no parent link
/// but a CBS code, its parent is the area with the enclosing CBS code; when that area is not in the
/// model it is added as a derived area whose id is the CBS code (buurt → wijk → gemeente).
/// </summary>
/// <remarks>Built once per model; the rollup loops never see strings. Cycles in parent links (an integrity error) are cut: an area on a cycle gets no parent.</remarks>
internal sealed class AreaIndex
{
    private readonly Dictionary<AreaId, int> _slots;

    private AreaIndex(List<AreaId> ids, List<string> names, List<ScaleLevel> levels, List<int> parents, List<double> population, List<double> households, List<bool> derived, List<bool> parentFromCbs)
    {
        Count = ids.Count;
        Ids = [.. ids];
        Names = [.. names];
        Levels = [.. levels];
        Parents = [.. parents];
        Population = [.. population];
        Households = [.. households];
        IsDerived = [.. derived];
        ParentFromCbs = [.. parentFromCbs];
        _slots = new Dictionary<AreaId, int>(Count);
        for (var i = 0; i < Count; i++)
        {
            _slots.TryAdd(Ids[i], i);
        }

        CutCycles();
        ChildCounts = new int[Count];
        foreach (var parent in Parents)
        {
            if (parent >= 0)
            {
                ChildCounts[parent]++;
            }
        }

        BottomUp = ComputeBottomUpOrder();
        FillDerivedWeights(Population);
        FillDerivedWeights(Households);
    }

    /// <summary>Number of areas, derived ones included.</summary>
    public int Count { get; }

    public AreaId[] Ids { get; }

    public string[] Names { get; }

    public ScaleLevel[] Levels { get; }

    /// <summary>Parent slot per area, −1 for a root.</summary>
    public int[] Parents { get; }

    /// <summary>Number of direct children per area.</summary>
    public int[] ChildCounts { get; }

    /// <summary>Residents per area; NaN when unknown. Derived areas get the sum of their children when all are known.</summary>
    public double[] Population { get; }

    /// <summary>Households per area; NaN when unknown.</summary>
    public double[] Households { get; }

    /// <summary>True for areas not in the model but implied by CBS codes.</summary>
    public bool[] IsDerived { get; }

    /// <summary>True where the parent link was derived from CBS codes rather than stated.</summary>
    public bool[] ParentFromCbs { get; }

    /// <summary>All slots, deepest first: every child precedes its parent.</summary>
    public int[] BottomUp { get; }

    /// <summary>The slot of an area, or −1.</summary>
    public int SlotOf(AreaId id) => id.Value is not null && _slots.TryGetValue(id, out var slot) ? slot : -1;

    /// <summary>The nearest ancestor (or the area itself) at <paramref name="level"/>, or −1.</summary>
    public int AncestorAt(int slot, ScaleLevel level)
    {
        for (var current = slot; current >= 0; current = Parents[current])
        {
            if (Levels[current] == level)
            {
                return current;
            }
        }

        return -1;
    }

    /// <summary>Builds the index of the model's areas, deriving missing parents from CBS codes. Slots follow the ordinal order of the ids, so the index does not depend on the order of the areas in the model.</summary>
    public static AreaIndex Build(IReadOnlyList<Area> areas)
    {
        var ids = new List<AreaId>(areas.Count);
        var names = new List<string>(areas.Count);
        var levels = new List<ScaleLevel>(areas.Count);
        var parents = new List<int>(areas.Count);
        var population = new List<double>(areas.Count);
        var households = new List<double>(areas.Count);
        var derived = new List<bool>(areas.Count);
        var fromCbs = new List<bool>(areas.Count);
        var slotById = new Dictionary<AreaId, int>(areas.Count);
        var slotByCode = new Dictionary<string, int>(StringComparer.Ordinal);
        var codes = new List<CbsCode?>(areas.Count);
        var statedParents = new List<AreaId?>(areas.Count);
        foreach (var area in areas.Where(a => a.Id.Value is not null).OrderBy(a => a.Id))
        {
            if (!slotById.TryAdd(area.Id, ids.Count))
            {
                continue;
            }

            if (area.CbsCode is { Value: not null } code)
            {
                slotByCode.TryAdd(code.Value, ids.Count);
                codes.Add(code);
            }
            else
            {
                codes.Add(null);
            }

            statedParents.Add(area.ParentId);
            ids.Add(area.Id);
            names.Add(area.Name ?? area.Id.Value);
            levels.Add(area.Level);
            parents.Add(-1);
            population.Add(area.Population is { } p ? p : double.NaN);
            households.Add(area.Households is { } h ? h : double.NaN);
            derived.Add(false);
            fromCbs.Add(false);
        }

        for (var slot = 0; slot < ids.Count; slot++)
        {
            if (statedParents[slot] is { } parentId && slotById.TryGetValue(parentId, out var parentSlot) && parentSlot != slot)
            {
                parents[slot] = parentSlot;
            }
        }

        for (var slot = 0; slot < ids.Count; slot++)
        {
            if (parents[slot] >= 0 || codes[slot] is not { Parent: { } parentCode })
            {
                continue;
            }

            if (!slotByCode.TryGetValue(parentCode.Value, out var parentSlot))
            {
                parentSlot = ids.Count;
                slotByCode.Add(parentCode.Value, parentSlot);
                ids.Add(new AreaId(parentCode.Value));
                names.Add(parentCode.Value);
                levels.Add(parentCode.Level);
                parents.Add(-1);
                population.Add(double.NaN);
                households.Add(double.NaN);
                derived.Add(true);
                fromCbs.Add(false);
                codes.Add(parentCode);
            }

            parents[slot] = parentSlot;
            fromCbs[slot] = true;
        }

        return new AreaIndex(ids, names, levels, parents, population, households, derived, fromCbs);
    }

    private void CutCycles()
    {
        var state = new byte[Count];
        var path = new List<int>();
        for (var start = 0; start < Count; start++)
        {
            path.Clear();
            var current = start;
            while (current >= 0 && state[current] == 0)
            {
                state[current] = 1;
                path.Add(current);
                current = Parents[current];
            }

            if (current >= 0 && state[current] == 1)
            {
                Parents[current] = -1;
            }

            foreach (var slot in path)
            {
                state[slot] = 2;
            }
        }
    }

    private int[] ComputeBottomUpOrder()
    {
        var depth = new int[Count];
        for (var slot = 0; slot < Count; slot++)
        {
            var d = 0;
            for (var current = Parents[slot]; current >= 0; current = Parents[current])
            {
                d++;
            }

            depth[slot] = d;
        }

        var order = Enumerable.Range(0, Count).ToArray();
        Array.Sort(order, (a, b) => depth[a] != depth[b] ? depth[b].CompareTo(depth[a]) : a.CompareTo(b));
        return order;
    }

    private void FillDerivedWeights(double[] weights)
    {
        var sums = new double[Count];
        var complete = new bool[Count];
        Array.Fill(complete, true);
        foreach (var slot in BottomUp)
        {
            if (IsDerived[slot])
            {
                weights[slot] = ChildCounts[slot] > 0 && complete[slot] ? sums[slot] : double.NaN;
            }

            var parent = Parents[slot];
            if (parent >= 0)
            {
                if (double.IsNaN(weights[slot]))
                {
                    complete[parent] = false;
                }
                else
                {
                    sums[parent] += weights[slot];
                }
            }
        }
    }
}
