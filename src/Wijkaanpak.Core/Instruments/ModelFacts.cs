using NodaTime;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Instruments;

/// <summary>
/// The facts of a model that the instruments read: who counts as resident or partner, when the plan
/// was fixed, which budget lines and commitments exist. One place, so that suggestions, barrier
/// signals and phase gates read the model the same way.
/// </summary>
internal sealed class ModelFacts
{
    private readonly Dictionary<StakeholderId, Stakeholder> _stakeholders;

    internal ModelFacts(WijkaanpakModel model)
    {
        Model = model;
        _stakeholders = model.Stakeholders.GroupBy(s => s.Id).ToDictionary(g => g.Key, g => g.First());
        Members = model.Alliantie?.Members.AsImmutableArray() ?? [];
        Commitments = model.Alliantie?.Commitments.AsImmutableArray() ?? [];
        Bodies = model.Alliantie?.Bodies.AsImmutableArray() ?? [];
        BudgetLines = [.. model.Programmes.SelectMany(p => p.BudgetLines.Select(b => (Programme: p, Line: b)))];
        Interventions = model.TheoryOfChange.Interventions.AsImmutableArray();
        Goals = model.TheoryOfChange.Goals.AsImmutableArray();
        PlanFixedOn = model.Alliantie?.Contract?.SignedOn
            ?? (model.Programmes.IsEmpty ? null : model.Programmes.Min(p => p.Period.Start));
    }

    internal WijkaanpakModel Model { get; }

    internal IReadOnlyList<AllianceMember> Members { get; }

    internal IReadOnlyList<Commitment> Commitments { get; }

    internal IReadOnlyList<GovernanceBody> Bodies { get; }

    internal IReadOnlyList<(Programme Programme, BudgetLine Line)> BudgetLines { get; }

    internal IReadOnlyList<Intervention> Interventions { get; }

    internal IReadOnlyList<Goal> Goals { get; }

    /// <summary>When the plan was fixed: the local contract's signing date, or else the start of the first programme.</summary>
    internal LocalDate? PlanFixedOn { get; }

    internal bool IsResident(StakeholderId id) => Type(id) is StakeholderType.Bewoners or StakeholderType.Bewonersorganisatie;

    /// <summary>A partner: any stakeholder that is not the municipality, a resident group or unknown.</summary>
    internal bool IsPartner(StakeholderId id) => Type(id) is { } type && type is not (StakeholderType.Gemeente or StakeholderType.Bewoners or StakeholderType.Bewonersorganisatie);

    internal StakeholderType? Type(StakeholderId id) => _stakeholders.TryGetValue(id, out var s) ? s.Type : null;

    /// <summary>Members still in the alliance (not left), in model order.</summary>
    internal IEnumerable<AllianceMember> CurrentMembers => Members.Where(m => m.Left is null);

    internal IEnumerable<AllianceMember> ResidentMembersBy(LocalDate date) => Members.Where(m => IsResident(m.StakeholderId) && m.Joined <= date);

    internal IEnumerable<AllianceMember> PartnerMembersBy(LocalDate date) => Members.Where(m => IsPartner(m.StakeholderId) && m.Joined <= date);

    internal IEnumerable<(Programme Programme, BudgetLine Line)> CommunicationLines => BudgetLines.Where(b => b.Line.Purpose == BudgetPurpose.Communication);

    internal IEnumerable<Intervention> QuickWins => Interventions.Where(i => i.Kind is InterventionKind.QuickWin or InterventionKind.SmallWin);

    /// <summary>
    /// Whether a commitment is an output agreement: it names an output-level goal, or an intervention
    /// that is measured by at least one indicator.
    /// </summary>
    internal bool IsOutputAgreement(Commitment commitment) => commitment.TargetIds.Any(t =>
        Model.FindGoal(t) is { Level: GoalLevel.Output } || Model.FindIntervention(t) is { IndicatorIds.IsEmpty: false });

    /// <summary>Goals at goal or sub-goal level that name no indicator.</summary>
    internal IEnumerable<Goal> UnmeasuredGoals => Goals.Where(g => g.Level is GoalLevel.Goal or GoalLevel.SubGoal && g.IndicatorIds.IsEmpty);

    internal bool HasEffectIndicators => Model.Indicators.Any(i => i.Level is ResultLevel.Outcome or ResultLevel.Impact);

    internal static int Months(DateInterval period) => Period.Between(period.Start, period.End.PlusDays(1), PeriodUnits.Months).Months;
}
