using System.Globalization;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Instruments;

/// <summary>
/// Decides the current phase of an approach from its model, a handbook assessment and validation
/// results, by checking each phase gate (bron: 004a §3.6–3.7, 004b §3.1). The gate conditions are our
/// reading of what each phase delivers; they are listed in docs/instruments.md.
/// </summary>
public static class PhaseProgress
{
    /// <summary>Checks every gate and reports the current phase and what blocks the next.</summary>
    /// <param name="model">The model.</param>
    /// <param name="input">A handbook assessment and validation error codes; null for the model alone.</param>
    /// <exception cref="AssessmentException">The handbook assessment is not one of the handbook checklist or cannot be scored.</exception>
    public static PhaseReport Of(WijkaanpakModel model, PhaseInput? input = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        var facts = new ModelFacts(model);
        var latest = model.Programmes.OrderBy(p => p.Period.Start).ThenBy(p => p.Id.Value, StringComparer.Ordinal).LastOrDefault();
        var noes = ChecklistNoes(input?.HandbookAssessment);
        var validation = input?.ValidationErrorCodes ?? [];

        GateCheck[] gates =
        [
            Gate(ApproachPhase.Orienteren, ApproachPhase.Opstarten, GoNoGo(facts), noes),
            Gate(ApproachPhase.Opstarten, ApproachPhase.Ontwerpen, StartedUp(facts), noes),
            Gate(ApproachPhase.Ontwerpen, ApproachPhase.Uitvoeren, Designed(facts, latest, validation), noes),
            Gate(ApproachPhase.Uitvoeren, ApproachPhase.Herijken, Implemented(facts, latest), noes),
            Gate(ApproachPhase.Herijken, ApproachPhase.Ontwerpen, [], noes),
        ];

        var firstClosed = Array.FindIndex(gates, 0, 4, g => !g.Passes);
        var current = firstClosed < 0 ? ApproachPhase.Herijken : gates[firstClosed].From;
        return new PhaseReport(current, Cycle(model, latest)) { Gates = [.. gates] };
    }

    private static GateCheck Gate(ApproachPhase from, ApproachPhase to, IEnumerable<GateBlocker> modelBlockers, ILookup<ApproachPhase, GateBlocker> noes) =>
        new(from, to) { Blockers = [.. modelBlockers.Concat(noes[from])] };

    private static IEnumerable<GateBlocker> GoNoGo(ModelFacts facts)
    {
        var model = facts.Model;
        if (model.Opgaven.IsEmpty)
        {
            yield return Block("no-opgave", "004a §3.7 A–B", "Er is nog geen opgave benoemd.", "No challenge has been named yet.");
        }
        else if (!model.Opgaven.Any(o => o.Urgency is { RecognisedBy.IsEmpty: false }))
        {
            yield return Block("urgency-not-recognised", "004a §3.7 F", "Geen opgave heeft een urgentie die door partijen wordt erkend.", "No challenge has an urgency recognised by the parties.");
        }

        if (model.Stakeholders.Count < 2)
        {
            yield return Block("no-stakeholders", "004a §3.7 E", "De stakeholders zijn nog niet in kaart gebracht.", "The stakeholders have not been mapped yet.");
        }
    }

    private static IEnumerable<GateBlocker> StartedUp(ModelFacts facts)
    {
        var model = facts.Model;
        if (facts.CurrentMembers.Count() < 2)
        {
            yield return Block("no-alliance", "004a §3.7 G", "Er is geen alliantie van ten minste twee partijen.", "There is no alliance of at least two parties.");
        }

        if (!facts.Goals.Any(g => g.Level is GoalLevel.Mission or GoalLevel.Ambition))
        {
            yield return Block("no-vision", "004a §3.7 H", "Er is geen missie of ambitie vastgelegd.", "No mission or ambition has been recorded.");
        }

        if (model.Alliantie?.Contract is null)
        {
            yield return Block("no-contract", "004b §3.16 lokaal contract", "Er is geen getekend lokaal contract.", "There is no signed local contract.");
        }

        if (facts.BudgetLines.Count == 0 && !facts.Commitments.Any(c => c.Kind == CommitmentKind.Money))
        {
            yield return Block("no-financing", "004b §3.16 sturing en financiering", "Er is geen budgetregel of geldtoezegging.", "There is no budget line or money commitment.");
        }
    }

    private static IEnumerable<GateBlocker> Designed(ModelFacts facts, Programme? latest, EquatableArray<string> validation)
    {
        var model = facts.Model;
        if (model.Alliantie?.ProcessDirection is null)
        {
            yield return Block("no-process-direction", "004b §3.16 procesregie", "Er is geen procesregie vastgelegd.", "No process direction has been recorded.");
        }

        if (facts.Bodies.Count == 0)
        {
            yield return Block("no-governance", "004b §3.16 organisatie- en participatiestructuur", "Er is geen overlegstructuur vastgelegd.", "No governance structure has been recorded.");
        }

        if (latest is null || !facts.Interventions.Any(i => i.ProgrammeId == latest.Id))
        {
            yield return Block("no-programme", "004b §3.16 uitvoeringsprogramma", "Er is geen uitvoeringsprogramma met interventies.", "There is no implementation programme with interventions.");
        }

        if (!facts.Goals.Any(g => !g.IndicatorIds.IsEmpty))
        {
            yield return Block("no-monitoring", "004b §3.16 monitoring", "Geen enkel doel heeft een indicator om te monitoren.", "No goal has an indicator to monitor.");
        }

        if (!validation.IsEmpty)
        {
            var codes = string.Join(", ", validation.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
            yield return Block("validation-errors", "004a §3.6 toetsen en bijsturen", $"De validatie meldt fouten: {codes}.", $"Validation reports errors: {codes}.");
        }
    }

    private static IEnumerable<GateBlocker> Implemented(ModelFacts facts, Programme? latest)
    {
        if (latest is null || !facts.Model.Measurements.Any(m => m.Date >= latest.Period.Start))
        {
            var since = latest is null ? "-" : latest.Period.Start.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
            yield return Block("no-measurements", "004b §3.1, §3.16 monitoring", $"Er zijn geen metingen sinds de start van het programma ({since}).", $"There are no measurements since the programme started ({since}).");
        }
    }

    private static ILookup<ApproachPhase, GateBlocker> ChecklistNoes(Assessment? assessment)
    {
        if (assessment is null)
        {
            return Array.Empty<GateBlocker>().ToLookup(_ => ApproachPhase.Orienteren);
        }

        AssessmentScorer.Score(assessment, ChecklistCatalogue.Handbook);
        var answers = assessment.Answers.ToDictionary(a => a.QuestionId, StringComparer.Ordinal);
        return ChecklistCatalogue.Handbook.Sections
            .SelectMany(s => s.Questions.Where(q => answers.TryGetValue(q.Id, out var a) && a.Value == AnswerValue.No).Select(q => (Phase: s.Phase!.Value, Question: q)))
            .ToLookup(x => x.Phase, x => new GateBlocker("checklist-no", new($"'{x.Question.Id}' is met nee beantwoord: {x.Question.Text.Nl}", $"'{x.Question.Id}' was answered no: {x.Question.Text.En}"), x.Question.Source));
    }

    private static int Cycle(WijkaanpakModel model, Programme? latest)
    {
        var cycle = 1;
        var seen = new HashSet<ProgrammeId>();
        for (var current = latest; current?.PredecessorId is { } predecessor && seen.Add(predecessor); current = model.FindProgramme(predecessor))
        {
            cycle++;
        }

        return cycle;
    }

    private static GateBlocker Block(string code, string reference, string nl, string en) => new(code, new(nl, en), $"bron: {reference}");
}
