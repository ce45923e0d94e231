using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Networks;

/// <summary>
/// Analyses of the alliance (*alliantie*) and its stakeholders, on the model alone: does the
/// coalition cover every domain of the opgave, how salient is each party, where does it sit in
/// the power–interest grid, is its give and take balanced, is every governance level filled, and
/// how did membership change over time. Pure functions; results are ordered deterministically.
/// </summary>
public static class AllianceAnalysis
{
    /// <summary>All parts of the analysis at once.</summary>
    /// <param name="model">The model.</param>
    /// <param name="options">Settings; <see cref="AllianceAnalysisOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentOutOfRangeException">A threshold in the options lies outside 0–1.</exception>
    public static AllianceReport Analyse(WijkaanpakModel model, AllianceAnalysisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        options ??= AllianceAnalysisOptions.Default;
        options.Validate();
        return new AllianceReport
        {
            ActiveMemberIds = [.. ActiveMembers.Of(model, options.AsOf).Order()],
            DomainCoverage = CoalitionOfTheNecessary.Cover(model, options),
            Salience = SalienceClassifier.Classify(model, options.SalienceThreshold),
            PowerInterestGrid = PowerInterestGrid.Place(model, options.GridThreshold),
            GiveAndTake = GiveAndTakeAnalysis.Balance(model),
            Governance = GovernanceCoverageAnalysis.Cover(model, options.AsOf),
            Membership = MembershipTimeline.PerYear(model),
        };
    }

    /// <summary>
    /// Coverage of every domain of every opgave by the active members (*coalitie van de
    /// noodzakelijken*): a member covers a domain when it lists the domain itself or its type fits
    /// the domain's theme in the fit table (bron: 004a §4.3 ALL-04).
    /// </summary>
    /// <param name="model">The model.</param>
    /// <param name="options">Settings; <see cref="AllianceAnalysisOptions.Default"/> when null.</param>
    public static EquatableArray<DomainCoverage> DomainCoverage(WijkaanpakModel model, AllianceAnalysisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        options ??= AllianceAnalysisOptions.Default;
        options.Validate();
        return CoalitionOfTheNecessary.Cover(model, options);
    }

    /// <summary>Salience class of every stakeholder after Mitchell, Agle and Wood.</summary>
    /// <param name="model">The model.</param>
    /// <param name="threshold">An attribute is held when its score is at least this (0–1).</param>
    /// <exception cref="ArgumentOutOfRangeException">The threshold lies outside 0–1.</exception>
    public static EquatableArray<StakeholderSalience> Salience(WijkaanpakModel model, double threshold = 0.5)
    {
        ArgumentNullException.ThrowIfNull(model);
        (AllianceAnalysisOptions.Default with { SalienceThreshold = threshold }).Validate();
        return SalienceClassifier.Classify(model, threshold);
    }

    /// <summary>Power–interest quadrant of every stakeholder.</summary>
    /// <param name="model">The model.</param>
    /// <param name="threshold">Power and interest count as high when at least this (0–1).</param>
    /// <exception cref="ArgumentOutOfRangeException">The threshold lies outside 0–1.</exception>
    public static EquatableArray<PowerInterestPosition> PowerInterest(WijkaanpakModel model, double threshold = 0.5)
    {
        ArgumentNullException.ThrowIfNull(model);
        (AllianceAnalysisOptions.Default with { GridThreshold = threshold }).Validate();
        return PowerInterestGrid.Place(model, threshold);
    }

    /// <summary>Give and take (*halen en brengen*) of every member and every party that commits or expects a benefit.</summary>
    /// <param name="model">The model.</param>
    public static EquatableArray<MemberGiveAndTake> GiveAndTake(WijkaanpakModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return GiveAndTakeAnalysis.Balance(model);
    }

    /// <summary>Governance bodies and seated members per level: bestuurlijk, tactisch, operationeel.</summary>
    /// <param name="model">The model.</param>
    /// <param name="asOf">The date on which membership is judged; when null, members that have not left.</param>
    public static EquatableArray<GovernanceLevelCoverage> Governance(WijkaanpakModel model, NodaTime.LocalDate? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        return GovernanceCoverageAnalysis.Cover(model, asOf);
    }

    /// <summary>Members, joins and leaves per calendar year.</summary>
    /// <param name="model">The model.</param>
    public static EquatableArray<MembershipYear> Membership(WijkaanpakModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return MembershipTimeline.PerYear(model);
    }
}
