using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Export;

/// <summary>
/// Composes the sections of a report from a model and the report options: summary, theory of
/// change, indicators, areas side by side, alliance and network, diagnostics, checklist scores.
/// Every list is put in a fixed order, so the same input gives the same document.
/// </summary>
internal sealed class ReportComposer
{
    /// <summary>The most indicator columns shown in the areas table.</summary>
    private const int AreaIndicatorColumns = 4;

    private readonly WijkaanpakModel _model;
    private readonly ReportOptions _options;
    private readonly ReportText _text;
    private readonly List<ReportBlock> _blocks = [];

    private ReportComposer(WijkaanpakModel model, ReportOptions options)
    {
        _model = model;
        _options = options;
        _text = ReportText.For(options.Language);
    }

    /// <summary>The sections in order: their anchor and their title in both languages.</summary>
    internal static IReadOnlyList<(string Anchor, string Dutch, string English)> Sections { get; } =
    [
        ("summary", "Samenvatting", "Summary"),
        ("theory-of-change", "Verandertheorie", "Theory of change"),
        ("indicators", "Indicatoren", "Indicators"),
        ("areas", "Gebieden naast elkaar", "Areas side by side"),
        ("alliance", "Alliantie en netwerk", "Alliance and network"),
        ("diagnostics", "Diagnose van het model", "Model diagnostics"),
        ("checklists", "Checklistscores", "Checklist scores"),
    ];

    /// <summary>Composes the report for <paramref name="model"/>.</summary>
    public static ReportDocument Compose(WijkaanpakModel model, ReportOptions options)
    {
        var composer = new ReportComposer(model, options);
        composer.Summary();
        composer.TheoryOfChange();
        composer.Indicators();
        composer.Areas();
        composer.Alliance();
        composer.Diagnostics();
        composer.Checklists();
        var text = composer._text;
        var subtitle = options.AsOf is { } asOf ? text.Pick("Peildatum ", "As of ") + text.Date(asOf) : null;
        return new ReportDocument(options.Title ?? model.Name, subtitle, text.Code, composer._blocks);
    }

    private string T(string dutch, string english) => _text.Pick(dutch, english);

    private void Section(int index)
    {
        var (anchor, dutch, english) = Sections[index];
        _blocks.Add(new HeadingBlock(2, T(dutch, english), anchor));
    }

    private void Paragraph(string text) => _blocks.Add(new ParagraphBlock(text));

    private void Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<ReportCell>> rows, params int[] numericColumns) =>
        _blocks.Add(new TableBlock(header, rows.ToList(), numericColumns.ToHashSet()));

    private void Summary()
    {
        Section(0);
        var summary = ModelSummary.Of(_model);
        if (!string.IsNullOrWhiteSpace(_model.Description))
        {
            Paragraph(_model.Description);
        }

        if (summary.Horizon is { } horizon)
        {
            Paragraph(T("Looptijd: ", "Horizon: ") + _text.Period(horizon));
        }

        var measurements = _text.Count(summary.Measurements);
        var span = summary.MeasurementSpan is { } s ? $" ({_text.Period(s)})" : string.Empty;
        Table(
            [T("Onderdeel", "Element"), T("Aantal", "Count")],
            [
                [T("Gebieden", "Areas"), _text.Count(summary.AreasByLevel.Sum(p => p.Value))],
                [T("Opgaven", "Opgaven (challenges)"), _text.Count(summary.Opgaven)],
                [T("Doelen", "Goals"), _text.Count(summary.GoalsByLevel.Sum(p => p.Value))],
                [T("Interventies", "Interventions"), _text.Count(summary.InterventionsByKind.Sum(p => p.Value))],
                [T("Randvoorwaarden", "Preconditions"), _text.Count(summary.Preconditions)],
                [T("Aannames", "Assumptions"), _text.Count(summary.Assumptions)],
                [T("Indicatoren", "Indicators"), _text.Count(summary.IndicatorsByLevel.Sum(p => p.Value))],
                [T("Metingen", "Measurements"), measurements + span],
                [T("Belanghebbenden", "Stakeholders"), _text.Count(summary.Stakeholders)],
                [T("Relaties tussen belanghebbenden", "Relations between stakeholders"), _text.Count(summary.Relations)],
                [T("Uitvoeringsprogramma's", "Implementation programmes"), _text.Count(summary.Programmes)],
            ],
            1);

        if (summary.Alliantie is { } alliantie)
        {
            Paragraph(T($"Alliantie: {alliantie}, met {_text.Count(summary.AllianceMembers.Count)} partners.", $"Alliance: {alliantie}, with {_text.Count(summary.AllianceMembers.Count)} partners."));
        }

        if (_model.Opgaven.Count > 0)
        {
            Paragraph(T("De opgaven:", "The opgaven (challenges):"));
            _blocks.Add(new ListBlock(_model.Opgaven.Select(o => string.IsNullOrWhiteSpace(o.Description) ? o.Name : $"{o.Name}: {o.Description}").ToList()));
        }

        if (_options.Diagnostics is { } diagnostics)
        {
            Paragraph(DiagnosticCounts(diagnostics));
        }

        if (!string.IsNullOrWhiteSpace(_model.Provenance))
        {
            Paragraph(T("Herkomst van de cijfers: ", "Where the figures come from: ") + _model.Provenance);
        }
    }

    private void TheoryOfChange()
    {
        Section(1);
        var theory = _model.TheoryOfChange;
        var view = ChangeGraphView.Of(theory);
        if (view.Nodes.Count == 0)
        {
            Paragraph(T("Het model bevat nog geen verandertheorie.", "The model has no theory of change yet."));
            return;
        }

        if (!string.IsNullOrWhiteSpace(theory.Name))
        {
            Paragraph(theory.Name);
        }

        var pictures = TheoryOfChangeDiagram.Draw(view, _text);
        if (pictures.Count == 0)
        {
            Paragraph(T(
                $"De verandertheorie telt {_text.Count(view.Nodes.Count)} knopen: te veel voor één plaat (meer dan {TheoryOfChangeDiagram.MaximumNodes}). De export naar DOT (Graphviz) tekent haar wel.",
                $"The theory of change has {_text.Count(view.Nodes.Count)} nodes: too many for one picture (more than {TheoryOfChangeDiagram.MaximumNodes}). The DOT (Graphviz) export draws it."));
        }
        else
        {
            if (pictures.Count > 1)
            {
                Paragraph(T(
                    $"De verandertheorie is te breed voor één pagina en staat hieronder in {_text.Count(pictures.Count)} platen: één per {_text.Name(pictures[0].Root!.Level!.Value).ToLowerInvariant()} met alles wat eraan bijdraagt.",
                    $"The theory of change is too wide for one page and is drawn in {_text.Count(pictures.Count)} pictures below: one per {_text.Name(pictures[0].Root!.Level!.Value).ToLowerInvariant()} with everything that contributes to it."));
            }

            var legend = T(
                "Van interventies (onder) via prestaties en doelen naar de missie (boven). Pijlen: draagt bij aan (gestreept: indirect); stippellijnen: randvoorwaarden en aannames, naast wat erop rust.",
                "From interventions (bottom) through outputs and goals to the mission (top). Arrows: contributes to (dashed: indirect); dotted lines: preconditions and assumptions, beside what rests on them.");
            foreach (var picture in pictures)
            {
                var caption = picture.Root is { } root
                    ? T("Doel-middelketen van ", "Means and goals of ") + $"{_text.Name(root.Level!.Value).ToLowerInvariant()} '{root.Label}'. " + legend
                    : pictures.Count > 1 ? T("Doel-middelketen van wat bij geen van de bovenstaande hoort. ", "Means and goals belonging to none of the above. ") + legend
                    : T("Doel-middelketen. ", "Means and goals. ") + legend;
                _blocks.Add(new FigureBlock(picture.Svg, caption, MermaidExporter.Render(picture.View)));
            }
        }

        if (theory.Interventions.Count > 0)
        {
            InterventionTable(theory);
        }

        if (theory.Preconditions.Count > 0)
        {
            Paragraph(T("Randvoorwaarden:", "Preconditions:"));
            _blocks.Add(new ListBlock(theory.Preconditions.OrderBy(p => p.Id).Select(p => $"{p.Name} ({_text.Name(p.Status)})").ToList()));
        }

        if (theory.Assumptions.Count > 0)
        {
            Paragraph(T("Aannames:", "Assumptions:"));
            _blocks.Add(new ListBlock(theory.Assumptions.OrderBy(a => a.Id).Select(a => a.Statement).ToList()));
        }
    }

    private void InterventionTable(TheoryOfChange theory)
    {
        var goalsOf = theory.Edges.Where(e => e.Kind == ChangeEdgeKind.ContributesTo).ToLookup(e => e.From, e => e.To);
        var rows = theory.Interventions.OrderBy(i => i.Id).Select(i => (IReadOnlyList<ReportCell>)
        [
            i.Name,
            _text.Name(i.Kind),
            i.OwnerId is { } owner ? StakeholderName(owner) : "–",
            i.Period is { } period ? _text.Period(period) : "–",
            i.Budget is { } budget ? _text.Euros(budget) : "–",
            string.Join("; ", goalsOf[i.Id].Distinct().Order().Select(NodeName)),
        ]);
        Table([T("Interventie", "Intervention"), T("Soort", "Kind"), T("Trekker", "Owner"), T("Periode", "Period"), T("Budget", "Budget"), T("Draagt bij aan", "Contributes to")], rows, 4);
    }

    private void Indicators()
    {
        Section(2);
        if (_model.Indicators.Count == 0)
        {
            Paragraph(T("Het model bevat geen indicatoren.", "The model has no indicators."));
            return;
        }

        var statuses = _options.IndicatorStatuses;
        if (statuses is null)
        {
            Paragraph(T(
                "De voortgang is niet berekend; de tabel toont nulmeting, laatste meting en streefwaarde zoals ze in het model staan.",
                "Progress was not computed; the table shows baseline, latest measurement and target as they are in the model."));
        }

        var indicators = _model.Indicators.DistinctBy(i => i.Id).OrderByDescending(i => i.IsCore).ThenBy(i => i.Id).ToList();
        var overall = (statuses ?? default).Where(s => s.AreaId is null).DistinctBy(s => s.IndicatorId).ToDictionary(s => s.IndicatorId);
        var byIndicator = MeasurementsByIndicator();
        var rows = indicators.Select(i => (IReadOnlyList<ReportCell>)
        [
            i.IsCore ? i.Name + " *" : i.Name,
            _text.Name(i.Level),
            i.Unit ?? "–",
            _text.Name(i.Polarity),
            i.Baseline is { } b ? $"{_text.Number(b.Value)} ({_text.Date(b.Date)})" : "–",
            Latest(i, overall.GetValueOrDefault(i.Id), byIndicator[i.Id]),
            i.Targets.OrderBy(t => t.Date).LastOrDefault() is { Value: { } value } last ? $"{_text.Number(value)} ({_text.Date(last.Date)})" : "–",
            Progress(overall.GetValueOrDefault(i.Id)),
        ]);
        Table(
            [T("Indicator", "Indicator"), T("Niveau", "Level"), T("Eenheid", "Unit"), T("Richting", "Direction"), T("Nulmeting", "Baseline"), T("Laatste meting", "Latest"), T("Streefwaarde", "Target"), T("Voortgang", "Progress")],
            rows);
        if (indicators.Any(i => i.IsCore))
        {
            Paragraph(T("* kernindicator", "* core indicator"));
        }

        foreach (var indicator in indicators.Where(i => byIndicator[i.Id].Any()))
        {
            IndicatorTrend(indicator, byIndicator[indicator.Id].ToList());
        }
    }

    private void IndicatorTrend(Indicator indicator, List<Measurement> measurements)
    {
        _blocks.Add(new HeadingBlock(3, indicator.Name, "indicator-" + AnchorOf(indicator.Id.Value)));
        var perArea = measurements.GroupBy(m => m.AreaId).OrderBy(g => g.Key).ToList();
        var series = perArea
            .Select(g => new TrendSeries(AreaName(g.Key), g.OrderBy(m => m.Date).Select(m => (m.Date, m.Value)).ToList()))
            .ToList();
        var targets = indicator.Targets.Where(t => t.Value is not null).OrderBy(t => t.Date).Select(t => (t.Date, t.Value!.Value)).ToList();
        var title = T($"Verloop van {indicator.Name}", $"Trend of {indicator.Name}");
        var svg = TrendChart.Draw(title, series, indicator.Baseline?.Value, targets, _text);
        var caption = indicator.Unit is { } unit ? $"{title} ({unit})" : title;
        if (series.Count > TrendChart.Palette.Length)
        {
            caption += T(
                $"; de eerste {TrendChart.Palette.Length} van {series.Count} gebieden getekend",
                $"; the first {TrendChart.Palette.Length} of {series.Count} areas drawn");
        }

        _blocks.Add(new FigureBlock(svg, caption, null));
        var statuses = _options.IndicatorStatuses is { } given
            ? given.Where(s => s.IndicatorId == indicator.Id && s.AreaId is not null).DistinctBy(s => s.AreaId).ToDictionary(s => s.AreaId!.Value)
            : null;
        var rows = perArea.Select(g =>
        {
            var ordered = g.OrderBy(m => m.Date).ToList();
            var row = new List<ReportCell>
            {
                AreaName(g.Key),
                $"{_text.Number(ordered[0].Value)} ({_text.Date(ordered[0].Date)})",
                $"{_text.Number(ordered[^1].Value)} ({_text.Date(ordered[^1].Date)})",
                _text.Count(ordered.Count),
            };
            if (statuses is not null)
            {
                row.Add(Progress(statuses.GetValueOrDefault(g.Key)));
            }

            return (IReadOnlyList<ReportCell>)row;
        });
        List<string> header = [T("Gebied", "Area"), T("Eerste meting", "First measurement"), T("Laatste meting", "Latest measurement"), T("Metingen", "Measurements")];
        if (statuses is not null)
        {
            header.Add(T("Voortgang", "Progress"));
        }

        Table(header, rows, 3);
    }

    private void Areas()
    {
        Section(3);
        if (_model.Areas.Count == 0)
        {
            Paragraph(T("Het model bevat geen gebieden.", "The model has no areas."));
            return;
        }

        var byIndicator = MeasurementsByIndicator();
        var columns = _model.Indicators.DistinctBy(i => i.Id)
            .Where(i => byIndicator[i.Id].Any())
            .OrderByDescending(i => i.IsCore).ThenBy(i => i.Id)
            .Take(AreaIndicatorColumns)
            .ToList();
        var header = new List<string>
        {
            T("Gebied", "Area"), T("Schaalniveau", "Scale level"), T("CBS-code", "CBS code"), T("Inwoners", "Residents"),
            T("Huishoudens", "Households"), T("Achterstandsscore", "Deprivation score"), T("Aanduidingen", "Designations"),
        };
        header.AddRange(columns.Select(c => c.Unit is { } unit ? $"{c.Name} ({unit})" : c.Name));
        var rows = _model.Areas.DistinctBy(a => a.Id).Select(area =>
        {
            var row = new List<ReportCell>
            {
                area.Name,
                _text.Name(area.Level),
                area.CbsCode?.ToString() ?? "–",
                area.Population is { } p ? _text.Count(p) : "–",
                area.Households is { } h ? _text.Count(h) : "–",
                area.DeprivationScore is { } d ? _text.Number(d) : "–",
                area.Designations.Count > 0 ? string.Join(", ", area.Designations) : "–",
            };
            foreach (var indicator in columns)
            {
                var values = byIndicator[indicator.Id].Where(m => m.AreaId == area.Id).OrderBy(m => m.Date).ToList();
                row.Add(values.Count == 0
                    ? "–"
                    : new ReportCell(_text.Number(values[^1].Value), Sparkline.Draw(values.Select(v => v.Value).ToList(), $"{indicator.Name}, {area.Name}")));
            }

            return (IReadOnlyList<ReportCell>)row;
        });
        Table(header, rows, [3, 4, 5, .. Enumerable.Range(7, columns.Count)]);
        if (columns.Count > 0)
        {
            Paragraph(T(
                "De indicatorkolommen tonen de laatste meting per gebied, met het verloop als kleine lijn.",
                "The indicator columns show the latest measurement per area, with its course as a small line."));
        }
    }

    private void Alliance()
    {
        Section(4);
        if (_model.Alliantie is not { } alliantie)
        {
            Paragraph(T("Er is (nog) geen alliantie gevormd.", "No alliance has been formed (yet)."));
        }
        else
        {
            AllianceDetails(alliantie);
        }

        var picture = StakeholderDiagram.Draw(_model, _text);
        if (picture is not null)
        {
            _blocks.Add(new HeadingBlock(3, T("Netwerk van belanghebbenden", "Stakeholder network"), "network"));
            var caption = T(
                "Belanghebbenden en hun relaties; kleur per soort partij, grootte naar aantal relaties, alliantieleden zwart omrand.",
                "Stakeholders and their relations; colour by type of party, size by number of relations, alliance members ringed in black.");
            _blocks.Add(new FigureBlock(picture.Svg, caption, MermaidExporter.StakeholderGraph(_model, _text.Language)));
            if (picture.Unlabelled.Count > 0)
            {
                Paragraph(T("Zonder naam in de plaat (de naam staat bij het aanwijzen van de cirkel):", "Drawn without a label (the name shows when pointing at the circle):"));
                Table([T("Belanghebbende", "Stakeholder"), T("Soort partij", "Type of party")], picture.Unlabelled.Select(s => (IReadOnlyList<ReportCell>)[s.Name, _text.Name(s.Type)]));
            }
        }
        else if (_model.Stakeholders.Count > StakeholderDiagram.MaximumNodes)
        {
            Paragraph(T(
                $"Het netwerk telt {_text.Count(_model.Stakeholders.Count)} belanghebbenden: te veel voor één plaat. De export naar DOT (Graphviz, bijvoorbeeld sfdp) tekent het wel.",
                $"The network has {_text.Count(_model.Stakeholders.Count)} stakeholders: too many for one picture. The DOT (Graphviz, e.g. sfdp) export draws it."));
        }
    }

    private void AllianceDetails(Alliantie alliantie)
    {
        var facts = new List<string> { alliantie.Name };
        if (alliantie.Founded is { } founded)
        {
            facts.Add(T("opgericht ", "founded ") + _text.Date(founded));
        }

        if (alliantie.ResidentInvolvement is { } variant)
        {
            facts.Add(T("bewonersbetrokkenheid variant ", "resident involvement variant ") + variant);
        }

        Paragraph(string.Join(", ", facts) + ".");
        if (alliantie.Members.Count > 0)
        {
            var rows = alliantie.Members.OrderBy(m => m.Joined).ThenBy(m => m.StakeholderId).Select(m => (IReadOnlyList<ReportCell>)
            [
                StakeholderName(m.StakeholderId),
                _model.FindStakeholder(m.StakeholderId) is { } s ? _text.Name(s.Type) : "–",
                _text.Date(m.Joined),
                m.Left is { } left ? _text.Date(left) : "–",
                m.Role ?? "–",
            ]);
            Table([T("Partner", "Partner"), T("Soort partij", "Type of party"), T("Lid sinds", "Member since"), T("Vertrokken", "Left"), T("Rol", "Role")], rows);
        }

        Commitments(alliantie);
        if (alliantie.Bodies.Count > 0)
        {
            Paragraph(T("Overleg en sturing:", "Governance bodies:"));
            _blocks.Add(new ListBlock(alliantie.Bodies.OrderBy(b => b.Level).ThenBy(b => b.Id).Select(b =>
                $"{b.Name} ({_text.Name(b.Level)})" + (b.MemberIds.Count > 0 ? ": " + string.Join(", ", b.MemberIds.Select(StakeholderName)) : string.Empty)).ToList()));
        }
    }

    private void Commitments(Alliantie alliantie)
    {
        if (alliantie.Commitments.Count == 0)
        {
            return;
        }

        var money = alliantie.Commitments.Where(c => c.Kind == CommitmentKind.Money && c.Amount is > 0)
            .GroupBy(c => c.StakeholderId).Select(g => (Id: g.Key, Total: g.Sum(c => c.Amount!.Value)))
            .OrderByDescending(p => p.Total).ThenBy(p => p.Id).ToList();
        if (money.Count > 0)
        {
            var largest = (double)money[0].Total;
            var title = T("Toegezegd geld per partner", "Money committed per partner");
            var svg = BarChart.Draw(title, money.Select(p => (StakeholderName(p.Id), (double)p.Total, largest, _text.Euros(p.Total))).ToList());
            _blocks.Add(new FigureBlock(svg, title, null));
        }

        var rows = alliantie.Commitments.OrderBy(c => c.StakeholderId).ThenBy(c => c.Kind).Select(c => (IReadOnlyList<ReportCell>)
        [
            StakeholderName(c.StakeholderId),
            _text.Name(c.Kind),
            c.Amount is not { } amount ? "–" : c.Kind == CommitmentKind.Money ? _text.Euros(amount) : _text.Number((double)amount) + (c.Kind == CommitmentKind.Capacity ? " fte" : string.Empty),
            string.Join("; ", c.TargetIds.Select(NodeName)),
            c.Description ?? "–",
        ]);
        Table([T("Partner", "Partner"), T("Inzet", "Commitment"), T("Omvang", "Amount"), T("Voor", "For"), T("Omschrijving", "Description")], rows, 2);
    }

    private void Diagnostics()
    {
        Section(5);
        if (_options.Diagnostics is not { } diagnostics)
        {
            Paragraph(T("Het model is voor dit rapport niet gevalideerd.", "The model was not validated for this report."));
            return;
        }

        Paragraph(DiagnosticCounts(diagnostics));
        var rows = diagnostics.OrderBy(d => d.Severity).ThenBy(d => d.Code, StringComparer.Ordinal).ThenBy(d => string.Join(' ', d.ElementIds), StringComparer.Ordinal)
            .Select(d => (IReadOnlyList<ReportCell>)[d.Code, _text.Name(d.Severity), d.Message, string.Join(", ", d.ElementIds)]);
        if (diagnostics.Count > 0)
        {
            Table([T("Code", "Code"), T("Ernst", "Severity"), T("Bevinding", "Finding"), T("Onderdelen", "Elements")], rows);
        }
    }

    private string DiagnosticCounts(EquatableArray<ReportDiagnostic> diagnostics)
    {
        if (diagnostics.Count == 0)
        {
            return T("De validatie vond geen bevindingen.", "Validation found nothing to report.");
        }

        var errors = diagnostics.Count(d => d.Severity == ReportSeverity.Error);
        var warnings = diagnostics.Count(d => d.Severity == ReportSeverity.Warning);
        var infos = diagnostics.Count - errors - warnings;
        return T(
            $"Bevindingen van de validatie: fouten {_text.Count(errors)}, waarschuwingen {_text.Count(warnings)}, opmerkingen {_text.Count(infos)}.",
            $"Validation findings: errors {_text.Count(errors)}, warnings {_text.Count(warnings)}, remarks {_text.Count(infos)}.");
    }

    private void Checklists()
    {
        Section(6);
        if (_options.ChecklistScores is not { Count: > 0 } scores)
        {
            Paragraph(T("Er is voor dit rapport geen checklist ingevuld.", "No checklist was filled in for this report."));
            return;
        }

        foreach (var checklist in scores.GroupBy(s => s.Checklist).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            _blocks.Add(new HeadingBlock(3, checklist.Key, "checklist-" + Slug(checklist.Key)));
            var items = checklist.ToList();
            var svg = BarChart.Draw(checklist.Key, items.Select(s => (s.Part, s.Score, s.Maximum, $"{_text.Number(s.Score)} / {_text.Number(s.Maximum)}")).ToList());
            _blocks.Add(new FigureBlock(svg, T($"Scores op {checklist.Key}", $"Scores on {checklist.Key}"), null));
            var rows = items.Select(s => (IReadOnlyList<ReportCell>)
                [s.Part, _text.Number(s.Score), _text.Number(s.Maximum), s.Maximum > 0 ? _text.Percent(s.Score / s.Maximum) : "–", s.Remark ?? "–"]);
            Table([T("Onderdeel", "Part"), T("Score", "Score"), T("Maximum", "Maximum"), T("Aandeel", "Share"), T("Opmerking", "Remark")], rows, 1, 2, 3);
        }
    }

    private ILookup<IndicatorId, Measurement> MeasurementsByIndicator() => _model.Measurements.ToLookup(m => m.IndicatorId);

    private string Latest(Indicator indicator, ReportIndicatorStatus? status, IEnumerable<Measurement> measurements)
    {
        if (status is { Latest: { } value })
        {
            return status.LatestDate is { } date ? $"{_text.Number(value)} ({_text.Date(date)})" : _text.Number(value);
        }

        var perArea = measurements.GroupBy(m => m.AreaId).ToList();
        if (perArea.Count == 1)
        {
            var last = perArea[0].MaxBy(m => m.Date)!;
            return $"{_text.Number(last.Value)} ({_text.Date(last.Date)})";
        }

        return perArea.Count == 0 ? "–" : T($"{perArea.Count} gebieden, zie verloop", $"{perArea.Count} areas, see trend");
    }

    private string Progress(ReportIndicatorStatus? status)
    {
        var words = status?.Progress switch
        {
            null => "–",
            >= 1 => T("streefwaarde bereikt", "target reached") + $" ({_text.Percent(status.Progress.Value)})",
            < 0 => T("verslechterd", "got worse") + $" ({_text.Percent(status.Progress.Value)})",
            { } p => T("onderweg", "on the way") + $" ({_text.Percent(p)})",
        };
        return status?.Remark is { } remark ? $"{words}; {remark}" : words;
    }

    private string AreaName(AreaId id) => _model.FindArea(id)?.Name ?? id.Value;

    private string StakeholderName(StakeholderId id) => _model.FindStakeholder(id)?.Name ?? id.Value;

    private string NodeName(NodeId id) =>
        _model.FindGoal(id)?.Name ?? _model.FindIntervention(id)?.Name ?? _model.FindPrecondition(id)?.Name ?? _model.FindAssumption(id)?.Statement ?? id.Value;

    /// <summary>
    /// An id as part of an anchor that is inert in HTML, Markdown and URLs: ASCII letters, digits and
    /// <c>-</c> kept, every other character written as <c>_</c> and its four-digit hex code, so that
    /// different ids keep different anchors and no id can close the link or start a new block.
    /// </summary>
    private static string AnchorOf(string id)
    {
        var anchor = new System.Text.StringBuilder(id.Length);
        foreach (var c in id)
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '-')
            {
                anchor.Append(c);
            }
            else
            {
                anchor.Append('_').Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return anchor.ToString();
    }

    private static string Slug(string text) =>
        new(text.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
}
