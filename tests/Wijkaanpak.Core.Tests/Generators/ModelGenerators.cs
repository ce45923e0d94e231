using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Tests.Generators;

/// <summary>
/// FsCheck generators of whole, valid models (they pass <see cref="ModelIntegrity"/>) that use every
/// element and optional value of the model. A model is drawn from a seed and a size: every reference
/// points at an element drawn earlier from the same pools, so models are valid by construction, and
/// FsCheck shrinks a failing case by its size. Reusable by every room's properties.
/// </summary>
public static class ModelGenerators
{
    /// <summary>Any valid model; its element counts grow with FsCheck's size.</summary>
    public static Gen<WijkaanpakModel> Model() =>
        from size in Gen.Sized(Gen.Constant)
        from seed in Gen.Choose(0, int.MaxValue)
        select Build(seed, size);

    /// <summary>Any valid model as a (seed, size) case, which FsCheck shrinks toward smaller sizes and prints as two numbers.</summary>
    public static Arbitrary<ModelCase> Models() => Arb.From(
        from size in Gen.Sized(Gen.Constant)
        from seed in Gen.Choose(0, int.MaxValue)
        select new ModelCase(seed, size),
        c => c.Size > 0 ? [c with { Size = c.Size / 2 }, c with { Size = c.Size - 1 }] : []);

    /// <summary>The model drawn from <paramref name="seed"/> at <paramref name="size"/>: the same inputs always give the same model.</summary>
    public static WijkaanpakModel Build(int seed, int size) => new Draw(new Random(seed), Math.Max(size, 0)).Model();

    /// <summary>A generated model, named by the seed and size that draw it.</summary>
    /// <param name="Seed">The seed of the draw.</param>
    /// <param name="Size">The size: element counts grow with it.</param>
    public sealed record ModelCase(int Seed, int Size)
    {
        /// <summary>The model of this case.</summary>
        public WijkaanpakModel Model => Build(Seed, Size);
    }

    /// <summary>One draw of a model: pools of ids first, then elements that refer only to those pools.</summary>
    private sealed class Draw(Random random, int size)
    {
        private const string Letters = "abcdefghijklmnopqrstuvwxyz0123456789-_ é\"\\/ü<>&'\u00e9\u20ac\t";

        private readonly List<AreaId> _areas = [];
        private readonly List<StakeholderId> _stakeholders = [];
        private readonly List<IndicatorId> _indicators = [];
        private readonly List<DomainId> _domains = [];
        private readonly List<OpgaveId> _opgaven = [];
        private readonly List<ProgrammeId> _programmes = [];
        private readonly List<NodeId> _goals = [];
        private readonly List<NodeId> _interventions = [];
        private readonly List<NodeId> _preconditions = [];
        private readonly List<NodeId> _assumptions = [];

        private int Count(int max) => random.Next(0, Math.Min(max, 1 + (size / 4)) + 1);

        private bool Maybe => random.Next(3) > 0;

        public WijkaanpakModel Model()
        {
            var taxonomies = List(3, t => Taxonomy(t));
            var areas = List(8, Area);
            var stakeholders = List(8, Stakeholder);
            var indicators = List(5, Indicator);
            _programmes.AddRange(Enumerable.Range(0, Count(3)).Select(i => new ProgrammeId(Id("prog", i))));
            var opgaven = List(4, Opgave);
            var toc = TheoryOfChange();
            return new WijkaanpakModel
            {
                Name = Text(),
                Description = Maybe ? Text() : null,
                Provenance = Maybe ? Text() : null,
                Horizon = Maybe ? Interval() : null,
                Taxonomies = taxonomies,
                Areas = areas,
                Opgaven = opgaven,
                TheoryOfChange = toc,
                Indicators = indicators,
                Measurements = _indicators.Count > 0 && _areas.Count > 0 ? List(20, _ => Measurement()) : [],
                Stakeholders = stakeholders,
                Relations = _stakeholders.Count > 0 ? List(10, _ => Relation()) : [],
                Alliantie = _stakeholders.Count > 0 && Maybe ? Alliantie() : null,
                Programmes = [.. _programmes.Select(Programme)],
                Funnels = List(3, Funnel),
                SocialReturnCases = _stakeholders.Count > 0 ? List(2, SocialReturnCase) : [],
            };
        }

        private DomainTaxonomy Taxonomy(int t) => new()
        {
            Id = new TaxonomyId(Id("tax", t)),
            Name = Text(),
            Source = Maybe ? Text() : null,
            Domains = List(4, d =>
            {
                var id = new DomainId(Id($"dom{t}.", d));
                _domains.Add(id);
                return new Domain { Id = id, Name = Text(), Description = Maybe ? Text() : null };
            }),
        };

        private Area Area(int i)
        {
            var level = Pick(Enum.GetValues<ScaleLevel>());
            CbsCode? code = level switch
            {
                ScaleLevel.Gemeente => CbsCode.Parse($"GM{random.Next(10000):D4}"),
                ScaleLevel.Wijk => CbsCode.Parse($"WK{random.Next(1000000):D6}"),
                ScaleLevel.Buurt => CbsCode.Parse($"BU{random.Next(100000000):D8}"),
                _ => null,
            };
            var area = new Area
            {
                Id = new AreaId(Id("area", i)),
                Name = Text(),
                Level = level,
                CbsCode = Maybe ? code : null,
                ParentId = _areas.Count > 0 && Maybe ? Pick(_areas) : null,
                Population = Maybe ? random.Next(0, 1_000_000) : null,
                Households = Maybe ? random.Next(0, 500_000) : null,
                Designations = List(2, _ => Text()),
                DeprivationScore = Maybe ? Number() : null,
            };
            _areas.Add(area.Id);
            return area;
        }

        private Stakeholder Stakeholder(int i)
        {
            var stakeholder = new Stakeholder
            {
                Id = new StakeholderId(Id("sh", i)),
                Name = Text(),
                Type = Pick(Enum.GetValues<StakeholderType>()),
                ParentId = _stakeholders.Count > 0 && Maybe ? Pick(_stakeholders) : null,
                Description = Maybe ? Text() : null,
                DomainIds = Some(_domains),
                Interests = List(2, _ => Text()),
                Mandate = Maybe ? Text() : null,
                Power = Maybe ? Unit() : null,
                Legitimacy = Maybe ? Unit() : null,
                Urgency = Maybe ? Unit() : null,
                Interest = Maybe ? Unit() : null,
                IsFormal = Maybe ? random.Next(2) == 0 : null,
            };
            _stakeholders.Add(stakeholder.Id);
            return stakeholder;
        }

        private Indicator Indicator(int i)
        {
            var aggregation = Pick(Enum.GetValues<AggregationKind>());
            var needsWeight = aggregation is AggregationKind.WeightedMean or AggregationKind.Index;
            var indicator = new Indicator
            {
                Id = new IndicatorId(Id("ind", i)),
                Name = Text(),
                Definition = Maybe ? Text() : null,
                Unit = Maybe ? Text() : null,
                Level = Pick(Enum.GetValues<ResultLevel>()),
                Nature = Pick(Enum.GetValues<IndicatorNature>()),
                Polarity = Pick(Enum.GetValues<Polarity>()),
                Aggregation = aggregation,
                WeightBasis = needsWeight || Maybe ? Pick(Enum.GetValues<WeightBasis>()) : null,
                Granularity = Maybe ? Pick(Enum.GetValues<ScaleLevel>()) : null,
                Source = Maybe ? new DataSource
                {
                    Name = Text(),
                    OwnerId = _stakeholders.Count > 0 && Maybe ? Pick(_stakeholders) : null,
                    Granularity = Maybe ? Pick(Enum.GetValues<ScaleLevel>()) : null,
                    UpdateFrequency = Maybe ? PositivePeriod() : null,
                } : null,
                Frequency = Maybe ? PositivePeriod() : null,
                IsCore = random.Next(2) == 0,
                DomainIds = Some(_domains),
                Baseline = Maybe ? new Baseline { Value = Number(), Date = Date(), AreaId = OptionalArea() } : null,
                Targets = List(2, _ =>
                {
                    var frame = Maybe ? Pick(Enum.GetValues<ReferenceFrameKind>()) : (ReferenceFrameKind?)null;
                    return new Target
                    {
                        Value = frame is null || Maybe ? Number() : null,
                        Date = Date(),
                        Frame = frame,
                        AreaId = OptionalArea(),
                        Milestones = List(2, _ => new Milestone { Date = Date(), Value = Number() }),
                    };
                }),
                ReferenceValues = List(2, _ => new ReferenceValue { Frame = Pick(Enum.GetValues<ReferenceFrameKind>()), Date = Date(), Value = Number() }),
            };
            _indicators.Add(indicator.Id);
            return indicator;
        }

        private Opgave Opgave(int i)
        {
            var opgave = new Opgave
            {
                Id = new OpgaveId(Id("opg", i)),
                Name = Text(),
                Description = Maybe ? Text() : null,
                Family = Pick(Enum.GetValues<OpgaveFamily>()),
                AreaIds = Some(_areas),
                DomainIds = Some(_domains),
                Urgency = Maybe ? new Urgency
                {
                    Type = Pick(Enum.GetValues<UrgencyType>()),
                    Trigger = Maybe ? Text() : null,
                    Since = Maybe ? Date() : null,
                    RecognisedBy = Some(_stakeholders),
                } : null,
                Evidence = List(2, _ => new Evidence
                {
                    Kind = Pick(Enum.GetValues<EvidenceKind>()),
                    Text = Text(),
                    Source = Maybe ? Text() : null,
                    IndicatorId = _indicators.Count > 0 && Maybe ? Pick(_indicators) : null,
                }),
            };
            _opgaven.Add(opgave.Id);
            return opgave;
        }

        private TheoryOfChange TheoryOfChange()
        {
            var goals = List(8, i =>
            {
                var goal = new Goal
                {
                    Id = new NodeId(Id("g", i)),
                    Name = Text(),
                    Level = Pick(Enum.GetValues<GoalLevel>()),
                    Description = Maybe ? Text() : null,
                    OpgaveIds = Some(_opgaven),
                    DomainIds = Some(_domains),
                    IndicatorIds = Some(_indicators),
                    AccountableIds = Some(_stakeholders),
                    Due = Maybe ? Date() : null,
                };
                _goals.Add(goal.Id);
                return goal;
            });
            var interventions = List(8, i =>
            {
                var intervention = new Intervention
                {
                    Id = new NodeId(Id("i", i)),
                    Name = Text(),
                    Kind = Pick(Enum.GetValues<InterventionKind>()),
                    Form = Pick(Enum.GetValues<InterventionForm>()),
                    Description = Maybe ? Text() : null,
                    OwnerId = _stakeholders.Count > 0 && Maybe ? Pick(_stakeholders) : null,
                    ContributorIds = Some(_stakeholders),
                    Period = Maybe ? Interval() : null,
                    Budget = Maybe ? Amount() : null,
                    Fte = Maybe ? Amount() : null,
                    ProgrammeId = _programmes.Count > 0 && Maybe ? Pick(_programmes) : null,
                    AreaIds = Some(_areas),
                    DomainIds = Some(_domains),
                    IndicatorIds = Some(_indicators),
                };
                _interventions.Add(intervention.Id);
                return intervention;
            });
            var preconditions = List(3, i =>
            {
                var precondition = new Precondition
                {
                    Id = new NodeId(Id("pre", i)),
                    Name = Text(),
                    Description = Maybe ? Text() : null,
                    Status = Pick(Enum.GetValues<PreconditionStatus>()),
                };
                _preconditions.Add(precondition.Id);
                return precondition;
            });
            var assumptions = List(3, i =>
            {
                var assumption = new Assumption { Id = new NodeId(Id("asm", i)), Statement = Text(), Evidence = Maybe ? Text() : null };
                _assumptions.Add(assumption.Id);
                return assumption;
            });
            return new TheoryOfChange
            {
                Name = Maybe ? Text() : null,
                Horizon = Maybe ? Interval() : null,
                Goals = goals,
                Interventions = interventions,
                Preconditions = preconditions,
                Assumptions = assumptions,
                Edges = List(12, _ => Edge()).Where(e => e is not null).Select(e => e!).ToEquatableArray(),
            };
        }

        private ChangeEdge? Edge()
        {
            var sources = _goals.Concat(_interventions).ToList();
            if (sources.Count == 0)
            {
                return null;
            }

            var kind = Pick(Enum.GetValues<ChangeEdgeKind>());
            var targets = kind switch
            {
                ChangeEdgeKind.RequiresPrecondition => _preconditions,
                ChangeEdgeKind.RestsOnAssumption => _assumptions,
                _ => _goals,
            };
            return targets.Count == 0 ? null : new ChangeEdge
            {
                From = Pick(sources),
                To = Pick(targets),
                Kind = kind,
                Contribution = Pick(Enum.GetValues<ContributionType>()),
                Rationale = Maybe ? Text() : null,
                Weight = Maybe ? 0.001 + (random.NextDouble() * 10) : null,
            };
        }

        private Measurement Measurement()
        {
            var denominator = Maybe ? (double?)random.Next(1, 100_000) : null;
            return new Measurement
            {
                IndicatorId = Pick(_indicators),
                AreaId = Pick(_areas),
                Date = Date(),
                Value = Number(),
                Numerator = Maybe ? Number() : null,
                Denominator = denominator,
                SampleSize = Maybe ? random.Next(0, 5000) : null,
                Source = Maybe ? Text() : null,
                Qualifier = Pick(Enum.GetValues<MeasurementQualifier>()),
            };
        }

        private StakeholderRelation Relation() => new()
        {
            From = Pick(_stakeholders),
            To = Pick(_stakeholders),
            Kind = Pick(Enum.GetValues<RelationKind>()),
            Weight = 0.01 + (random.NextDouble() * 5),
        };

        private Alliantie Alliantie()
        {
            var targets = _goals.Concat(_interventions).ToList();
            return new Alliantie
            {
                Name = Text(),
                Founded = Maybe ? Date() : null,
                Members = List(6, _ =>
                {
                    var joined = Date();
                    return new AllianceMember
                    {
                        StakeholderId = Pick(_stakeholders),
                        Joined = joined,
                        Left = Maybe ? joined.PlusDays(random.Next(0, 3000)) : null,
                        Role = Maybe ? Text() : null,
                    };
                }),
                Commitments = List(4, _ => new Commitment
                {
                    StakeholderId = Pick(_stakeholders),
                    Kind = Pick(Enum.GetValues<CommitmentKind>()),
                    Amount = Maybe ? Amount() : null,
                    TargetIds = Some(targets),
                    Period = Maybe ? Interval() : null,
                    Description = Maybe ? Text() : null,
                }),
                ExpectedBenefits = List(3, _ => new ExpectedBenefit
                {
                    StakeholderId = Pick(_stakeholders),
                    Description = Text(),
                    AnnualValue = Maybe ? Amount() : null,
                }),
                Bodies = List(3, b => new GovernanceBody
                {
                    Id = new GovernanceBodyId(Id("body", b)),
                    Name = Text(),
                    Level = Pick(Enum.GetValues<GovernanceLevel>()),
                    MemberIds = Some(_stakeholders),
                    ChairId = Maybe ? Pick(_stakeholders) : null,
                    IncludesResidents = random.Next(2) == 0,
                    MeetingInterval = Maybe ? PositivePeriod() : null,
                }),
                ProcessDirection = Maybe ? new ProcessDirection
                {
                    Name = Text(),
                    EmployerId = Maybe ? Pick(_stakeholders) : null,
                    IsIndependent = random.Next(2) == 0,
                    Staff = Maybe ? random.Next(0, 20) : null,
                } : null,
                ResidentInvolvement = Maybe ? Pick(Enum.GetValues<ResidentInvolvementVariant>()) : null,
                Contract = Maybe ? Contract() : null,
            };
        }

        private LokaalContract Contract()
        {
            var signed = Date();
            return new LokaalContract
            {
                Name = Text(),
                Kind = Pick(Enum.GetValues<ContractKind>()),
                SignedOn = signed,
                SignatoryIds = Some(_stakeholders),
                ReviewInterval = Maybe ? PositivePeriod() : null,
                LastReviewedOn = Maybe ? signed.PlusDays(random.Next(0, 2000)) : null,
                PubliclyAnnounced = random.Next(2) == 0,
            };
        }

        private Programme Programme(ProgrammeId id, int index) => new()
        {
            Id = id,
            Name = Text(),
            Period = Interval(),
            PredecessorId = index > 0 && Maybe ? _programmes[index - 1] : null,
            GoalIds = Some(_goals),
            BudgetLines = List(3, b => new BudgetLine
            {
                Id = new BudgetLineId(Id($"bl{index}.", b)),
                Name = Text(),
                FunderId = _stakeholders.Count > 0 && Maybe ? Pick(_stakeholders) : null,
                Category = Pick(Enum.GetValues<FundingCategory>()),
                Nature = Pick(Enum.GetValues<FundingNature>()),
                Purpose = Pick(Enum.GetValues<BudgetPurpose>()),
                InterventionId = _interventions.Count > 0 && Maybe ? Pick(_interventions) : null,
                Pledged = Amount(),
                Granted = Maybe ? Amount() : null,
                Spent = Maybe ? Amount() : null,
                Period = Maybe ? Interval() : null,
            }),
        };

        private Funnel Funnel(int i) => new()
        {
            Id = new FunnelId(Id("fun", i)),
            Name = Text(),
            Description = Maybe ? Text() : null,
            AreaId = OptionalArea(),
            Period = Maybe ? Interval() : null,
            Stages = List(4, _ => new FunnelStage { Name = Text(), Count = random.Next(0, 10_000) }),
        };

        private SocialReturnCase SocialReturnCase(int i) => new()
        {
            Id = new SocialReturnCaseId(Id("sroi", i)),
            Name = Text(),
            Description = Maybe ? Text() : null,
            Investments = List(3, _ => new SocialInvestment { StakeholderId = Pick(_stakeholders), Amount = Amount() }),
            Outcomes = List(3, _ => new SocialOutcome
            {
                Name = Text(),
                Quantity = random.Next(0, 1000),
                FinancialProxy = Amount(),
                Deadweight = Unit(),
                Displacement = Unit(),
                Attribution = Unit(),
                Duration = random.Next(1, 10),
                DropOff = Unit(),
                BeneficiaryId = Maybe ? Pick(_stakeholders) : null,
            }),
            DiscountRate = Unit(),
        };

        private EquatableArray<T> List<T>(int max, Func<int, T> item) => Enumerable.Range(0, Count(max)).Select(item).ToEquatableArray();

        private EquatableArray<T> Some<T>(List<T> pool) =>
            pool.Count == 0 ? [] : Enumerable.Range(0, random.Next(0, Math.Min(3, pool.Count) + 1)).Select(_ => Pick(pool)).ToEquatableArray();

        private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

        private AreaId? OptionalArea() => _areas.Count > 0 && Maybe ? Pick(_areas) : null;

        private string Id(string prefix, int index) => $"{prefix}{index}{(random.Next(4) == 0 ? "-é/\"x" : string.Empty)}";

        private string Text() => "t" + new string([.. Enumerable.Range(0, random.Next(0, 12)).Select(_ => Letters[random.Next(Letters.Length)])]);

        private double Number() => random.Next(6) switch
        {
            0 => random.Next(-1000, 1000),
            1 => random.NextDouble(),
            2 => -random.NextDouble() * 1e6,
            3 => ModelRanges.MaxMagnitude / (1 + random.Next(100)),
            4 => double.Epsilon * random.Next(1, 1000),
            _ => Math.Round(random.NextDouble() * 100, 1),
        };

        private double Unit() => random.Next(4) == 0 ? random.Next(2) : random.NextDouble();

        private decimal Amount() => random.Next(3) switch
        {
            0 => random.Next(0, 10_000_000),
            1 => decimal.Round((decimal)random.NextDouble() * 1_000_000m, 2),
            _ => new decimal(random.Next(0, 1_000_000), 0, 0, false, (byte)random.Next(0, 6)),
        };

        private LocalDate Date() => new LocalDate(1950, 1, 1).PlusDays(random.Next(0, 54_000));

        private DateInterval Interval()
        {
            var start = Date();
            return new DateInterval(start, start.PlusDays(random.Next(0, 8000)));
        }

        private Period PositivePeriod() => random.Next(4) switch
        {
            0 => Period.FromYears(random.Next(1, 5)),
            1 => Period.FromMonths(random.Next(1, 24)),
            2 => Period.FromWeeks(random.Next(1, 10)),
            _ => Period.FromDays(random.Next(1, 400)),
        };
    }
}
