using Wijkaanpak.Core.Instruments;

namespace Wijkaanpak.Core.Tests.Instruments;

public sealed class BarrierCatalogueTests
{
    // Source 002 §2.1–2.3 and §3.5 (with App. A/B): seven barriers, two factors, seven risks,
    // and 19 levers plus the six O's of the careful participation process.
    [Fact]
    public void Holds_every_barrier_lever_factor_and_risk_of_the_source()
    {
        var counts = BarrierCatalogue.Entries.GroupBy(e => e.Kind).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(7, counts[CatalogueEntryKind.Barrier]);
        Assert.Equal(25, counts[CatalogueEntryKind.Lever]);
        Assert.Equal(2, counts[CatalogueEntryKind.Factor]);
        Assert.Equal(7, counts[CatalogueEntryKind.Risk]);
    }

    [Fact]
    public void Every_lever_counters_at_least_one_existing_barrier()
    {
        var barriers = BarrierCatalogue.Entries.Where(e => e.Kind == CatalogueEntryKind.Barrier).Select(e => e.Id).ToHashSet();

        Assert.All(BarrierCatalogue.Entries.Where(e => e.Kind == CatalogueEntryKind.Lever), l =>
        {
            Assert.NotEmpty(l.Counters);
            Assert.All(l.Counters, id => Assert.Contains(id, barriers));
        });
    }

    [Fact]
    public void Every_barrier_has_at_least_one_lever()
    {
        Assert.All(BarrierCatalogue.Entries.Where(e => e.Kind == CatalogueEntryKind.Barrier), b => Assert.NotEmpty(BarrierCatalogue.LeversFor(b.Id)));
    }

    [Fact]
    public void A_lever_can_counter_barriers_on_several_sides_of_the_triangle()
    {
        var sides = BarrierCatalogue.Find("L-GB-1a")!.Counters.Select(id => BarrierCatalogue.Find(id)!.Relationship).Distinct();

        Assert.Equal([PartyRelationship.GemeenteBewoners, PartyRelationship.GemeentePartners], sides);
    }

    [Fact]
    public void The_six_Os_belong_to_the_careful_participation_lever()
    {
        Assert.Equal(6, BarrierCatalogue.Entries.Count(e => e.ParentId == "L-GB-2b"));
    }

    [Fact]
    public void Entries_are_ordered_by_id_and_unique()
    {
        var ids = BarrierCatalogue.Entries.Select(e => e.Id).ToList();
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Unknown_ids_find_nothing()
    {
        Assert.Null(BarrierCatalogue.Find("B-XX-9"));
        Assert.Empty(BarrierCatalogue.LeversFor(null));
    }
}
