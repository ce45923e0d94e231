namespace Wijkaanpak.Core.Model;

/// <summary>
/// The alliance (*alliantie*, *coalitie*, *samenwerkingsverband*): the partners of the approach,
/// what they commit and expect, how they govern together, who directs the process, how residents
/// take part and what they signed. A "coalition of the necessary", not merely of the willing.
/// </summary>
public sealed record Alliantie
{
    /// <summary>Name, e.g. "Samen voor Overvecht".</summary>
    public required string Name { get; init; }

    /// <summary>When it was founded.</summary>
    public NodaTime.LocalDate? Founded { get; init; }

    /// <summary>Members over time.</summary>
    public EquatableArray<AllianceMember> Members { get; init; }

    /// <summary>Commitments of money, capacity, knowledge and network.</summary>
    public EquatableArray<Commitment> Commitments { get; init; }

    /// <summary>What members expect to gain.</summary>
    public EquatableArray<ExpectedBenefit> ExpectedBenefits { get; init; }

    /// <summary>Governance bodies at the three levels.</summary>
    public EquatableArray<GovernanceBody> Bodies { get; init; }

    /// <summary>Process direction, if arranged.</summary>
    public ProcessDirection? ProcessDirection { get; init; }

    /// <summary>The resident involvement variant (A–E), if stated.</summary>
    public ResidentInvolvementVariant? ResidentInvolvement { get; init; }

    /// <summary>The local contract, if signed.</summary>
    public LokaalContract? Contract { get; init; }
}
