using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Networks;

/// <summary>Stakeholder salience after Mitchell, Agle and Wood (1997): three attributes give eight classes.</summary>
internal static class SalienceClassifier
{
    public static EquatableArray<StakeholderSalience> Classify(WijkaanpakModel model, double threshold) =>
        [.. model.Stakeholders.DistinctBy(s => s.Id).OrderBy(s => s.Id).Select(s => Classify(s, threshold))];

    public static SalienceClass ClassOf(bool power, bool legitimacy, bool urgency) => (power, legitimacy, urgency) switch
    {
        (true, true, true) => SalienceClass.Definitive,
        (true, true, false) => SalienceClass.Dominant,
        (true, false, true) => SalienceClass.Dangerous,
        (false, true, true) => SalienceClass.Dependent,
        (true, false, false) => SalienceClass.Dormant,
        (false, true, false) => SalienceClass.Discretionary,
        (false, false, true) => SalienceClass.Demanding,
        (false, false, false) => SalienceClass.NonStakeholder,
    };

    private static StakeholderSalience Classify(Stakeholder stakeholder, double threshold)
    {
        var power = stakeholder.Power >= threshold;
        var legitimacy = stakeholder.Legitimacy >= threshold;
        var urgency = stakeholder.Urgency >= threshold;
        return new StakeholderSalience
        {
            StakeholderId = stakeholder.Id,
            HasPower = power,
            HasLegitimacy = legitimacy,
            HasUrgency = urgency,
            IsFullyScored = stakeholder.Power.HasValue && stakeholder.Legitimacy.HasValue && stakeholder.Urgency.HasValue,
            Class = ClassOf(power, legitimacy, urgency),
        };
    }
}
