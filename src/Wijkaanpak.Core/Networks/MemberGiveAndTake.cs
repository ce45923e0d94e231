using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Networks;

/// <summary>
/// The give and take (*halen en brengen*) of one party: its commitments of money, capacity,
/// knowledge and network against the benefits it expects from the alliance.
/// </summary>
public sealed record MemberGiveAndTake
{
    /// <summary>The party.</summary>
    public required StakeholderId StakeholderId { get; init; }

    /// <summary>Whether it is or was a member of the alliance (a party may commit without being a member).</summary>
    public required bool IsMember { get; init; }

    /// <summary>Number of commitments.</summary>
    public required int CommitmentCount { get; init; }

    /// <summary>The kinds it commits, in enum order.</summary>
    public EquatableArray<CommitmentKind> CommittedKinds { get; init; }

    /// <summary>Total money committed, in euros.</summary>
    public required decimal Money { get; init; }

    /// <summary>Total capacity committed, in FTE.</summary>
    public required decimal Capacity { get; init; }

    /// <summary>Number of expected benefits.</summary>
    public required int BenefitCount { get; init; }

    /// <summary>Total monetised value of its expected benefits, in euros per year.</summary>
    public required decimal BenefitAnnualValue { get; init; }

    /// <summary>Gives and takes, invests without benefit, benefits without investing, or neither.</summary>
    public required GiveAndTakeBalance Balance { get; init; }
}
