using Wijkaanpak.Core.Localization;

namespace Wijkaanpak.Core.Instruments;

/// <summary>What a catalogue entry is (bron: 002 §2).</summary>
public enum CatalogueEntryKind
{
    /// <summary>*Barrière*: something that delays execution, blocks results or breeds distrust.</summary>
    [LocalizedName("barrière", "barrier")]
    Barrier,

    /// <summary>*Breekijzer*: a lever that counters one or more barriers.</summary>
    [LocalizedName("breekijzer", "lever")]
    Lever,

    /// <summary>*Risico*: a reason results turn out less favourable than hoped.</summary>
    [LocalizedName("risico", "risk")]
    Risk,

    /// <summary>*Factor*: a condition that helps or hinders either way, to know in advance.</summary>
    [LocalizedName("factor", "factor")]
    Factor,
}
