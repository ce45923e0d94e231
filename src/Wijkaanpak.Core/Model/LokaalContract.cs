using NodaTime;

namespace Wijkaanpak.Core.Model;

/// <summary>
/// The local contract (*lokaal contract*, *convenant*, *pact*): partners sign up to deliver effort
/// towards a jointly set social yield, so they can be held to it; reviewed every 3–4 years.
/// </summary>
public sealed record LokaalContract
{
    /// <summary>Name, e.g. "Pact van Breda".</summary>
    public required string Name { get; init; }

    /// <summary>Contract, covenant, pact, ...</summary>
    public ContractKind Kind { get; init; } = ContractKind.Contract;

    /// <summary>When it was signed.</summary>
    public required LocalDate SignedOn { get; init; }

    /// <summary>The signing parties.</summary>
    public EquatableArray<StakeholderId> SignatoryIds { get; init; }

    /// <summary>How often it is reviewed (e.g. P4Y).</summary>
    public Period? ReviewInterval { get; init; }

    /// <summary>The last review, if any; reviews are due every <see cref="ReviewInterval"/> from here or from signing.</summary>
    public LocalDate? LastReviewedOn { get; init; }

    /// <summary>Whether it was announced publicly.</summary>
    public bool PubliclyAnnounced { get; init; }
}
