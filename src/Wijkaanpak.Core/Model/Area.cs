namespace Wijkaanpak.Core.Model;

/// <summary>
/// An area (*gebied*) at one scale level: a buurt, wijk, stadsdeel, gemeente or region. Areas form
/// a hierarchy through <see cref="ParentId"/>; where parents are absent, CBS codes imply it.
/// Population and households are the weights of mean rollups.
/// </summary>
public sealed record Area
{
    /// <summary>Unique id of the area in the model.</summary>
    public required AreaId Id { get; init; }

    /// <summary>Name, e.g. "Overvecht".</summary>
    public required string Name { get; init; }

    /// <summary>The scale level (*schaalniveau*).</summary>
    public required ScaleLevel Level { get; init; }

    /// <summary>The CBS code where the area is a CBS gemeente, wijk or buurt.</summary>
    public CbsCode? CbsCode { get; init; }

    /// <summary>The enclosing area, if it is in the model; its level must be larger.</summary>
    public AreaId? ParentId { get; init; }

    /// <summary>Number of residents (*inwoners*), if known.</summary>
    public int? Population { get; init; }

    /// <summary>Number of households (*huishoudens*), if known.</summary>
    public int? Households { get; init; }

    /// <summary>Designations such as "NPLV-focusgebied", "Regio Deal", "krachtwijk", "focuswijk".</summary>
    public EquatableArray<string> Designations { get; init; }

    /// <summary>A deprivation score (*achterstandsscore*), e.g. a CBS status score; higher means more deprived as the source defines it.</summary>
    public double? DeprivationScore { get; init; }
}
