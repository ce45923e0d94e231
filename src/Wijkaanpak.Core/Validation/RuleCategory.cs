using Wijkaanpak.Core.Localization;

namespace Wijkaanpak.Core.Validation;

/// <summary>The part of a wijkaanpak a rule looks at.</summary>
public enum RuleCategory
{
    /// <summary>Whether the model is internally consistent: ids unique, references resolvable, numbers finite.</summary>
    [LocalizedName("integriteit", "integrity")]
    Integrity,

    /// <summary>The shape of the theory of change (*doel-middelketen*): cycles, orphans, level order.</summary>
    [LocalizedName("structuur", "structure")]
    Structure,

    /// <summary>Whether goals can be measured (*meetbaarheid*): indicators, baselines, targets, sources.</summary>
    [LocalizedName("meetbaarheid", "measurability")]
    Measurability,

    /// <summary>Ownership and the alliance (*eigenaarschap en alliantie*): owners, commitments, governance, contract.</summary>
    [LocalizedName("eigenaarschap en alliantie", "ownership and alliance")]
    Ownership,

    /// <summary>Horizons and periods (*tijd*): vision, programmes, interventions.</summary>
    [LocalizedName("tijd", "time")]
    Time,

    /// <summary>Budget lines and funding (*geld*).</summary>
    [LocalizedName("geld", "money")]
    Money,

    /// <summary>Resident involvement (*bewonersparticipatie*).</summary>
    [LocalizedName("bewonersparticipatie", "resident participation")]
    Participation,

    /// <summary>Measurements and data quality (*data*).</summary>
    [LocalizedName("data", "data")]
    Data,

    /// <summary>A rule supplied by a user of the library.</summary>
    [LocalizedName("overig", "other")]
    Other,
}
