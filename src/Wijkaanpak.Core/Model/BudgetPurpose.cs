using Wijkaanpak.Core.Localization;

namespace Wijkaanpak.Core.Model;

/// <summary>What a budget line pays for.</summary>
public enum BudgetPurpose
{
    /// <summary>Interventions and measures.</summary>
    [LocalizedName("interventies", "interventions")]
    Interventions,

    /// <summary>Organisation costs (*organisatiekosten*): programme office, process direction.</summary>
    [LocalizedName("organisatiekosten", "organisation costs")]
    OrganisationCosts,

    /// <summary>Communication with residents and partners (*communicatie*).</summary>
    [LocalizedName("communicatie", "communication")]
    Communication,

    /// <summary>Quick and small wins.</summary>
    [LocalizedName("quick en small wins", "quick and small wins")]
    QuickWins,

    /// <summary>Cross-domain experiments.</summary>
    [LocalizedName("experimenten", "experiments")]
    Experiments,

    /// <summary>Resident initiatives and a resident-controlled budget (*bewonersbudget*).</summary>
    [LocalizedName("bewonersinitiatieven", "resident initiatives")]
    ResidentInitiatives,

    /// <summary>Monitoring and evaluation (*monitoring*).</summary>
    [LocalizedName("monitoring", "monitoring")]
    Monitoring,

    /// <summary>Anything else.</summary>
    [LocalizedName("overig", "other")]
    Other,
}
