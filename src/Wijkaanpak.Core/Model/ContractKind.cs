using Wijkaanpak.Core.Localization;

namespace Wijkaanpak.Core.Model;

/// <summary>The form of a local contract; what it is called matters little (praktijkhandboek deel 2 §2.12).</summary>
public enum ContractKind
{
    /// <summary>A local contract (*lokaal contract*).</summary>
    [LocalizedName("lokaal contract", "local contract")]
    Contract,

    /// <summary>A covenant (*convenant*).</summary>
    [LocalizedName("convenant", "covenant")]
    Convenant,

    /// <summary>A pact (*pact*).</summary>
    [LocalizedName("pact", "pact")]
    Pact,

    /// <summary>A declaration of intent (*intentieverklaring*).</summary>
    [LocalizedName("intentieverklaring", "declaration of intent")]
    Intentieverklaring,

    /// <summary>A neighbourhood deal (*wijkdeal*).</summary>
    [LocalizedName("wijkdeal", "neighbourhood deal")]
    Wijkdeal,

    /// <summary>An area agreement (*gebiedsovereenkomst*).</summary>
    [LocalizedName("gebiedsovereenkomst", "area agreement")]
    Gebiedsovereenkomst,
}
