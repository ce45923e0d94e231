using Wijkaanpak.Core.Localization;

namespace Wijkaanpak.Core.Rollups;

/// <summary>Why a reference frame gives no gap for an area: the area would be compared with itself (docs/rollups.md, *Indicator status*).</summary>
public enum ReferenceGapAbsence
{
    /// <summary>The frame stands for the area itself, such as the city average for the gemeente or an area above it.</summary>
    [LocalizedName("het gebied zelf", "the area itself")]
    SameArea,

    /// <summary>The reference is the value of an enclosing area that is rolled up from this area alone.</summary>
    [LocalizedName("alleen uit dit gebied opgeteld", "rolled up from this area alone")]
    RolledUpOnlyFromArea,
}
