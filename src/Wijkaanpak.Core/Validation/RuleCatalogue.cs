using Wijkaanpak.Core.Validation.Rules;

namespace Wijkaanpak.Core.Validation;

/// <summary>The built-in rules, in code order, and their descriptors.</summary>
internal static class RuleCatalogue
{
    /// <summary>The rules, ordered by code.</summary>
    public static IReadOnlyList<ValidationRule> Rules { get; } =
    [
        new ModelIntegrityRule(),
        new ContributionCycleRule(),
        new InterventionServesNoGoalRule(),
        new SmallInitiativeWithoutGoalRule(),
        new GoalWithoutMeansRule(),
        new ReachesNoMissionRule(),
        new NoMissionRule(),
        new NoGoalsRule(),
        new ContributionAgainstLevelOrderRule(),
        new InterventionOnMissionRule(),
        new ContributionWithoutRationaleRule(),
        new UnusedPreconditionOrAssumptionRule(),
        new DuplicateContributionRule(),
        new ContributionRepeatsChainRule(),
        new NoPreconditionsRule(),
        new OpgaveNotAddressedRule(),
        new UnmetPreconditionRule(),
        new GoalWithoutIndicatorRule(),
        new OutcomeGoalWithOutputIndicatorsOnlyRule(),
        new IndicatorWithoutBaselineRule(),
        new IndicatorWithoutTargetRule(),
        new IndicatorWithoutSourceRule(),
        new IndicatorWithoutUnitRule(),
        new IndicatorWithoutFrequencyRule(),
        new TargetBeforeBaselineRule(),
        new IndicatorFrequencyOverAYearRule(),
        new TargetWithoutReferenceFrameRule(),
        new IndicatorMeasuresNothingRule(),
        new NoPerceptionIndicatorsRule(),
        new InterventionWithoutIndicatorRule(),
        new MilestoneOutsideTargetSpanRule(),
        new InterventionWithoutOwnerRule(),
        new OwnerOutsideAllianceRule(),
        new MemberWithoutCommitmentRule(),
        new GovernanceLevelWithoutBodyRule(),
        new NoExecutiveBodyRule(),
        new NoProcessDirectionRule(),
        new ProcessDirectionNotIndependentRule(),
        new ContractReviewOverdueRule(),
        new ContractReviewIntervalTooLongRule(),
        new NoLokaalContractRule(),
        new GoalWithoutAccountablePartnerRule(),
        new ResidentsAbsentFromGovernanceRule(),
        new CommitmentFromNonMemberRule(),
        new NoAllianceRule(),
        new MunicipalityAloneRule(),
        new HorizonTooShortRule(),
        new HorizonBelowRecommendedRule(),
        new HorizonNotStatedRule(),
        new ProgrammePeriodOutOfRangeRule(),
        new InterventionOutsideProgrammeRule(),
        new ProgrammeOutsideHorizonRule(),
        new InterventionBudgetsExceedProgrammeRule(),
        new BudgetBeyondCommitmentsRule(),
        new OrganisationCostsOneOffRule(),
        new AdditionalMoneyEndsEarlyRule(),
        new OnlyRegularInterventionsRule(),
        new SpentBeyondBudgetRule(),
        new ResidentInvolvementNotStatedRule(),
        new ResidentsOnlyInformedRule(),
        new StaleMeasurementsRule(),
        new IndicatorFinerThanSourceRule(),
        new MeasurementFinerThanSourceRule(),
        new MeasurementAfterReferenceDateRule(),
        new OpgaveWithoutCountedAndToldEvidenceRule(),
    ];

    /// <summary>The descriptor of the finding that replaces a failing rule (WA0000).</summary>
    public static RuleDescriptor RuleFailure => Validation.Rules.RuleFailure.Descriptor;

    /// <summary>All descriptors, WA0000 first, then the rules' in code order.</summary>
    public static IReadOnlyList<RuleDescriptor> Descriptors { get; } = [RuleFailure, .. Rules.Select(r => r.Descriptor)];
}
