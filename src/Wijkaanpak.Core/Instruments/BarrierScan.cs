using Wijkaanpak.Core.Localization;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Instruments;

/// <summary>
/// Reads a model for facts that signal a barrier risk from the catalogue of Sociale Herovering, and
/// for levers that are present (bron: 002 §2, §3.5; signal codes in docs/instruments.md). A signal is
/// a prompt to look, not a verdict: the model may simply not record what is there.
/// </summary>
public static class BarrierScan
{
    /// <summary>A programme of at most this many months counts as short (bron: 002 §2.2, programmes of about sixteen months).</summary>
    public const int ShortProgrammeMonths = 24;

    /// <summary>Scans <paramref name="model"/> for barrier signals and levers present.</summary>
    /// <param name="model">The model.</param>
    public static BarrierScanResult Of(WijkaanpakModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var facts = new ModelFacts(model);
        var levers = Levers(facts).OrderBy(l => l.LeverId, StringComparer.Ordinal).ToList();
        var present = levers.Select(l => l.LeverId).ToHashSet(StringComparer.Ordinal);
        var signals = Signals(facts)
            .Select(s => s with
            {
                MissingLeverIds = [.. BarrierCatalogue.LeversFor(s.EntryId).Select(l => l.Id).Where(id => !present.Contains(id))],
            })
            .OrderBy(s => s.Code, StringComparer.Ordinal)
            .ThenBy(s => s.ElementIds.IsEmpty ? string.Empty : s.ElementIds[0], StringComparer.Ordinal)
            .ToList();
        return new BarrierScanResult { Signals = [.. signals], LeversPresent = [.. levers] };
    }

    private static IEnumerable<BarrierSignal> Signals(ModelFacts facts)
    {
        var model = facts.Model;
        if (!model.Programmes.IsEmpty && !facts.CommunicationLines.Any())
        {
            yield return Signal("no-communication-budget", "B-GB-2", model.Programmes.Select(p => p.Id.Value),
                "Geen enkel programma heeft een budgetregel voor communicatie.",
                "No programme has a budget line for communication.");
        }

        foreach (var member in facts.CurrentMembers.Where(m => facts.IsPartner(m.StakeholderId)))
        {
            var id = member.StakeholderId;
            var commitments = facts.Commitments.Where(c => c.StakeholderId == id).ToList();
            if (commitments.Count == 0)
            {
                yield return Signal("partner-without-commitment", "B-GP-2", [id.Value],
                    $"Partner {Named(facts, id)} zit in de alliantie maar heeft geen inzet toegezegd.",
                    $"Partner {Named(facts, id)} is in the alliance but has committed nothing.");
            }
            else if (commitments.Any(c => c.Kind != CommitmentKind.Money) && !commitments.Any(facts.IsOutputAgreement))
            {
                yield return Signal("partner-without-output-agreement", "B-GP-3", [id.Value],
                    $"Partner {Named(facts, id)} heeft inzet toegezegd, maar niet op een prestatie of een gemeten interventie.",
                    $"Partner {Named(facts, id)} has committed effort, but not to an output or a measured intervention.");
            }
        }

        foreach (var programme in model.Programmes.Where(p => ModelFacts.Months(p.Period) <= ShortProgrammeMonths))
        {
            if (!facts.QuickWins.Any(i => i.ProgrammeId == programme.Id))
            {
                var months = ModelFacts.Months(programme.Period);
                var named = new NamedElement(programme.Id.Value, programme.Name);
                yield return Signal("short-programme-without-quick-win", "B-GP-4", [programme.Id.Value],
                    $"Programma {named} loopt {LanguageFormat.Dutch.Count(months, "maand", "maanden")} en heeft geen quick win of small win.",
                    $"Programme {named} runs {LanguageFormat.English.Count(months, "month", "months")} and has no quick win or small win.");
            }
        }

        if (facts.PlanFixedOn is { } fixedOn && !facts.ResidentMembersBy(fixedOn).Any())
        {
            yield return Signal("residents-not-involved-before-plan", "B-GB-2", facts.Members.Where(m => facts.IsResident(m.StakeholderId)).Select(m => m.StakeholderId.Value),
                $"Geen bewoners of bewonersorganisatie zaten in de alliantie toen het plan op {LanguageFormat.Dutch.Date(fixedOn)} vastlag.",
                $"No residents or resident organisation were in the alliance when the plan was fixed on {LanguageFormat.English.Date(fixedOn)}.");
        }

        var unowned = facts.Interventions.Where(i => i.OwnerId is null).Select(i => i.Id.Value).ToList();
        if (unowned.Count > 0)
        {
            yield return Signal("intervention-without-owner", "B-PB-1", unowned,
                $"{LanguageFormat.Dutch.Count(unowned.Count, "interventie", "interventies")} zonder trekker: niet vastgelegd wie wat doet.",
                $"{LanguageFormat.English.Count(unowned.Count, "intervention", "interventions")} without an owner: who does what is not recorded.");
        }

        if (model.Alliantie?.ProcessDirection is null && facts.Interventions.Count > 0)
        {
            yield return Signal("no-process-direction", "B-GB-1", [],
                "Er is geen procesregie of projectleiding vastgelegd die over de domeinen heen stuurt.",
                "No process direction or project leadership steering across domains is recorded.");
        }

        var unmeasured = facts.UnmeasuredGoals.Select(g => g.Id.Value).ToList();
        if (unmeasured.Count > 0)
        {
            yield return Signal("goal-without-indicator", "R-3", unmeasured,
                $"{LanguageFormat.Dutch.Count(unmeasured.Count, "doel", "doelen")} zonder indicator: voortgang is zo moeilijk te laten zien.",
                $"{LanguageFormat.English.Count(unmeasured.Count, "goal", "goals")} without an indicator: progress will be hard to show.");
        }

        if (!model.Indicators.IsEmpty && !facts.HasEffectIndicators)
        {
            yield return Signal("only-output-indicators", "R-4", model.Indicators.Select(i => i.Id.Value),
                "Alle indicatoren meten inzet of prestaties; geen enkele meet een effect of impact.",
                "Every indicator measures effort or output; none measures an outcome or impact.");
        }
    }

    private static IEnumerable<LeverPresence> Levers(ModelFacts facts)
    {
        var model = facts.Model;
        if (model.Alliantie?.ProcessDirection is { } direction)
        {
            yield return Lever("L-GB-1a", [],
                $"Procesregie vastgelegd: {direction.Name}.",
                $"Process direction recorded: {direction.Name}.");
        }

        var residentBodies = facts.Bodies.Where(b => b.IncludesResidents).Select(b => b.Id.Value).ToList();
        if (residentBodies.Count > 0)
        {
            yield return Lever("L-GB-2a", residentBodies,
                "Bewoners hebben een vaste plek in het overleg.",
                "Residents have a standing place in the governance bodies.");
        }

        if (facts.PlanFixedOn is { } fixedOn)
        {
            var early = facts.ResidentMembersBy(fixedOn).Select(m => m.StakeholderId.Value).ToList();
            if (early.Count > 0)
            {
                yield return Lever("L-GB-2b-O1", early,
                    "Bewoners zaten in de alliantie voordat het plan vastlag.",
                    "Residents were in the alliance before the plan was fixed.");
                yield return Lever("L-GP-4a", early,
                    "Bewoners waren vanaf de start betrokken.",
                    "Residents were involved from the start.");
            }

            var partners = facts.PartnerMembersBy(fixedOn).Select(m => m.StakeholderId.Value).ToList();
            if (partners.Count > 0)
            {
                yield return Lever("L-GP-2a", partners,
                    "Partners zaten in de alliantie voordat het plan vastlag.",
                    "Partners were in the alliance before the plan was fixed.");
            }
        }

        var communication = facts.CommunicationLines.Select(b => b.Line.Id.Value).ToList();
        if (communication.Count > 0)
        {
            yield return Lever("L-GB-2c", communication,
                "Er is budget gereserveerd voor communicatie.",
                "Budget is reserved for communication.");
        }

        if (model.Alliantie?.Contract is { SignatoryIds.Count: >= 2 } contract)
        {
            yield return Lever("L-GP-1a", contract.SignatoryIds.Select(s => s.Value),
                $"{DisplayNames.Capitalized(contract.Kind, Language.Dutch)} '{contract.Name}' is door {LanguageFormat.Dutch.Count(contract.SignatoryIds.Count, "partij", "partijen")} getekend.",
                $"{DisplayNames.Capitalized(contract.Kind, Language.English)} '{contract.Name}' is signed by {LanguageFormat.English.Count(contract.SignatoryIds.Count, "party", "parties")}.");
        }

        var tables = facts.Bodies.Where(b => b.Level is GovernanceLevel.Tactisch or GovernanceLevel.Operationeel && b.MemberIds.Count >= 2).Select(b => b.Id.Value).ToList();
        if (tables.Count > 0)
        {
            yield return Lever("L-GP-1b", tables,
                "Er zijn vaste overleggen van partners op tactisch of operationeel niveau.",
                "There are standing partner consultations at tactical or operational level.");
        }

        var outputAgreements = facts.Commitments.Where(facts.IsOutputAgreement).Select(c => c.StakeholderId.Value).ToList();
        if (outputAgreements.Count > 0)
        {
            yield return Lever("L-GP-3a", outputAgreements,
                "Partners hebben inzet toegezegd op prestaties of gemeten interventies.",
                "Partners have committed effort to outputs or measured interventions.");
        }

        var quickWins = facts.QuickWins.Select(i => i.Id.Value).ToList();
        if (quickWins.Count > 0)
        {
            yield return Lever("L-GP-4b", quickWins,
                $"{LanguageFormat.Dutch.Count(quickWins.Count, "quick win of small win", "quick wins of small wins")} gepland.",
                $"{LanguageFormat.English.Count(quickWins.Count, "quick win or small win", "quick wins or small wins")} planned.");
        }

        if (facts.Interventions.Count > 0 && facts.Interventions.All(i => i.OwnerId is not null))
        {
            yield return Lever("L-PB-1a", [],
                "Elke interventie heeft een trekker.",
                "Every intervention has an owner.");
        }
    }

    private static NamedElement Named(ModelFacts facts, StakeholderId id) => new(id.Value, facts.Model.FindStakeholder(id)?.Name);

    private static BarrierSignal Signal(string code, string entry, IEnumerable<string> elements, string nl, string en) =>
        new(code, entry, new(nl, en)) { ElementIds = [.. elements.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)] };

    private static LeverPresence Lever(string lever, IEnumerable<string> elements, string nl, string en) =>
        new(lever, new(nl, en)) { ElementIds = [.. elements.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)] };
}
