using Wijkaanpak.Core.Localization;

namespace Wijkaanpak.Core.Model;

/// <summary>The two families of opgaven the practice distinguishes (praktijkhandboek, checklist urgentie).</summary>
public enum OpgaveFamily
{
    /// <summary>A social problem (*maatschappelijk probleem*): poverty, unemployment, school drop-out, nuisance, crime, subversion.</summary>
    [LocalizedName("maatschappelijk probleem", "social problem")]
    MaatschappelijkProbleem,

    /// <summary>A policy task (*beleidsopgave*): new build, restructuring, gas-free neighbourhoods, climate adaptation.</summary>
    [LocalizedName("beleidsopgave", "policy task")]
    Beleidsopgave,
}
