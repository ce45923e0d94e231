using Wijkaanpak.Core.Instruments;

namespace Wijkaanpak.Core.Tests.Instruments;

public sealed class ChecklistCatalogueTests
{
    // Counted in source 001 (Checklist Wmo-praktijken), chapter 3: parts 3.1–3.4, three
    // "Indicatoren" per part, and numbered question lists of 11, 4, 8 and 8.
    [Fact]
    public void Wmo_checklist_has_the_four_parts_of_the_source_in_order()
    {
        Assert.Equal(["Beleidsontwerp", "Draagvlak", "Uitvoering", "Evaluatie"], ChecklistCatalogue.Wmo.Sections.Select(s => s.Title.Nl));
    }

    [Fact]
    public void Wmo_checklist_has_three_indicators_per_part_twelve_in_all()
    {
        Assert.All(ChecklistCatalogue.Wmo.Sections, s => Assert.Equal(3, s.Indicators.Count));
        Assert.Equal(12, ChecklistCatalogue.Wmo.Indicators.Count());
    }

    [Fact]
    public void Wmo_checklist_has_the_source_question_counts_per_part_31_in_all()
    {
        Assert.Equal([11, 4, 8, 8], ChecklistCatalogue.Wmo.Sections.Select(s => s.Questions.Count));
        Assert.Equal(31, ChecklistCatalogue.Wmo.Questions.Count());
    }

    [Fact]
    public void Every_wmo_question_has_guidance_and_points_to_an_indicator_of_its_own_part()
    {
        foreach (var section in ChecklistCatalogue.Wmo.Sections)
        {
            var indicators = section.Indicators.Select(i => i.Id).ToHashSet();
            Assert.All(section.Questions, q =>
            {
                Assert.NotNull(q.Guidance);
                Assert.NotEmpty(q.IndicatorIds);
                Assert.All(q.IndicatorIds, id => Assert.Contains(id, indicators));
            });
        }
    }

    [Fact]
    public void Every_wmo_indicator_is_judged_by_at_least_one_question()
    {
        var used = ChecklistCatalogue.Wmo.Questions.SelectMany(q => q.IndicatorIds).ToHashSet();
        Assert.All(ChecklistCatalogue.Wmo.Indicators, i => Assert.Contains(i.Id, used));
    }

    [Fact]
    public void Wmo_question_ids_follow_part_and_number()
    {
        Assert.Equal("wmo.A.1", ChecklistCatalogue.Wmo.Questions.First().Id);
        Assert.Equal("wmo.D.8", ChecklistCatalogue.Wmo.Questions.Last().Id);
    }

    // Counted in source 004: 19 "Checklist ..." boxes, each followed by "Vragen en gesprekspunten".
    [Fact]
    public void Handbook_has_one_checklist_per_building_block_in_phase_order()
    {
        var handbook = ChecklistCatalogue.Handbook;
        Assert.Equal(Enum.GetValues<BuildingBlock>(), handbook.Sections.Select(s => s.Block!.Value));
        Assert.Equal(handbook.Sections.Select(s => s.Phase!.Value).Order(), handbook.Sections.Select(s => s.Phase!.Value));
    }

    [Fact]
    public void Handbook_question_counts_match_the_source_boxes()
    {
        Assert.Equal(
            [4, 4, 3, 4, 4, 5, 7, 8, 3, 6, 2, 6, 8, 5, 10, 6, 4, 4, 3],
            ChecklistCatalogue.Handbook.Sections.Select(s => s.Questions.Count));
    }

    [Fact]
    public void Handbook_covers_every_phase()
    {
        Assert.Equal(Enum.GetValues<ApproachPhase>(), ChecklistCatalogue.Handbook.Sections.Select(s => s.Phase!.Value).Distinct());
    }

    [Fact]
    public void All_ids_are_unique_across_the_catalogue()
    {
        var ids = ChecklistCatalogue.All.SelectMany(c => c.Sections.Select(s => s.Id).Concat(c.Indicators.Select(i => i.Id)).Concat(c.Questions.Select(q => q.Id))).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Every_text_has_dutch_and_english_and_a_source_reference()
    {
        foreach (var question in ChecklistCatalogue.All.SelectMany(c => c.Questions))
        {
            Assert.False(string.IsNullOrWhiteSpace(question.Text.Nl));
            Assert.False(string.IsNullOrWhiteSpace(question.Text.En));
            Assert.NotEqual(question.Text.Nl, question.Text.En);
            Assert.StartsWith("bron: 00", question.Source, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("wmo.A.10", "wmo")]
    [InlineData("handboek.urgentie", "handboek")]
    [InlineData("wmo", "wmo")]
    public void Owning_finds_the_checklist_from_any_element_id(string id, string expected)
    {
        Assert.Equal(expected, ChecklistCatalogue.Owning(id)?.Id);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("nope.A.1")]
    public void Owning_gives_null_for_unknown_ids(string? id)
    {
        Assert.Null(ChecklistCatalogue.Owning(id));
    }
}
