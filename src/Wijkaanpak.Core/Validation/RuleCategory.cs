namespace Wijkaanpak.Core.Validation;

/// <summary>The part of a wijkaanpak a rule looks at.</summary>
public enum RuleCategory
{
    /// <summary>Whether the model is internally consistent: ids unique, references resolvable, numbers finite.</summary>
    Integrity,

    /// <summary>The shape of the theory of change (*doel-middelketen*): cycles, orphans, level order.</summary>
    Structure,

    /// <summary>Whether goals can be measured (*meetbaarheid*): indicators, baselines, targets, sources.</summary>
    Measurability,

    /// <summary>Ownership and the alliance (*eigenaarschap en alliantie*): owners, commitments, governance, contract.</summary>
    Ownership,

    /// <summary>Horizons and periods (*tijd*): vision, programmes, interventions.</summary>
    Time,

    /// <summary>Budget lines and funding (*geld*).</summary>
    Money,

    /// <summary>Resident involvement (*bewonersparticipatie*).</summary>
    Participation,

    /// <summary>Measurements and data quality (*data*).</summary>
    Data,

    /// <summary>A rule supplied by a user of the library.</summary>
    Other,
}
