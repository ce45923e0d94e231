using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Rollups;

/// <summary>
/// What one stakeholder invests in a social-return case and what it gets back (*halen en brengen*):
/// a partner that invests without benefit has less reason to stay; one that benefits without
/// investing is a candidate to co-finance (bron: 004b §5.1, shared savings).
/// </summary>
/// <param name="StakeholderId">The stakeholder; absent for outcomes without a stated beneficiary.</param>
/// <param name="Invested">Euros invested.</param>
/// <param name="Benefit">Present value of the outcomes it benefits from, in euros.</param>
/// <param name="InvestsWithoutBenefit">Invests but benefits from no outcome.</param>
/// <param name="BenefitsWithoutInvesting">Benefits but invests nothing.</param>
public sealed record StakeholderBalance(StakeholderId? StakeholderId, double Invested, double Benefit, bool InvestsWithoutBenefit, bool BenefitsWithoutInvesting);
