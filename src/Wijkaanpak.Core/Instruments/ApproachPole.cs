using Wijkaanpak.Core.Localization;

namespace Wijkaanpak.Core.Instruments;

/// <summary>Which side of an <see cref="ApproachDimension"/> an approach chooses.</summary>
public enum ApproachPole
{
    /// <summary>The first pole, as listed in <see cref="ApproachDimensionInfo.PoleA"/>.</summary>
    [LocalizedName("pool A", "pole A")]
    A,

    /// <summary>The second pole, as listed in <see cref="ApproachDimensionInfo.PoleB"/>.</summary>
    [LocalizedName("pool B", "pole B")]
    B,

    /// <summary>Both, deliberately (the source advises this for the scale dimension).</summary>
    [LocalizedName("beide", "both")]
    Both,
}
