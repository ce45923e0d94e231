using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Rollups;

/// <summary>The valuation of one outcome of a social-return case.</summary>
/// <param name="Name">The outcome.</param>
/// <param name="BeneficiaryId">Who benefits, if stated.</param>
/// <param name="FirstYearValue">Quantity × proxy × (1 − deadweight) × (1 − displacement) × (1 − attribution), in euros.</param>
/// <param name="PresentValue">The discounted value over the outcome's duration, with drop-off, in euros.</param>
public sealed record SocialOutcomeValue(string Name, StakeholderId? BeneficiaryId, double FirstYearValue, double PresentValue);
