using Wijkaanpak.Core.Localization;

namespace Wijkaanpak.Core.Networks;

/// <summary>
/// How a partner's give and take (*halen en brengen*) looks: what it brings in commitments against
/// what it expects to gain. An imbalance is a risk that the partner drops out (bron: 004b §4 V17).
/// </summary>
public enum GiveAndTakeBalance
{
    /// <summary>It commits something and expects something back.</summary>
    [LocalizedName("geeft en neemt", "gives and takes")]
    GivesAndTakes,

    /// <summary>It commits but states no benefit (*investeert zonder baat*): its reason to stay is not visible.</summary>
    [LocalizedName("investeert zonder baat", "invests without benefit")]
    InvestsWithoutBenefit,

    /// <summary>It expects a benefit but commits nothing (*baat zonder inzet*): participation is non-committal.</summary>
    [LocalizedName("baat zonder inzet", "benefits without investing")]
    BenefitsWithoutInvesting,

    /// <summary>Neither commitments nor benefits are recorded.</summary>
    [LocalizedName("geen van beide", "neither")]
    Neither,
}
