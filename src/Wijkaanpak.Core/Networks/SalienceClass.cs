using Wijkaanpak.Core.Localization;

namespace Wijkaanpak.Core.Networks;

/// <summary>
/// The eight stakeholder classes of Mitchell, Agle and Wood (1997), from which of the three
/// attributes power (*macht*), legitimacy (*legitimiteit*) and urgency (*urgentie*) a party holds.
/// </summary>
public enum SalienceClass
{
    /// <summary>None of the three attributes: not a stakeholder in this sense (*geen belanghebbende*).</summary>
    [LocalizedName("geen belanghebbende", "non-stakeholder")]
    NonStakeholder,

    /// <summary>Power only (*slapend*): can impose its will but has no legitimate or urgent claim.</summary>
    [LocalizedName("slapend", "dormant")]
    Dormant,

    /// <summary>Legitimacy only (*discretionair*): a rightful claim without power or urgency.</summary>
    [LocalizedName("discretionair", "discretionary")]
    Discretionary,

    /// <summary>Urgency only (*veeleisend*): a pressing claim without power or legitimacy.</summary>
    [LocalizedName("veeleisend", "demanding")]
    Demanding,

    /// <summary>Power and legitimacy (*dominant*): expected to matter and usually at the table.</summary>
    [LocalizedName("dominant", "dominant")]
    Dominant,

    /// <summary>Power and urgency (*gevaarlijk*): can force its claim without legitimacy.</summary>
    [LocalizedName("gevaarlijk", "dangerous")]
    Dangerous,

    /// <summary>Legitimacy and urgency (*afhankelijk*): depends on others' power to be heard.</summary>
    [LocalizedName("afhankelijk", "dependent")]
    Dependent,

    /// <summary>All three attributes (*definitief*): has to be given priority.</summary>
    [LocalizedName("definitief", "definitive")]
    Definitive,
}
