using Wijkaanpak.Core.Localization;

namespace Wijkaanpak.Core.Model;

/// <summary>How the urgency of an opgave arose (*urgentie*, praktijkhandboek §2.3).</summary>
public enum UrgencyType
{
    /// <summary>Acute urgency (*acute urgentie*): recognised quickly after an incident or media attention.</summary>
    [LocalizedName("acute urgentie", "acute urgency")]
    Acuut,

    /// <summary>Latent urgency (*sluimerende urgentie*): from careful analysis and persistent signals, without escalation; typical of preventive approaches.</summary>
    [LocalizedName("sluimerende urgentie", "latent urgency")]
    Sluimerend,

    /// <summary>Multiple urgency (*meervoudige urgentie*): social, political and official streams come together and open a window of opportunity.</summary>
    [LocalizedName("meervoudige urgentie", "multiple urgency")]
    Meervoudig,
}
