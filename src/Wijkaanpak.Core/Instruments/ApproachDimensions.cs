namespace Wijkaanpak.Core.Instruments;

/// <summary>
/// The eight approach dimensions as data, with poles and choosing criteria in our own words
/// (bron: 002 §3.4). The closing principle of the source: local circumstances decide the approach.
/// </summary>
public static class ApproachDimensions
{
    /// <summary>All eight, in the source's order.</summary>
    public static IReadOnlyList<ApproachDimensionInfo> All { get; } =
    [
        Info(ApproachDimension.TargetUnit, "Groepen en organisaties", "Groups and organisations", "Individuele bewoners", "Individual residents",
            "Kies naar de kans dat de doelgroep in een groep mee wil en kan doen; wie in overlevingsstand zit, bereik je één op één.",
            "Choose by the chance that the target group wants and is able to take part in a group; people in survival mode are reached one to one."),
        Info(ApproachDimension.Reach, "Kleinschalig: een selectie huishoudens", "Small-scale: a selection of households", "Grootschalig: de hele wijk", "Large-scale: the whole neighbourhood",
            "Kies naar hoe wijdverbreid het probleem in de wijk is.",
            "Choose by how widespread the problem is in the neighbourhood."),
        Info(ApproachDimension.MunicipalRole, "Gemeente bepaalt", "Municipality decides", "Gemeente als partner", "Municipality as partner",
            "De rol volgt uit hoeveel bewoners zelf kunnen dragen; soms is stevig ingrijpen van de overheid nodig.",
            "The role follows from how much residents can carry themselves; sometimes firm government action is needed."),
        Info(ApproachDimension.Scope, "Alleen sociaal", "Social only", "Sociaal en fysiek", "Social and physical",
            "Koppel sociaal werk aan fysieke ingrepen waar dat kan, omdat die contact en motivatie geven; niet elke wijk heeft fysieke ingrepen nodig.",
            "Link social work to physical measures where possible, as they create contact and motivation; not every neighbourhood needs physical measures."),
        Info(ApproachDimension.Emphasis, "Denken en plannen", "Thinking and planning", "Doen en uitvoeren", "Doing and executing",
            "Kies naar hoe hard de gemeente een samenhangende toekomstvisie op de wijk nodig heeft.",
            "Choose by how much the municipality needs a coherent vision of the neighbourhood's future."),
        Info(ApproachDimension.Structure, "Nieuwe, zware projectstructuur", "New, heavy project structure", "Bestaande, lichte structuur", "Existing, light structure",
            "Bouw alleen nieuw als er niets bruikbaars is; aanpassen gaat voor een parallelle structuur.",
            "Build new only if nothing usable exists; adapting beats a parallel structure."),
        Info(ApproachDimension.Scale, "Alleen de wijk", "The neighbourhood only", "De wijk als deel van de stad", "The neighbourhood as part of the city",
            "Kies niet: problemen die over de wijkgrens gaan, zoals werkloosheid of schooluitval, vragen ook maatregelen buiten de wijk.",
            "Do not choose: problems that cross the neighbourhood border, such as unemployment or early school leaving, also need measures beyond it."),
        Info(ApproachDimension.Continuity, "Nieuw programma", "New programme", "Bestaand programma voortzetten en versterken", "Continue and intensify an existing programme",
            "Bouw voort op wat werkt en past bij de doelgroep; is een aanpak mislukt, dan geeft een nieuwe frisse inzichten.",
            "Build on what works and fits the target group; if an approach failed, a new one brings fresh insight."),
    ];

    /// <summary>The description of one dimension.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <exception cref="ArgumentOutOfRangeException">Not one of the eight dimensions.</exception>
    public static ApproachDimensionInfo Of(ApproachDimension dimension) =>
        All.FirstOrDefault(d => d.Dimension == dimension) ?? throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Not one of the eight approach dimensions.");

    private static ApproachDimensionInfo Info(ApproachDimension dimension, string aNl, string aEn, string bNl, string bEn, string nl, string en) =>
        new(dimension, new(aNl, aEn), new(bNl, bEn), new(nl, en), "bron: 002 §3.4");
}
