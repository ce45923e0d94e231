namespace Wijkaanpak.Core.Model;

/// <summary>How the urgency of an opgave arose (*urgentie*, praktijkhandboek §2.3).</summary>
public enum UrgencyType
{
    /// <summary>Acute urgency (*acute urgentie*): recognised quickly after an incident or media attention.</summary>
    Acuut,

    /// <summary>Latent urgency (*sluimerende urgentie*): from careful analysis and persistent signals, without escalation; typical of preventive approaches.</summary>
    Sluimerend,

    /// <summary>Multiple urgency (*meervoudige urgentie*): social, political and official streams come together and open a window of opportunity.</summary>
    Meervoudig,
}
