namespace Wijkaanpak.Core.Export;

/// <summary>Spacing and effort of <see cref="LayeredLayout"/>, in pixels and rounds.</summary>
internal sealed record LayeredLayoutSettings
{
    /// <summary>Height of a vertex box whose graph gives no heights.</summary>
    public double NodeHeight { get; init; } = 52;

    /// <summary>Vertical space between two layers.</summary>
    public double LayerGap { get; init; } = 56;

    /// <summary>Minimum horizontal space between two boxes of one layer.</summary>
    public double NodeGap { get; init; } = 20;

    /// <summary>Width reserved for a bend point of a long edge.</summary>
    public double BendWidth { get; init; } = 6;

    /// <summary>Empty border around the drawing.</summary>
    public double Margin { get; init; } = 16;

    /// <summary>
    /// The widest a row of boxes may be, margins included; a layer that does not fit is split
    /// into several rows stacked in its place. Unlimited when absent.
    /// </summary>
    public double? MaximumWidth { get; init; }

    /// <summary>Number of ordering sweeps (alternately upwards and downwards) to reduce crossings.</summary>
    public int OrderingSweeps { get; init; } = 24;

    /// <summary>Number of rounds that pull each box towards the mean position of its neighbours.</summary>
    public int PlacementRounds { get; init; } = 12;
}
