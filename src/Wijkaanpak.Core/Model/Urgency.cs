namespace Wijkaanpak.Core.Model;

/// <summary>
/// The urgency (*urgentie*) of an opgave: how it arose and since when, and who recognises it.
/// </summary>
public sealed record Urgency
{
    /// <summary>Acute, latent or multiple urgency.</summary>
    public required UrgencyType Type { get; init; }

    /// <summary>What triggered it: an incident, statistics, signals of professionals or residents.</summary>
    public string? Trigger { get; init; }

    /// <summary>Since when the urgency is felt.</summary>
    public NodaTime.LocalDate? Since { get; init; }

    /// <summary>Stakeholders who recognise the urgency (*gedeelde urgentie*).</summary>
    public EquatableArray<StakeholderId> RecognisedBy { get; init; }
}
