namespace Wijkaanpak.Core.Model;

/// <summary>The form of a local contract; what it is called matters little (praktijkhandboek deel 2 §2.12).</summary>
public enum ContractKind
{
    /// <summary>A local contract (*lokaal contract*).</summary>
    Contract,

    /// <summary>A covenant (*convenant*).</summary>
    Convenant,

    /// <summary>A pact (*pact*).</summary>
    Pact,

    /// <summary>A declaration of intent (*intentieverklaring*).</summary>
    Intentieverklaring,

    /// <summary>A neighbourhood deal (*wijkdeal*).</summary>
    Wijkdeal,

    /// <summary>An area agreement (*gebiedsovereenkomst*).</summary>
    Gebiedsovereenkomst,
}
