namespace Wijkaanpak.Core.Rollups;

/// <summary>The value of a social-return case in one year after the start, before and after discounting (*contante waarde per jaar*).</summary>
/// <param name="Year">1 for the first year.</param>
/// <param name="Value">The undiscounted value of all outcomes in that year, in euros.</param>
/// <param name="PresentValue">Value / (1 + discount rate)^year, in euros.</param>
public sealed record SocialReturnYear(int Year, double Value, double PresentValue);
