using System.Xml;
using System.Xml.Linq;
using Wijkaanpak.Core.Export;
using Wijkaanpak.Core.Instruments;
using Wijkaanpak.Core.Localization;
using Wijkaanpak.Core.Model;
using Wijkaanpak.Core.Rollups;
using Wijkaanpak.Core.Validation;

namespace Wijkaanpak.Core.Tests.Export;

public class HtmlReportTests
{
    private static readonly XNamespace None = XNamespace.None;

    [Fact]
    public void The_html_report_is_well_formed_xml()
    {
        var html = Report.ToHtml(ReportFixtures.Overvecht(), ReportFixtures.WithInputs());

        var document = Parse(html);

        Assert.Equal("html", document.Root!.Name.LocalName);
    }

    [Fact]
    public void The_report_is_dutch_by_default_and_english_on_request()
    {
        var dutch = Parse(Report.ToHtml(ReportFixtures.Overvecht()));
        var english = Parse(Report.ToHtml(ReportFixtures.Overvecht(), new ReportOptions { Language = Language.English }));

        Assert.Equal("nl", dutch.Root!.Attribute("lang")!.Value);
        Assert.Contains("Verandertheorie", Headings(dutch));
        Assert.Equal("en", english.Root!.Attribute("lang")!.Value);
        Assert.Contains("Theory of change", Headings(english));
    }

    [Fact]
    public void The_report_has_every_section_in_order()
    {
        var document = Parse(Report.ToHtml(ReportFixtures.Overvecht(), ReportFixtures.WithInputs()));

        var ids = document.Descendants("h2").Select(h => h.Attribute("id")!.Value).ToList();

        Assert.Equal(["summary", "theory-of-change", "indicators", "areas", "alliance", "diagnostics", "checklists"], ids);
    }

    [Fact]
    public void The_theory_of_change_picture_has_one_node_per_goal_intervention_and_precondition()
    {
        var model = ReportFixtures.Overvecht();
        var document = Parse(Report.ToHtml(model));

        var picture = document.Descendants("h2").Single(h => (string?)h.Attribute("id") == "theory-of-change").ElementsAfterSelf("figure").First();
        var nodeIds = picture.Descendants("g").Where(g => ((string?)g.Attribute("class"))?.StartsWith("node", StringComparison.Ordinal) == true)
            .Select(g => g.Attribute("data-id")!.Value).Order(StringComparer.Ordinal).ToList();

        var expected = model.TheoryOfChange.Goals.Select(g => g.Id.Value)
            .Concat(model.TheoryOfChange.Interventions.Select(i => i.Id.Value))
            .Concat(model.TheoryOfChange.Preconditions.Select(p => p.Id.Value))
            .Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, nodeIds);
    }

    [Fact]
    public void The_network_picture_has_one_circle_per_stakeholder()
    {
        var model = ReportFixtures.Overvecht();
        var document = Parse(Report.ToHtml(model));

        var stakeholders = document.Descendants("g").Where(g => (string?)g.Attribute("class") == "stakeholder").ToList();

        Assert.Equal(model.Stakeholders.Count, stakeholders.Count);
        Assert.All(stakeholders, g => Assert.Single(g.Elements("circle")));
    }

    [Fact]
    public void Every_indicator_with_measurements_gets_a_trend_chart()
    {
        var document = Parse(Report.ToHtml(ReportFixtures.Overvecht()));

        var trendHeadings = document.Descendants("h3").Select(h => (string?)h.Attribute("id")).Where(id => id?.StartsWith("indicator-", StringComparison.Ordinal) == true);

        Assert.Equal(["indicator-ind-schulden", "indicator-ind-gesprekken"], trendHeadings);
    }

    [Fact]
    public void The_report_references_nothing_outside_itself()
    {
        var html = Report.ToHtml(ReportFixtures.Overvecht(), ReportFixtures.WithInputs());
        var document = Parse(html);

        Assert.DoesNotContain("http://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", html, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(document.Descendants("script"));
        Assert.Empty(document.Descendants("link"));
        Assert.All(document.Descendants().Attributes("href"), a => Assert.StartsWith("#", a.Value, StringComparison.Ordinal));
        Assert.Empty(document.Descendants().Attributes("src"));
    }

    [Fact]
    public void Hostile_names_are_escaped_and_inject_no_markup()
    {
        var html = Report.ToHtml(ReportFixtures.Hostile(), ReportFixtures.WithInputs());

        var document = Parse(html);

        Assert.Empty(document.Descendants("script"));
        Assert.DoesNotContain(document.Descendants("a"), a => ((string?)a.Attribute("href"))?.Contains("evil", StringComparison.Ordinal) == true);
        Assert.Contains(document.Descendants("h1"), h => h.Value.Contains("<script>alert('Samen voor Overvecht')</script>", StringComparison.Ordinal));
        Assert.DoesNotContain('\u0001', html);
    }

    [Fact]
    public void The_same_model_gives_the_same_bytes()
    {
        var first = Report.ToHtml(ReportFixtures.Overvecht(), ReportFixtures.WithInputs());
        var second = Report.ToHtml(ReportFixtures.Overvecht(), ReportFixtures.WithInputs());

        Assert.Equal(first, second);
    }

    [Fact]
    public void Reordering_the_model_lists_does_not_change_the_pictures()
    {
        var model = ReportFixtures.Overvecht();
        var theory = model.TheoryOfChange;
        var shuffled = model with
        {
            TheoryOfChange = theory with
            {
                Goals = theory.Goals.Reverse().ToEquatableArray(),
                Interventions = theory.Interventions.Reverse().ToEquatableArray(),
                Edges = theory.Edges.Reverse().ToEquatableArray(),
            },
            Stakeholders = model.Stakeholders.Reverse().ToEquatableArray(),
            Relations = model.Relations.Reverse().ToEquatableArray(),
        };

        Assert.Equal(Svgs(Report.ToHtml(model)), Svgs(Report.ToHtml(shuffled)));
    }

    [Fact]
    public void Diagnostics_are_listed_errors_first()
    {
        var document = Parse(Report.ToHtml(ReportFixtures.Overvecht(), ReportFixtures.WithInputs()));

        var codes = SectionTable(document, "diagnostics").Descendants("tr").Skip(1).Select(tr => tr.Elements("td").First().Value).ToList();

        Assert.Equal(["WA0001", "WA0003"], codes);
    }

    [Fact]
    public void A_validation_run_fills_the_diagnostics_with_its_codes_severities_and_subjects()
    {
        var model = ReportFixtures.Overvecht();
        var result = Validator.Validate(model);

        var options = new ReportOptions().WithValidation(result);

        Assert.Equal(result.Diagnostics.Select(d => (d.Code, d.Message, d.Subjects)), options.Diagnostics!.Value.Select(d => (d.Code, d.Message, d.ElementIds)));
        Assert.Equal(result.ErrorCount, options.Diagnostics.Value.Count(d => d.Severity == ReportSeverity.Error));
        Assert.Equal(result.WarningCount, options.Diagnostics.Value.Count(d => d.Severity == ReportSeverity.Warning));
    }

    [Fact]
    public void A_rollup_fills_a_status_per_indicator_and_area_and_one_for_the_indicator_as_a_whole()
    {
        var model = ReportFixtures.Overvecht();
        var rollup = ImpactRollup.Compute(model);

        var statuses = new ReportOptions().WithRollup(rollup).IndicatorStatuses!.Value;

        Assert.Equal(rollup.Indicators.Count, statuses.Count(s => s.AreaId is not null));
        var overall = statuses.Single(s => s.AreaId is null && s.IndicatorId == new IndicatorId("ind-schulden"));
        var largest = rollup.Indicators.Where(s => s.IndicatorId == overall.IndicatorId && s.Latest is not null).MaxBy(s => s.Level)!;
        Assert.Equal((largest.Latest, largest.Progress), (overall.Latest, overall.Progress));
    }

    [Fact]
    public void A_scored_assessment_adds_a_score_per_answered_section()
    {
        var assessment = new Assessment("wmo", "Wijksteunpunten", new NodaTime.LocalDate(2025, 3, 1))
        {
            Answers = [new Answer("wmo.B.2", AnswerValue.Yes), new Answer("wmo.B.3", AnswerValue.Partly)],
        };
        var score = AssessmentScorer.Score(assessment);

        var scores = new ReportOptions().WithAssessment(score).ChecklistScores!.Value;

        var answered = score.Sections.Where(s => s.Summary.Yes + s.Summary.Partly + s.Summary.No > 0).ToList();
        Assert.Equal(answered.Select(s => s.Title.Nl), scores.Select(s => s.Part));
        Assert.Equal(answered.Select(s => s.Summary.Score), scores.Select(s => (double?)(s.Score / s.Maximum)));
    }

    [Fact]
    public void Missing_inputs_are_stated_rather_than_left_out()
    {
        var document = Parse(Report.ToHtml(ReportFixtures.Overvecht()));

        var diagnostics = document.Descendants("h2").Single(h => (string?)h.Attribute("id") == "diagnostics").ElementsAfterSelf().First();

        Assert.Equal("Het model is voor dit rapport niet gevalideerd.", diagnostics.Value);
    }

    [Fact]
    public void Checklist_scores_are_drawn_as_bars_with_a_table()
    {
        var document = Parse(Report.ToHtml(ReportFixtures.Overvecht(), ReportFixtures.WithInputs()));

        var rows = SectionTable(document, "checklists").Descendants("tr").Skip(1).Select(tr => tr.Elements("td").Select(td => td.Value).ToList()).ToList();

        Assert.Equal(["Beleidsontwerp", "6", "8", "75%", "–"], rows[0]);
        Assert.Equal(2, rows.Count);
    }

    [Fact]
    public void Indicator_progress_is_worded_overall_and_per_area()
    {
        var document = Parse(Report.ToHtml(ReportFixtures.Overvecht(), ReportFixtures.WithInputs()));

        var overall = SectionTable(document, "indicators").Descendants("tr").Skip(1).First().Elements("td").Last().Value;
        var perArea = document.Descendants("h3").Single(h => (string?)h.Attribute("id") == "indicator-ind-schulden")
            .ElementsAfterSelf("table").First().Descendants("tr").Skip(1).Select(tr => tr.Elements("td").Last().Value).ToList();

        Assert.Equal("onderweg (40%); 2 van 2 buurten", overall);
        Assert.Equal(["onderweg (50%)", "verslechterd (-5%)"], perArea);
    }

    [Fact]
    public void Dutch_numbers_use_a_decimal_comma_and_a_thousands_point()
    {
        var document = Parse(Report.ToHtml(ReportFixtures.Overvecht()));

        var rows = SectionTable(document, "areas").Descendants("tr").ToList();
        var overvecht = rows.Single(tr => tr.Elements("td").FirstOrDefault()?.Value == "Overvecht");
        var zamenhof = rows.Single(tr => tr.Elements("td").FirstOrDefault()?.Value == "Zamenhof");

        Assert.Equal("33.000", overvecht.Elements("td").ElementAt(3).Value);
        Assert.Equal("18,2", zamenhof.Elements("td").ElementAt(7).Nodes().OfType<XText>().Single().Value);
    }

    [Fact]
    public void An_empty_model_still_gives_a_complete_report()
    {
        var document = Parse(Report.ToHtml(new WijkaanpakModel { Name = "Leeg" }));

        Assert.Equal(7, document.Descendants("h2").Count());
        Assert.Empty(document.Descendants("svg"));
    }

    internal static XDocument Parse(string html)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore };
        using var reader = XmlReader.Create(new StringReader(html), settings);
        return XDocument.Load(reader);
    }

    private static List<string> Headings(XDocument document) => document.Descendants("h2").Select(h => h.Value).ToList();

    private static XElement SectionTable(XDocument document, string section) =>
        document.Descendants("h2").Single(h => (string?)h.Attribute("id") == section)
            .ElementsAfterSelf().TakeWhile(e => e.Name != None + "h2").First(e => e.Name == None + "table");

    private static List<string> Svgs(string html) => Parse(html).Descendants("svg").Select(s => s.ToString()).ToList();
}
