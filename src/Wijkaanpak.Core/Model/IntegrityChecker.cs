using System.Globalization;
using System.Text;
using NodaTime;

namespace Wijkaanpak.Core.Model;

/// <summary>
/// Walks a model once and collects its integrity problems; see <see cref="ModelIntegrity"/>. Node
/// ids and edge endpoints come resolved from <paramref name="nodes"/>, which a validation run
/// shares with its structural rules.
/// </summary>
internal sealed class IntegrityChecker(WijkaanpakModel model, TheoryOfChangeNodes nodes)
{
    private readonly List<ModelProblem> _problems = [];
    private readonly HashSet<string> _areas = new(model.Areas.Count, StringComparer.Ordinal);
    private readonly HashSet<string> _opgaven = new(model.Opgaven.Count, StringComparer.Ordinal);
    private readonly HashSet<string> _indicators = new(model.Indicators.Count, StringComparer.Ordinal);
    private readonly HashSet<string> _stakeholders = new(model.Stakeholders.Count, StringComparer.Ordinal);
    private readonly HashSet<string> _programmes = new(model.Programmes.Count, StringComparer.Ordinal);
    private readonly HashSet<string> _domains = new(StringComparer.Ordinal);
    private readonly At _alliantie = new(new JsonAt(default, "$.alliantie"), -1);

    public IReadOnlyList<ModelProblem> Problems => _problems;

    public void Run()
    {
        Text(default, "$.name", model.Name);
        Interval(default, "$.horizon", model.Horizon);
        Interval(default, "$.theoryOfChange.horizon", model.TheoryOfChange.Horizon);
        CollectIds();
        CheckAreas();
        CheckOpgaven();
        CheckTheoryOfChange();
        CheckIndicators();
        CheckMeasurements();
        CheckStakeholders();
        CheckAlliantie();
        CheckProgrammes();
        CheckFunnels();
        CheckSocialReturnCases();
    }

    private void CollectIds()
    {
        var taxonomies = new HashSet<string>(StringComparer.Ordinal);
        for (var t = 0; t < model.Taxonomies.Count; t++)
        {
            var taxonomy = model.Taxonomies[t];
            Unique(taxonomies, taxonomy.Id.Value, default, $"$.taxonomies[{t}].id", "taxonomy");
            Text(default, $"$.taxonomies[{t}].name", taxonomy.Name);
            for (var d = 0; d < taxonomy.Domains.Count; d++)
            {
                var domain = taxonomy.Domains[d];
                Unique(_domains, domain.Id.Value, default, $"$.taxonomies[{t}].domains[{d}].id", "domain");
                Text(default, $"$.taxonomies[{t}].domains[{d}].name", domain.Name);
            }
        }

        Each(model.Areas, default, "$.areas", (a, p) => Unique(_areas, a.Id.Value, p, ".id", "area"));
        Each(model.Opgaven, default, "$.opgaven", (o, p) => Unique(_opgaven, o.Id.Value, p, ".id", "opgave"));
        foreach (var anomaly in nodes.Anomalies)
        {
            NodeAnomaly(anomaly);
        }

        Each(model.Indicators, default, "$.indicators", (i, p) => Unique(_indicators, i.Id.Value, p, ".id", "indicator"));
        Each(model.Stakeholders, default, "$.stakeholders", (s, p) => Unique(_stakeholders, s.Id.Value, p, ".id", "stakeholder"));
        Each(model.Programmes, default, "$.programmes", (g, p) => Unique(_programmes, g.Id.Value, p, ".id", "programme"));
    }

    private void CheckAreas()
    {
        Each(model.Areas, default, "$.areas", (area, p) =>
        {
            Text(p, ".name", area.Name);
            Count(p, ".population", area.Population);
            Count(p, ".households", area.Households);
            Finite(p, ".deprivationScore", area.DeprivationScore);
            if (area.CbsCode is { } code && code.Level != area.Level)
            {
                Add(p, ".cbsCode", $"CBS code '{code}' denotes a {code.Level}, but the area is a {area.Level}.");
            }

            if (area.ParentId is { } parent)
            {
                Ref(_areas, parent.Value, p, ".parentId", "area");
                if (parent == area.Id)
                {
                    Add(p, ".parentId", $"Area '{area.Id}' is its own parent.");
                }
            }
        });
        CheckAreaCycles();
    }

    private void CheckAreaCycles()
    {
        var parents = new Dictionary<AreaId, AreaId>();
        foreach (var area in model.Areas)
        {
            if (area.ParentId is { } parent && parent != area.Id)
            {
                parents.TryAdd(area.Id, parent);
            }
        }

        var reported = new HashSet<AreaId>();
        for (var i = 0; i < model.Areas.Count; i++)
        {
            var start = model.Areas[i].Id;
            var seen = new List<AreaId> { start };
            var current = start;
            while (parents.TryGetValue(current, out var next) && seen.Count <= parents.Count)
            {
                if (next == start)
                {
                    if (seen.TrueForAll(reported.Add))
                    {
                        Add(default, $"$.areas[{i}].parentId", $"The area hierarchy has a cycle: {string.Join(" → ", seen)} → {start}.");
                    }

                    break;
                }

                if (seen.Contains(next))
                {
                    break;
                }

                seen.Add(next);
                current = next;
            }
        }
    }

    private void CheckOpgaven()
    {
        Each(model.Opgaven, default, "$.opgaven", (opgave, p) =>
        {
            Text(p, ".name", opgave.Name);
            Refs(_areas, opgave.AreaIds, a => a.Value, p, ".areaIds", "area");
            Refs(_domains, opgave.DomainIds, d => d.Value, p, ".domainIds", "domain");
            if (opgave.Urgency is { } urgency)
            {
                Refs(_stakeholders, urgency.RecognisedBy, s => s.Value, p, ".urgency.recognisedBy", "stakeholder");
                Date(p, ".urgency.since", urgency.Since);
            }

            Each(opgave.Evidence, p, ".evidence", (evidence, q) =>
            {
                Text(q, ".text", evidence.Text);
                if (evidence.IndicatorId is { } indicator)
                {
                    Ref(_indicators, indicator.Value, q, ".indicatorId", "indicator");
                }
            });
        });
    }

    private void CheckTheoryOfChange()
    {
        var toc = model.TheoryOfChange;
        Each(toc.Goals, default, "$.theoryOfChange.goals", (goal, p) =>
        {
            Text(p, ".name", goal.Name);
            Refs(_areas, goal.AreaIds, a => a.Value, p, ".areaIds", "area");
            Refs(_opgaven, goal.OpgaveIds, o => o.Value, p, ".opgaveIds", "opgave");
            Refs(_domains, goal.DomainIds, d => d.Value, p, ".domainIds", "domain");
            Refs(_indicators, goal.IndicatorIds, i => i.Value, p, ".indicatorIds", "indicator");
            Refs(_stakeholders, goal.AccountableIds, s => s.Value, p, ".accountableIds", "stakeholder");
            Date(p, ".due", goal.Due);
        });
        Each(toc.Interventions, default, "$.theoryOfChange.interventions", (intervention, p) =>
        {
            Text(p, ".name", intervention.Name);
            if (intervention.OwnerId is { } owner)
            {
                Ref(_stakeholders, owner.Value, p, ".ownerId", "stakeholder");
            }

            Refs(_stakeholders, intervention.ContributorIds, s => s.Value, p, ".contributorIds", "stakeholder");
            Amount(p, ".budget", intervention.Budget);
            Amount(p, ".fte", intervention.Fte);
            Interval(p, ".period", intervention.Period);
            if (intervention.ProgrammeId is { } programme)
            {
                Ref(_programmes, programme.Value, p, ".programmeId", "programme");
            }

            Refs(_areas, intervention.AreaIds, a => a.Value, p, ".areaIds", "area");
            Refs(_domains, intervention.DomainIds, d => d.Value, p, ".domainIds", "domain");
            Refs(_indicators, intervention.IndicatorIds, i => i.Value, p, ".indicatorIds", "indicator");
        });
        Each(toc.Preconditions, default, "$.theoryOfChange.preconditions", (c, p) => Text(p, ".name", c.Name));
        Each(toc.Assumptions, default, "$.theoryOfChange.assumptions", (a, p) => Text(p, ".statement", a.Statement));
        var edges = new JsonAt(default, "$.theoryOfChange.edges");
        for (var e = 0; e < toc.Edges.Count; e++)
        {
            CheckEdge(toc.Edges[e], nodes.EdgeFrom[e], nodes.EdgeTo[e], new At(edges, e));
        }
    }

    private void CheckEdge(ChangeEdge edge, int from, int to, At p)
    {
        var fromKind = Resolved(from, edge.From, p, ".from");
        var toKind = Resolved(to, edge.To, p, ".to");
        Weight(p, ".weight", edge.Weight);

        if (fromKind is null || toKind is null)
        {
            return;
        }

        var expected = edge.Kind switch
        {
            ChangeEdgeKind.RequiresPrecondition => NodeKind.Precondition,
            ChangeEdgeKind.RestsOnAssumption => NodeKind.Assumption,
            _ => (NodeKind?)null,
        };
        if (expected is { } kind && toKind != kind)
        {
            Add(p, ".to", $"A {edge.Kind} edge must point to a {kind}, but '{edge.To}' is a {toKind}.");
        }

        if (edge.Kind == ChangeEdgeKind.ContributesTo && toKind != NodeKind.Goal)
        {
            Add(p, ".to", $"A contribution must point to a goal, but '{edge.To}' is a {toKind}.");
        }

        if (edge.Kind == ChangeEdgeKind.ContributesTo && fromKind is not (NodeKind.Goal or NodeKind.Intervention))
        {
            Add(p, ".from", $"Only goals and interventions contribute to goals, but '{edge.From}' is a {fromKind}.");
        }
    }

    private void CheckIndicators()
    {
        Each(model.Indicators, default, "$.indicators", (indicator, p) =>
        {
            Text(p, ".name", indicator.Name);
            Refs(_domains, indicator.DomainIds, d => d.Value, p, ".domainIds", "domain");
            if (indicator.Aggregation is AggregationKind.WeightedMean or AggregationKind.Index && indicator.WeightBasis is null)
            {
                Add(p, ".weightBasis", $"A {indicator.Aggregation} indicator needs a weight basis (population, households or respondents) to roll up.");
            }

            if (indicator.Source is { } source)
            {
                Text(p, ".source.name", source.Name);
                if (source.OwnerId is { } owner)
                {
                    Ref(_stakeholders, owner.Value, p, ".source.ownerId", "stakeholder");
                }

                PositivePeriod(p, ".source.updateFrequency", source.UpdateFrequency);
            }

            PositivePeriod(p, ".frequency", indicator.Frequency);
            if (indicator.Baseline is { } baseline)
            {
                Finite(p, ".baseline.value", baseline.Value);
                Date(p, ".baseline.date", baseline.Date);
                OptionalArea(p, ".baseline.areaId", baseline.AreaId);
            }

            Each(indicator.Targets, p, ".targets", (target, q) =>
            {
                Finite(q, ".value", target.Value);
                Date(q, ".date", target.Date);
                OptionalArea(q, ".areaId", target.AreaId);
                if (target.Value is null && target.Frame is null)
                {
                    Add(q, string.Empty, "A target needs a value or a reference frame to reach.");
                }

                Each(target.Milestones, q, ".milestones", (m, r) =>
                {
                    Finite(r, ".value", m.Value);
                    Date(r, ".date", m.Date);
                });
            });
            Each(indicator.ReferenceValues, p, ".referenceValues", (r, q) =>
            {
                Finite(q, ".value", r.Value);
                Date(q, ".date", r.Date);
            });
        });
    }

    private void CheckMeasurements()
    {
        Each(model.Measurements, default, "$.measurements", (m, p) =>
        {
            Ref(_indicators, m.IndicatorId.Value, p, ".indicatorId", "indicator");
            Ref(_areas, m.AreaId.Value, p, ".areaId", "area");
            Date(p, ".date", m.Date);
            Finite(p, ".value", m.Value);
            Finite(p, ".numerator", m.Numerator);
            Finite(p, ".denominator", m.Denominator);
            Count(p, ".sampleSize", m.SampleSize);
            if (m.Denominator is 0)
            {
                Add(p, ".denominator", "A denominator of 0 makes the ratio undefined.");
            }
        });
    }

    private void CheckStakeholders()
    {
        Each(model.Stakeholders, default, "$.stakeholders", (s, p) =>
        {
            Text(p, ".name", s.Name);
            if (s.ParentId is { } parent)
            {
                Ref(_stakeholders, parent.Value, p, ".parentId", "stakeholder");
            }

            Refs(_domains, s.DomainIds, d => d.Value, p, ".domainIds", "domain");
            UnitInterval(p, ".power", s.Power);
            UnitInterval(p, ".legitimacy", s.Legitimacy);
            UnitInterval(p, ".urgency", s.Urgency);
            UnitInterval(p, ".interest", s.Interest);
        });
        Each(model.Relations, default, "$.relations", (r, p) =>
        {
            Ref(_stakeholders, r.From.Value, p, ".from", "stakeholder");
            Ref(_stakeholders, r.To.Value, p, ".to", "stakeholder");
            Weight(p, ".weight", r.Weight);
        });
    }

    private void CheckAlliantie()
    {
        if (model.Alliantie is not { } alliantie)
        {
            return;
        }

        Text(_alliantie, ".name", alliantie.Name);
        Date(_alliantie, ".founded", alliantie.Founded);
        Each(alliantie.Members, _alliantie, ".members", (m, p) =>
        {
            Ref(_stakeholders, m.StakeholderId.Value, p, ".stakeholderId", "stakeholder");
            Date(p, ".joined", m.Joined);
            Date(p, ".left", m.Left);
            if (m.Left is { } left && left < m.Joined)
            {
                Add(p, ".left", $"Left {left:uuuu-MM-dd} is before joined {m.Joined:uuuu-MM-dd}.");
            }
        });
        Each(alliantie.Commitments, _alliantie, ".commitments", (c, p) =>
        {
            Ref(_stakeholders, c.StakeholderId.Value, p, ".stakeholderId", "stakeholder");
            Amount(p, ".amount", c.Amount);
            Interval(p, ".period", c.Period);
            for (var i = 0; i < c.TargetIds.Count; i++)
            {
                var kind = NodeRef(c.TargetIds[i], p, ".targetIds", i);
                if (kind is NodeKind.Precondition or NodeKind.Assumption)
                {
                    Add(p, ".targetIds", i, $"A commitment serves goals and interventions, but '{c.TargetIds[i]}' is a {kind}.");
                }
            }
        });
        Each(alliantie.ExpectedBenefits, _alliantie, ".expectedBenefits", (b, p) =>
        {
            Ref(_stakeholders, b.StakeholderId.Value, p, ".stakeholderId", "stakeholder");
            Text(p, ".description", b.Description);
        });
        var bodies = new HashSet<string>(StringComparer.Ordinal);
        Each(alliantie.Bodies, _alliantie, ".bodies", (b, p) =>
        {
            Unique(bodies, b.Id.Value, p, ".id", "governance body");
            Text(p, ".name", b.Name);
            Refs(_stakeholders, b.MemberIds, s => s.Value, p, ".memberIds", "stakeholder");
            if (b.ChairId is { } chair)
            {
                Ref(_stakeholders, chair.Value, p, ".chairId", "stakeholder");
            }

            PositivePeriod(p, ".meetingInterval", b.MeetingInterval);
        });
        if (alliantie.ProcessDirection is { } direction)
        {
            Text(_alliantie, ".processDirection.name", direction.Name);
            if (direction.EmployerId is { } employer)
            {
                Ref(_stakeholders, employer.Value, _alliantie, ".processDirection.employerId", "stakeholder");
            }

            Count(_alliantie, ".processDirection.staff", direction.Staff);
        }

        if (alliantie.Contract is { } contract)
        {
            Text(_alliantie, ".contract.name", contract.Name);
            Refs(_stakeholders, contract.SignatoryIds, s => s.Value, _alliantie, ".contract.signatoryIds", "stakeholder");
            PositivePeriod(_alliantie, ".contract.reviewInterval", contract.ReviewInterval);
            Date(_alliantie, ".contract.signedOn", contract.SignedOn);
            Date(_alliantie, ".contract.lastReviewedOn", contract.LastReviewedOn);
            if (contract.LastReviewedOn is { } reviewed && reviewed < contract.SignedOn)
            {
                Add(_alliantie, ".contract.lastReviewedOn", $"Last review {reviewed:uuuu-MM-dd} is before signing {contract.SignedOn:uuuu-MM-dd}.");
            }
        }
    }

    private void CheckProgrammes()
    {
        var lines = new HashSet<string>(StringComparer.Ordinal);
        Each(model.Programmes, default, "$.programmes", (programme, p) =>
        {
            Text(p, ".name", programme.Name);
            Interval(p, ".period", programme.Period);
            if (programme.PredecessorId is { } predecessor)
            {
                Ref(_programmes, predecessor.Value, p, ".predecessorId", "programme");
            }

            for (var i = 0; i < programme.GoalIds.Count; i++)
            {
                var kind = NodeRef(programme.GoalIds[i], p, ".goalIds", i);
                if (kind is not null and not NodeKind.Goal)
                {
                    Add(p, ".goalIds", i, $"'{programme.GoalIds[i]}' is a {kind}, not a goal.");
                }
            }

            Each(programme.BudgetLines, p, ".budgetLines", (line, q) =>
            {
                Unique(lines, line.Id.Value, q, ".id", "budget line");
                Text(q, ".name", line.Name);
                if (line.FunderId is { } funder)
                {
                    Ref(_stakeholders, funder.Value, q, ".funderId", "stakeholder");
                }

                if (line.InterventionId is { } intervention && NodeRef(intervention, q, ".interventionId") is { } kind and not NodeKind.Intervention)
                {
                    Add(q, ".interventionId", $"'{intervention}' is a {kind}, not an intervention.");
                }

                Amount(q, ".pledged", line.Pledged);
                Amount(q, ".granted", line.Granted);
                Amount(q, ".spent", line.Spent);
                Interval(q, ".period", line.Period);
            });
        });
    }

    private void CheckFunnels()
    {
        var funnels = new HashSet<string>(StringComparer.Ordinal);
        Each(model.Funnels, default, "$.funnels", (funnel, p) =>
        {
            Unique(funnels, funnel.Id.Value, p, ".id", "funnel");
            Text(p, ".name", funnel.Name);
            OptionalArea(p, ".areaId", funnel.AreaId);
            Interval(p, ".period", funnel.Period);
            Each(funnel.Stages, p, ".stages", (stage, q) =>
            {
                Text(q, ".name", stage.Name);
                FiniteNonNegative(q, ".count", stage.Count);
            });
        });
    }

    private void CheckSocialReturnCases()
    {
        var cases = new HashSet<string>(StringComparer.Ordinal);
        Each(model.SocialReturnCases, default, "$.socialReturnCases", (c, p) =>
        {
            Unique(cases, c.Id.Value, p, ".id", "social-return case");
            Text(p, ".name", c.Name);
            UnitInterval(p, ".discountRate", c.DiscountRate);
            Each(c.Investments, p, ".investments", (investment, q) =>
            {
                Ref(_stakeholders, investment.StakeholderId.Value, q, ".stakeholderId", "stakeholder");
                Amount(q, ".amount", investment.Amount);
            });
            Each(c.Outcomes, p, ".outcomes", (outcome, q) =>
            {
                Text(q, ".name", outcome.Name);
                FiniteNonNegative(q, ".quantity", outcome.Quantity);
                Amount(q, ".financialProxy", outcome.FinancialProxy);
                UnitInterval(q, ".deadweight", outcome.Deadweight);
                UnitInterval(q, ".displacement", outcome.Displacement);
                UnitInterval(q, ".attribution", outcome.Attribution);
                UnitInterval(q, ".dropOff", outcome.DropOff);
                if (outcome.Duration < 1)
                {
                    Add(q, ".duration", $"A duration of {outcome.Duration} years is less than 1.");
                }
                else if (outcome.Duration > ModelRanges.MaxDurationYears)
                {
                    Add(q, ".duration", $"A duration of {outcome.Duration} years is more than the supported {ModelRanges.MaxDurationYears}.");
                }

                if (outcome.BeneficiaryId is { } beneficiary)
                {
                    Ref(_stakeholders, beneficiary.Value, q, ".beneficiaryId", "stakeholder");
                }
            });
        });
    }

    private void NodeAnomaly(NodeAnomaly anomaly)
    {
        var list = anomaly.Kind switch
        {
            NodeKind.Goal => "$.theoryOfChange.goals",
            NodeKind.Intervention => "$.theoryOfChange.interventions",
            NodeKind.Precondition => "$.theoryOfChange.preconditions",
            _ => "$.theoryOfChange.assumptions",
        };
        var at = new At(new JsonAt(default, list), anomaly.Position);
        if (anomaly.FirstVertex < 0)
        {
            Add(at, ".id", "The id is empty.");
        }
        else
        {
            Add(at, ".id", $"Duplicate node id '{nodes.Ids[anomaly.FirstVertex]}': already used by a {nodes.Kinds[anomaly.FirstVertex]}.");
        }
    }

    private NodeKind? NodeRef(NodeId id, At at, string field, int index = -1) => Resolved(nodes.VertexOf(id), id, at, field, index);

    /// <summary>The kind of the node at <paramref name="vertex"/>, or null after reporting <paramref name="id"/> as dangling when the vertex is -1.</summary>
    private NodeKind? Resolved(int vertex, NodeId id, At at, string field, int index = -1)
    {
        if (vertex >= 0)
        {
            return nodes.Kinds[vertex];
        }

        Add(at, field, index, $"No goal, intervention, precondition or assumption has id '{id}'.");
        return null;
    }

    private void OptionalArea(At at, string field, AreaId? area)
    {
        if (area is { } id)
        {
            Ref(_areas, id.Value, at, field, "area");
        }
    }

    private void Unique(HashSet<string> seen, string? value, At at, string field, string kind)
    {
        if (string.IsNullOrEmpty(value))
        {
            Add(at, field, "The id is empty.");
        }
        else if (!seen.Add(value))
        {
            Add(at, field, $"Duplicate {kind} id '{value}'.");
        }
    }

    private void Ref(HashSet<string> known, string? value, At at, string field, string kind, int index = -1)
    {
        if (value is null || !known.Contains(value))
        {
            Add(at, field, index, $"No {kind} has id '{value}'.");
        }
    }

    private void Refs<T>(HashSet<string> known, EquatableArray<T> ids, Func<T, string?> value, At at, string field, string kind)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            Ref(known, value(ids[i]), at, field, kind, i);
        }
    }

    private void Text(At at, string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            Add(at, field, "The text is empty.");
        }
    }

    private void Finite(At at, string field, double? value)
    {
        if (value is { } v && !(Math.Abs(v) <= ModelRanges.MaxMagnitude))
        {
            Add(at, field, double.IsFinite(v)
                ? $"{v} is outside the supported range -{ModelRanges.MaxMagnitude:0e0} to {ModelRanges.MaxMagnitude:0e0}."
                : $"{v} is not a finite number.");
        }
    }

    private void FiniteNonNegative(At at, string field, double value)
    {
        if (!(value >= 0 && value <= ModelRanges.MaxMagnitude))
        {
            Add(at, field, $"{value} must be a finite number that is not negative and at most {ModelRanges.MaxMagnitude:0e0}.");
        }
    }

    private void Weight(At at, string field, double? value)
    {
        if (value is { } w && !(w >= ModelRanges.MinWeight && w <= ModelRanges.MaxWeight))
        {
            Add(at, field, $"Weight {w} must be greater than 0: a number from {ModelRanges.MinWeight:0e0} to {ModelRanges.MaxWeight:0e0}.");
        }
    }

    private void Date(At at, string field, LocalDate? date)
    {
        if (date is { } d && !ModelRanges.IsSupported(d))
        {
            Add(at, field, ModelRanges.DateMessage(d));
        }
    }

    private void Interval(At at, string field, DateInterval? interval)
    {
        if (interval is not null)
        {
            Date(at, field + ".start", interval.Start);
            Date(at, field + ".end", interval.End);
        }
    }

    private void UnitInterval(At at, string field, double? value)
    {
        if (value is { } v && !(v >= 0 && v <= 1))
        {
            Add(at, field, $"{v} is outside the range 0 to 1.");
        }
    }

    private void Amount(At at, string field, decimal? value)
    {
        if (value < 0)
        {
            Add(at, field, $"{value} is negative.");
        }
        else if (value > ModelRanges.MaxAmount)
        {
            Add(at, field, $"{value} is more than the supported {ModelRanges.MaxAmount:0}.");
        }
    }

    private void Count(At at, string field, int? value)
    {
        if (value < 0)
        {
            Add(at, field, $"{value} is negative.");
        }
        else if (value > ModelRanges.MaxCount)
        {
            Add(at, field, $"{value} is more than the supported {ModelRanges.MaxCount}.");
        }
    }

    private void PositivePeriod(At at, string field, Period? period)
    {
        if (period is { } p && !ModelRanges.IsSupported(p))
        {
            Add(at, field, ModelRanges.PeriodMessage(p));
        }
        else if (period is { } q && !IsPositive(q))
        {
            Add(at, field, $"Period {q} must be longer than zero and not negative.");
        }
    }

    private static bool IsPositive(Period period)
    {
        var start = new LocalDateTime(2000, 1, 1, 0, 0);
        return start.Plus(period) > start && period.Years >= 0 && period.Months >= 0 && period.Weeks >= 0 && period.Days >= 0;
    }

    /// <summary>Checks every item of an array; the item's path is built only when a check reports a problem.</summary>
    private static void Each<T>(EquatableArray<T> items, At parent, string name, Action<T, At> check)
    {
        if (items.Count == 0)
        {
            return;
        }

        var array = new JsonAt(parent, name);
        for (var i = 0; i < items.Count; i++)
        {
            check(items[i], new At(array, i));
        }
    }

    private void Add(At at, string field, string message) => Add(at, field, -1, message);

    private void Add(At at, string field, int index, string message)
    {
        var path = new StringBuilder();
        at.AppendTo(path);
        path.Append(field);
        AppendIndex(path, index);
        _problems.Add(new ModelProblem(path.ToString(), message));
    }

    private static void AppendIndex(StringBuilder path, int index)
    {
        if (index >= 0)
        {
            path.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
        }
    }

    /// <summary>
    /// Where an element of the model sits in its file form, such as <c>$.indicators[3]</c>: an
    /// array and an index, turned into text only when a problem is reported there, so that
    /// checking a large valid model builds no path strings. The default is the document root.
    /// </summary>
    /// <param name="array">The array holding the element, or null at the root.</param>
    /// <param name="index">The element's index in the array, or -1 for the array's own place.</param>
    private readonly struct At(JsonAt? array, int index)
    {
        public void AppendTo(StringBuilder path)
        {
            if (array is not null)
            {
                array.AppendTo(path);
                AppendIndex(path, index);
            }
        }
    }

    /// <summary>A property step in a JSON path (<c>.targets</c>, or a root property such as <c>$.areas</c>) below an element.</summary>
    /// <param name="parent">The element the property belongs to.</param>
    /// <param name="name">The property step including its leading dot or <c>$.</c>.</param>
    private sealed class JsonAt(At parent, string name)
    {
        public void AppendTo(StringBuilder path)
        {
            parent.AppendTo(path);
            path.Append(name);
        }
    }
}
