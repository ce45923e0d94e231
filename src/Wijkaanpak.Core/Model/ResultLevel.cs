namespace Wijkaanpak.Core.Model;

/// <summary>The level in the results chain an indicator measures (*resultatenketen*: input → activiteit → throughput → output → outcome → impact; praktijkhandboek deel 2 §2.7).</summary>
public enum ResultLevel
{
    /// <summary>Means put in: money, hours, staff.</summary>
    Input,

    /// <summary>Activities carried out.</summary>
    Activity,

    /// <summary>Flow through the process, such as intakes or referrals.</summary>
    Throughput,

    /// <summary>Direct results of activities (*prestaties*).</summary>
    Output,

    /// <summary>Effects for residents (*effecten*).</summary>
    Outcome,

    /// <summary>Long-term societal change in the area.</summary>
    Impact,

    /// <summary>The quality of cooperation and process (*procesindicator*).</summary>
    Process,
}
