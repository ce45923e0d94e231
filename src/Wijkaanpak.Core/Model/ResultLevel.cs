using Wijkaanpak.Core.Localization;

namespace Wijkaanpak.Core.Model;

/// <summary>The level in the results chain an indicator measures (*resultatenketen*: input → activiteit → throughput → output → outcome → impact; praktijkhandboek deel 2 §2.7).</summary>
public enum ResultLevel
{
    /// <summary>Means put in: money, hours, staff.</summary>
    [LocalizedName("input", "input")]
    Input,

    /// <summary>Activities carried out.</summary>
    [LocalizedName("activiteit", "activity")]
    Activity,

    /// <summary>Flow through the process, such as intakes or referrals.</summary>
    [LocalizedName("throughput", "throughput")]
    Throughput,

    /// <summary>Direct results of activities (*prestaties*).</summary>
    [LocalizedName("prestatie (output)", "output")]
    Output,

    /// <summary>Effects for residents (*effecten*).</summary>
    [LocalizedName("effect (outcome)", "outcome")]
    Outcome,

    /// <summary>Long-term societal change in the area.</summary>
    [LocalizedName("impact", "impact")]
    Impact,

    /// <summary>The quality of cooperation and process (*procesindicator*).</summary>
    [LocalizedName("proces", "process")]
    Process,
}
