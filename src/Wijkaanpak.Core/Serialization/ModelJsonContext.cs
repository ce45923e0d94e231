using System.Text.Json.Serialization;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Serialization;

/// <summary>
/// The source-generated System.Text.Json metadata of the model file format (version 1): camelCase
/// names, enums as camelCase strings, ids as plain strings, ISO-8601 dates, strict on unknown
/// members and nulls. No reflection over the model at run time.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    AllowDuplicateProperties = false,
    WriteIndented = true,
    IndentSize = 2,
    NewLine = "\n",
    Converters =
    [
        typeof(LocalDateConverter),
        typeof(DateIntervalConverter),
        typeof(PeriodConverter),
        typeof(CbsCodeConverter),
        typeof(AreaIdConverter),
        typeof(BudgetLineIdConverter),
        typeof(DomainIdConverter),
        typeof(GovernanceBodyIdConverter),
        typeof(IndicatorIdConverter),
        typeof(NodeIdConverter),
        typeof(OpgaveIdConverter),
        typeof(ProgrammeIdConverter),
        typeof(StakeholderIdConverter),
        typeof(TaxonomyIdConverter),
        typeof(FunnelIdConverter),
        typeof(SocialReturnCaseIdConverter),
        typeof(StrictEnumConverterFactory),
        typeof(EquatableArrayConverterFactory),
    ])]
[JsonSerializable(typeof(WijkaanpakModel))]
internal sealed partial class ModelJsonContext : JsonSerializerContext;
