namespace Wijkaanpak.Core.Networks;

/// <summary>
/// The eight stakeholder classes of Mitchell, Agle and Wood (1997), from which of the three
/// attributes power (*macht*), legitimacy (*legitimiteit*) and urgency (*urgentie*) a party holds.
/// </summary>
public enum SalienceClass
{
    /// <summary>None of the three attributes: not a stakeholder in this sense (*geen belanghebbende*).</summary>
    NonStakeholder,

    /// <summary>Power only (*slapend*): can impose its will but has no legitimate or urgent claim.</summary>
    Dormant,

    /// <summary>Legitimacy only (*discretionair*): a rightful claim without power or urgency.</summary>
    Discretionary,

    /// <summary>Urgency only (*veeleisend*): a pressing claim without power or legitimacy.</summary>
    Demanding,

    /// <summary>Power and legitimacy (*dominant*): expected to matter and usually at the table.</summary>
    Dominant,

    /// <summary>Power and urgency (*gevaarlijk*): can force its claim without legitimacy.</summary>
    Dangerous,

    /// <summary>Legitimacy and urgency (*afhankelijk*): depends on others' power to be heard.</summary>
    Dependent,

    /// <summary>All three attributes (*definitief*): has to be given priority.</summary>
    Definitive,
}
