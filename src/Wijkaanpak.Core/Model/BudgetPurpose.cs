namespace Wijkaanpak.Core.Model;

/// <summary>What a budget line pays for.</summary>
public enum BudgetPurpose
{
    /// <summary>Interventions and measures.</summary>
    Interventions,

    /// <summary>Organisation costs (*organisatiekosten*): programme office, process direction.</summary>
    OrganisationCosts,

    /// <summary>Communication with residents and partners (*communicatie*).</summary>
    Communication,

    /// <summary>Quick and small wins.</summary>
    QuickWins,

    /// <summary>Cross-domain experiments.</summary>
    Experiments,

    /// <summary>Resident initiatives and a resident-controlled budget (*bewonersbudget*).</summary>
    ResidentInitiatives,

    /// <summary>Monitoring and evaluation (*monitoring*).</summary>
    Monitoring,

    /// <summary>Anything else.</summary>
    Other,
}
