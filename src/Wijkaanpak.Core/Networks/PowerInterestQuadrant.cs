using Wijkaanpak.Core.Localization;

namespace Wijkaanpak.Core.Networks;

/// <summary>The four quadrants of the power–interest grid (*macht-belangmatrix*, after Mendelow), each with its way of engaging the party.</summary>
public enum PowerInterestQuadrant
{
    /// <summary>Low power, low interest: monitor (*monitoren*).</summary>
    [LocalizedName("monitoren", "monitor")]
    Monitor,

    /// <summary>Low power, high interest: keep informed (*informeren*).</summary>
    [LocalizedName("informeren", "keep informed")]
    KeepInformed,

    /// <summary>High power, low interest: keep satisfied (*tevreden houden*).</summary>
    [LocalizedName("tevreden houden", "keep satisfied")]
    KeepSatisfied,

    /// <summary>High power, high interest: key player, manage closely (*nauw betrekken*).</summary>
    [LocalizedName("nauw betrekken", "manage closely")]
    ManageClosely,
}
