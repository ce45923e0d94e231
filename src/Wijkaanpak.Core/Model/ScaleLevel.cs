namespace Wijkaanpak.Core.Model;

/// <summary>A scale level (*schaalniveau*) of the area hierarchy, from the smallest to the largest. The numeric order is meaningful: a parent area has a larger level than its children.</summary>
public enum ScaleLevel
{
    /// <summary>A building complex or stairwell block (*portiek*, *complex*): the smallest scale at which problems are seen.</summary>
    Complex,

    /// <summary>A street (*straat*).</summary>
    Straat,

    /// <summary>A neighbourhood (*buurt*), the CBS level with codes like `BU03630000`.</summary>
    Buurt,

    /// <summary>A district (*wijk*), the CBS level with codes like `WK036300`.</summary>
    Wijk,

    /// <summary>A borough (*stadsdeel*) or cluster of wijken.</summary>
    Stadsdeel,

    /// <summary>A municipality (*gemeente*), the CBS level with codes like `GM0363`.</summary>
    Gemeente,

    /// <summary>A region (*regio*) of several municipalities, such as a Regio Deal area.</summary>
    Regio,

    /// <summary>A province (*provincie*).</summary>
    Provincie,

    /// <summary>The state (*Rijk*): the whole of the Netherlands.</summary>
    Rijk,
}
