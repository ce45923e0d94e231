using Wijkaanpak.Core.Localization;

namespace Wijkaanpak.Core.Model;

/// <summary>A scale level (*schaalniveau*) of the area hierarchy, from the smallest to the largest. The numeric order is meaningful: a parent area has a larger level than its children.</summary>
public enum ScaleLevel
{
    /// <summary>A building complex or stairwell block (*portiek*, *complex*): the smallest scale at which problems are seen.</summary>
    [LocalizedName("complex", "complex")]
    Complex,

    /// <summary>A street (*straat*).</summary>
    [LocalizedName("straat", "street")]
    Straat,

    /// <summary>A neighbourhood (*buurt*), the CBS level with codes like `BU03630000`.</summary>
    [LocalizedName("buurt", "neighbourhood")]
    Buurt,

    /// <summary>A district (*wijk*), the CBS level with codes like `WK036300`.</summary>
    [LocalizedName("wijk", "district")]
    Wijk,

    /// <summary>A borough (*stadsdeel*) or cluster of wijken.</summary>
    [LocalizedName("stadsdeel", "borough")]
    Stadsdeel,

    /// <summary>A municipality (*gemeente*), the CBS level with codes like `GM0363`.</summary>
    [LocalizedName("gemeente", "municipality")]
    Gemeente,

    /// <summary>A region (*regio*) of several municipalities, such as a Regio Deal area.</summary>
    [LocalizedName("regio", "region")]
    Regio,

    /// <summary>A province (*provincie*).</summary>
    [LocalizedName("provincie", "province")]
    Provincie,

    /// <summary>The state (*Rijk*): the whole of the Netherlands.</summary>
    [LocalizedName("Rijk", "State")]
    Rijk,
}
