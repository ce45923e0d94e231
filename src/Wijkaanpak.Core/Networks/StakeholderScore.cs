using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Networks;

/// <summary>The value of one network metric for one stakeholder.</summary>
/// <param name="StakeholderId">The stakeholder.</param>
/// <param name="Type">Its type.</param>
/// <param name="Value">The metric's value.</param>
public sealed record StakeholderScore(StakeholderId StakeholderId, StakeholderType Type, double Value);
