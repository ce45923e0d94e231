using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Instruments;

/// <summary>The result of scanning a model against the barrier and lever catalogue.</summary>
public sealed record BarrierScanResult
{
    /// <summary>The barrier and risk signals, ordered by code, then by first element id.</summary>
    public EquatableArray<BarrierSignal> Signals { get; init; }

    /// <summary>The levers found present, ordered by lever id.</summary>
    public EquatableArray<LeverPresence> LeversPresent { get; init; }
}
