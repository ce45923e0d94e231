using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Validation.Rules;

/// <summary>WA0031: an indicator set with facts only, no perception (*beleving*) indicators.</summary>
internal sealed class NoPerceptionIndicatorsRule() : CatalogueRule(new RuleDescriptor
{
    Code = "WA0031",
    Title = "No perception indicators",
    DefaultSeverity = DiagnosticSeverity.Info,
    Category = RuleCategory.Measurability,
    MessageFormat = "None of the {0} indicators measures how residents experience the area.",
    Rationale = "Registered facts and residents' experience can move in opposite directions: crime may fall while people feel less safe. A balanced set mixes objective figures with perception and qualitative measures.",
    Source = "004b §4 V7; 004a §4.5 IND-03",
    HelpText = "Add at least one indicator of nature perception, such as a safety or cohesion score from a resident survey.",
})
{
    public override void Analyze(ValidationContext context)
    {
        var indicators = context.Model.Indicators;
        if (indicators.Count > 0 && !indicators.Any(i => i?.Nature is IndicatorNature.Perception))
        {
            context.ReportModel(indicators.Count);
        }
    }
}
