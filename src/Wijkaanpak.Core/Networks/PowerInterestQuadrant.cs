namespace Wijkaanpak.Core.Networks;

/// <summary>The four quadrants of the power–interest grid (*macht-belangmatrix*, after Mendelow), each with its way of engaging the party.</summary>
public enum PowerInterestQuadrant
{
    /// <summary>Low power, low interest: monitor (*monitoren*).</summary>
    Monitor,

    /// <summary>Low power, high interest: keep informed (*informeren*).</summary>
    KeepInformed,

    /// <summary>High power, low interest: keep satisfied (*tevreden houden*).</summary>
    KeepSatisfied,

    /// <summary>High power, high interest: key player, manage closely (*nauw betrekken*).</summary>
    ManageClosely,
}
