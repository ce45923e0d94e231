namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0040: an intervention with no owner (*trekker*).</summary>
internal sealed class InterventionWithoutOwnerRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0040",
    Title = new("Interventie zonder eigenaar", "Intervention without owner"),
    DefaultSeverity = DiagnosticSeverity.Error,
    Category = RuleCategory.Ownership,
    MessageFormat = new(
        "Interventie {0} heeft geen eigenaar.",
        "Intervention {0} has no owner."),
    Rationale = new(
        "Werk van iedereen wordt door niemand gedaan: elk project heeft precies één partner nodig die het trekt en erop kan worden aangesproken als de resultaten tegenvallen.",
        "Work that belongs to everyone is done by no one: each project needs exactly one partner that pulls it and can be held to account when results disappoint."),
    Source = "Praktijkhandboek Slagkracht in de wijk (2e druk, 2024); Procesevaluatie Wmo-pilots leefbaarheid en sociale samenhang (DSP-groep, Bureau Ruyterveer, 2007); Checklist Wmo-praktijken (Verwey-Jonker Instituut, 2013)",
    HelpText = new(
        "Noem de partner die de interventie trekt en leidt (intervention.ownerId).",
        "Name the partner that owns and leads the intervention (intervention.ownerId)."),
})
{
    public override void Analyze(ValidationContext context) => context.OnIntervention((found, intervention, i) =>
    {
        if (intervention is { Id.Value: { } id, OwnerId: null })
        {
            found.Report(id, JsonPaths.Intervention(i), id);
        }
    });
}
