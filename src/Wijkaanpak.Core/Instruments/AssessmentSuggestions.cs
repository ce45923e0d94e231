using Wijkaanpak.Core.Localization;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Instruments;

/// <summary>
/// Answers to checklist questions that a model already implies (evaluation planned with indicators?
/// partners' roles stated? a communication budget?), offered as suggestions with their evidence.
/// The rules are ours; each names the facts it reads. A question the model cannot speak to gets no
/// suggestion.
/// </summary>
public static class AssessmentSuggestions
{
    /// <summary>The suggestions for every shipped checklist, in checklist order (<c>handboek</c> before <c>wmo</c>).</summary>
    /// <param name="model">The model.</param>
    public static EquatableArray<SuggestedAnswer> From(WijkaanpakModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var facts = new ModelFacts(model);
        var byId = Rules(facts).ToDictionary(s => s.QuestionId, StringComparer.Ordinal);
        return [.. ChecklistCatalogue.All.SelectMany(c => c.Questions).Where(q => byId.ContainsKey(q.Id)).Select(q => byId[q.Id])];
    }

    /// <summary>The suggestions for one checklist's questions, in checklist order.</summary>
    /// <param name="model">The model.</param>
    /// <param name="checklist">The checklist.</param>
    public static EquatableArray<SuggestedAnswer> From(WijkaanpakModel model, Checklist checklist)
    {
        ArgumentNullException.ThrowIfNull(checklist);
        var ids = checklist.Questions.Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
        return [.. From(model).Where(s => ids.Contains(s.QuestionId))];
    }

    private static IEnumerable<SuggestedAnswer> Rules(ModelFacts facts)
    {
        var model = facts.Model;
        var partners = model.Stakeholders.Where(s => facts.IsPartner(s.Id)).Select(s => s.Id.Value).ToList();
        yield return Suggest("wmo.A.4", partners.Count > 0 ? AnswerValue.Yes : AnswerValue.No, partners,
            $"{Nl(partners, "partner", "partners")} naast gemeente en bewoners in het model.", $"{En(partners, "partner", "partners")} besides municipality and residents in the model.");

        var lines = facts.BudgetLines.Select(b => b.Line).ToList();
        var granted = lines.Where(l => l.Granted is not null).ToList();
        yield return Suggest("wmo.A.6", lines.Count == 0 ? AnswerValue.No : granted.Count == lines.Count ? AnswerValue.Yes : AnswerValue.Partly, lines.Select(l => l.Id.Value),
            $"{Nl(lines, "budgetregel", "budgetregels")}, waarvan {N(granted)} toegekend.", $"{En(lines, "budget line", "budget lines")}, of which {N(granted)} granted.");

        var levels = facts.Bodies.Select(b => b.Level).Distinct().ToList();
        yield return Suggest("wmo.A.7", Share(levels.Count, 3), facts.Bodies.Select(b => b.Id.Value),
            $"Overleg op {N(levels)} van de drie niveaus (bestuurlijk, tactisch, operationeel).", $"Governance on {N(levels)} of the three levels (board, tactical, operational).");
        yield return Suggest("handboek.organisatie.2", Share(levels.Count, 3), facts.Bodies.Select(b => b.Id.Value),
            $"Overleg op {N(levels)} van de drie niveaus.", $"Governance on {N(levels)} of the three levels.");

        var members = facts.CurrentMembers.ToList();
        var withRole = members.Where(m => !string.IsNullOrWhiteSpace(m.Role)).ToList();
        yield return Suggest("wmo.A.8", members.Count == 0 ? AnswerValue.No : Share(withRole.Count, members.Count), withRole.Select(m => m.StakeholderId.Value),
            $"{N(withRole)} van {N(members)} alliantieleden hebben een vastgelegde rol.", $"{N(withRole)} of {N(members)} alliance members have a recorded role.");

        var goals = facts.Goals.Where(g => g.Level is GoalLevel.Goal or GoalLevel.SubGoal).ToList();
        var measured = goals.Where(g => !g.IndicatorIds.IsEmpty).ToList();
        var effects = facts.HasEffectIndicators;
        yield return Suggest("wmo.A.10", goals.Count == 0 ? AnswerValue.No : measured.Count == goals.Count && effects ? AnswerValue.Yes : measured.Count == 0 ? AnswerValue.No : AnswerValue.Partly, measured.Select(g => g.Id.Value),
            $"{N(measured)} van {N(goals)} doelen hebben een indicator; effectindicatoren: {(effects ? "ja" : "nee")}.", $"{N(measured)} of {N(goals)} goals have an indicator; outcome indicators: {(effects ? "yes" : "no")}.");

        var structural = lines.Where(l => l.Nature == FundingNature.Structural).ToList();
        yield return Suggest("wmo.A.11", lines.Count == 0 ? AnswerValue.No : structural.Count > 0 ? AnswerValue.Partly : AnswerValue.No, structural.Select(l => l.Id.Value),
            $"{Nl(structural, "structurele budgetregel", "structurele budgetregels")}; continuïteit vraagt meer dan geld, dus hooguit deels.", $"{En(structural, "structural budget line", "structural budget lines")}; continuity takes more than money, so at most partly.");

        var residents = ResidentEvidence(facts).ToList();
        yield return Suggest("wmo.B.4", residents.Count > 0 ? AnswerValue.Yes : AnswerValue.No, residents,
            residents.Count > 0 ? "Bewoners zitten in de alliantie of in het overleg." : "Geen bewoners in alliantie of overleg.",
            residents.Count > 0 ? "Residents are in the alliance or the governance bodies." : "No residents in the alliance or the governance bodies.");
        yield return Suggest("handboek.organisatie.5", model.Alliantie?.ResidentInvolvement is not null && residents.Count > 0 ? AnswerValue.Yes : residents.Count > 0 ? AnswerValue.Partly : AnswerValue.No, residents,
            $"Bewonersbetrokkenheid: {(model.Alliantie?.ResidentInvolvement is { } variant ? DisplayNames.Of(variant, Language.Dutch) : "geen variant vastgelegd")}.", $"Resident involvement: {(model.Alliantie?.ResidentInvolvement is { } v ? DisplayNames.Of(v, Language.English) : "no variant recorded")}.");

        var stacked = model.Opgaven.Count >= 2 || model.Opgaven.Any(o => o.Urgency?.Type == UrgencyType.Meervoudig);
        yield return Suggest("handboek.urgentie.1", stacked ? AnswerValue.Yes : model.Opgaven.IsEmpty ? AnswerValue.Unknown : AnswerValue.No, model.Opgaven.Select(o => o.Id.Value),
            $"{Nl(model.Opgaven, "opgave", "opgaven")} in het model.", $"{En(model.Opgaven, "challenge", "challenges")} in the model.");

        var told = model.Opgaven.Where(o => o.Evidence.Any(e => e.Kind == EvidenceKind.Told)).ToList();
        yield return Suggest("handboek.grip.3", model.Opgaven.IsEmpty ? AnswerValue.Unknown : Share(told.Count, model.Opgaven.Count), told.Select(o => o.Id.Value),
            $"{N(told)} van {N(model.Opgaven)} opgaven hebben verteld bewijs (verhalen, signalen).", $"{N(told)} of {N(model.Opgaven)} challenges have told evidence (stories, signals).");

        yield return Suggest("handboek.stakeholders.1", model.Stakeholders.IsEmpty ? AnswerValue.No : AnswerValue.Yes, model.Stakeholders.Select(s => s.Id.Value),
            $"{Nl(model.Stakeholders, "belanghebbende", "belanghebbenden")} in kaart.", $"{En(model.Stakeholders, "stakeholder", "stakeholders")} mapped.");

        yield return Suggest("handboek.alliantie.1", members.Count == 0 ? AnswerValue.No : AnswerValue.Yes, members.Select(m => m.StakeholderId.Value),
            $"Alliantie met {N(members)} huidige leden.", $"Alliance with {N(members)} current members.");

        var dynamic = facts.Members.Select(m => m.Joined).Distinct().Count() > 1 || facts.Members.Any(m => m.Left is not null);
        yield return Suggest("handboek.alliantie.3", facts.Members.Count == 0 ? AnswerValue.No : dynamic ? AnswerValue.Yes : AnswerValue.Unknown, facts.Members.Select(m => m.StakeholderId.Value),
            dynamic ? "Leden zijn op verschillende momenten toegetreden of vertrokken." : "Alle leden traden tegelijk toe; niets zegt nog of de alliantie beweeglijk is.",
            dynamic ? "Members joined or left at different moments." : "All members joined at once; nothing yet shows whether the alliance is flexible.");

        var horizon = model.Horizon ?? model.TheoryOfChange.Horizon;
        var years = horizon is null ? 0 : NodaTime.Period.Between(horizon.Start, horizon.End.PlusDays(1), NodaTime.PeriodUnits.Years).Years;
        yield return Suggest("handboek.visie.6", horizon is null ? AnswerValue.Unknown : years >= 10 ? AnswerValue.Yes : AnswerValue.No, [],
            $"Looptijd van de aanpak: {(horizon is null ? "niet vastgelegd" : $"{N(years)} jaar")}.", $"Horizon of the approach: {(horizon is null ? "not recorded" : $"{N(years)} years")}.");

        var contract = model.Alliantie?.Contract;
        yield return Suggest("handboek.contract.1", contract is null ? AnswerValue.No : AnswerValue.Yes, contract?.SignatoryIds.Select(s => s.Value) ?? [],
            contract is null ? "Geen lokaal contract in het model." : $"{DisplayNames.Capitalized(contract.Kind, Language.Dutch)} '{contract.Name}'.", contract is null ? "No local contract in the model." : $"{DisplayNames.Capitalized(contract.Kind, Language.English)} '{contract.Name}'.");
        yield return Suggest("handboek.contract.3", contract is null ? AnswerValue.No : contract.SignatoryIds.Count >= 2 ? AnswerValue.Yes : AnswerValue.Partly, contract?.SignatoryIds.Select(s => s.Value) ?? [],
            $"{Nl(contract?.SignatoryIds.Count ?? 0, "ondertekenaar", "ondertekenaars")}.", $"{En(contract?.SignatoryIds.Count ?? 0, "signatory", "signatories")}.");

        var regular = lines.Where(l => l.Category == FundingCategory.Regulier).ToList();
        yield return Suggest("handboek.financiering.4", regular.Count > 0 ? AnswerValue.Yes : AnswerValue.No, regular.Select(l => l.Id.Value),
            $"{Nl(regular, "reguliere budgetregel", "reguliere budgetregels")} in beeld.", $"{En(regular, "regular budget line", "regular budget lines")} mapped.");
        var additional = lines.Where(l => l.Category == FundingCategory.Additioneel).ToList();
        yield return Suggest("handboek.financiering.6", additional.Count > 0 ? AnswerValue.Yes : AnswerValue.No, additional.Select(l => l.Id.Value),
            $"{Nl(additional, "aanvullende budgetregel", "aanvullende budgetregels")}.", $"{En(additional, "additional budget line", "additional budget lines")}.");

        var direction = model.Alliantie?.ProcessDirection;
        yield return Suggest("handboek.procesregie.1", direction is null ? AnswerValue.No : direction.IsIndependent ? AnswerValue.Yes : AnswerValue.Partly, [],
            direction is null ? "Geen procesregie vastgelegd." : $"Procesregie '{direction.Name}', {(direction.IsIndependent ? "onafhankelijk" : "niet onafhankelijk")}.",
            direction is null ? "No process direction recorded." : $"Process direction '{direction.Name}', {(direction.IsIndependent ? "independent" : "not independent")}.");

        var interventionsMeasured = facts.Interventions.Any(i => !i.IndicatorIds.IsEmpty);
        yield return Suggest("handboek.monitoring.2", interventionsMeasured && measured.Count > 0 ? AnswerValue.Yes : interventionsMeasured || measured.Count > 0 ? AnswerValue.Partly : AnswerValue.No, [],
            $"Indicatoren op interventies: {(interventionsMeasured ? "ja" : "nee")}; op doelen: {N(measured)}.", $"Indicators on interventions: {(interventionsMeasured ? "yes" : "no")}; on goals: {N(measured)}.");

        var early = facts.Interventions.Where(i => i.Kind is InterventionKind.QuickWin or InterventionKind.SmallWin or InterventionKind.Bewonersinitiatief).ToList();
        yield return Suggest("handboek.participatie.2", early.Count > 0 ? AnswerValue.Yes : AnswerValue.No, early.Select(i => i.Id.Value),
            $"{Nl(early, "quick win, small win of bewonersinitiatief", "quick wins, small wins en bewonersinitiatieven")}.", $"{En(early, "quick win, small win or resident initiative", "quick wins, small wins and resident initiatives")}.");
    }

    private static IEnumerable<string> ResidentEvidence(ModelFacts facts) =>
        facts.CurrentMembers.Where(m => facts.IsResident(m.StakeholderId)).Select(m => m.StakeholderId.Value)
            .Concat(facts.Bodies.Where(b => b.IncludesResidents).Select(b => b.Id.Value));

    private static AnswerValue Share(int have, int need) => have <= 0 ? AnswerValue.No : have >= need ? AnswerValue.Yes : AnswerValue.Partly;

    private static string N<T>(IReadOnlyCollection<T> items) => N(items.Count);

    private static string N(int count) => LanguageFormat.Dutch.Count(count);

    private static string Nl<T>(IReadOnlyCollection<T> items, string one, string many) => Nl(items.Count, one, many);

    private static string Nl(int count, string one, string many) => LanguageFormat.Dutch.Count(count, one, many);

    private static string En<T>(IReadOnlyCollection<T> items, string one, string many) => En(items.Count, one, many);

    private static string En(int count, string one, string many) => LanguageFormat.English.Count(count, one, many);

    private static SuggestedAnswer Suggest(string question, AnswerValue value, IEnumerable<string> elements, string nl, string en) =>
        new(question, value, new(nl, en)) { ElementIds = [.. elements.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)] };
}
