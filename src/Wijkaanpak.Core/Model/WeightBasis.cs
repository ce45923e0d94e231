using Wijkaanpak.Core.Localization;

namespace Wijkaanpak.Core.Model;

/// <summary>The weight used when a mean or index rolls up over areas.</summary>
public enum WeightBasis
{
    /// <summary>Number of residents (*inwoners*).</summary>
    [LocalizedName("inwoners", "residents")]
    Population,

    /// <summary>Number of households (*huishoudens*).</summary>
    [LocalizedName("huishoudens", "households")]
    Households,

    /// <summary>Number of respondents: the measurement's sample size.</summary>
    [LocalizedName("respondenten", "respondents")]
    Respondents,
}
