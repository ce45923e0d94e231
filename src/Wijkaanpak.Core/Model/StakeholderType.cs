using Wijkaanpak.Core.Localization;

namespace Wijkaanpak.Core.Model;

/// <summary>The type of a stakeholder (*partijtype*), after the actors named in the praktijkhandboek.</summary>
public enum StakeholderType
{
    /// <summary>The municipality or one of its departments (*gemeente*, *dienst*, *afdeling*).</summary>
    [LocalizedName("gemeente", "municipality")]
    Gemeente,

    /// <summary>The state: a ministry (BZK, SZW, OCW, J&amp;V, VWS) or its representative.</summary>
    [LocalizedName("Rijk", "central government")]
    Rijk,

    /// <summary>A province.</summary>
    [LocalizedName("provincie", "province")]
    Provincie,

    /// <summary>A housing corporation (*woningcorporatie*).</summary>
    [LocalizedName("woningcorporatie", "housing corporation")]
    Woningcorporatie,

    /// <summary>The police (*politie*).</summary>
    [LocalizedName("politie", "police")]
    Politie,

    /// <summary>The judiciary or public prosecutor (*justitie*, *Openbaar Ministerie*).</summary>
    [LocalizedName("justitie / OM", "justice / prosecution")]
    JustitieOm,

    /// <summary>A school, school board, ROC or other educational institution (*onderwijs*).</summary>
    [LocalizedName("onderwijs", "education")]
    Onderwijs,

    /// <summary>A care provider (*zorgaanbieder*).</summary>
    [LocalizedName("zorg", "care")]
    Zorg,

    /// <summary>A health insurer (*zorgverzekeraar*).</summary>
    [LocalizedName("zorgverzekeraar", "health insurer")]
    Zorgverzekeraar,

    /// <summary>The municipal public health service (*GGD*).</summary>
    [LocalizedName("GGD", "public health service (GGD)")]
    Ggd,

    /// <summary>A welfare organisation (*welzijnsorganisatie*).</summary>
    [LocalizedName("welzijn", "welfare")]
    Welzijn,

    /// <summary>A social neighbourhood team (*sociaal wijkteam*, *buurtteam*).</summary>
    [LocalizedName("sociaal wijkteam", "neighbourhood team")]
    SociaalWijkteam,

    /// <summary>A philanthropic fund or bank (*fonds*).</summary>
    [LocalizedName("fonds", "fund")]
    Fonds,

    /// <summary>A business, employer or shopkeeper (*ondernemer*, *werkgever*).</summary>
    [LocalizedName("ondernemer", "business")]
    Ondernemer,

    /// <summary>A social enterprise (*sociale onderneming*).</summary>
    [LocalizedName("sociale onderneming", "social enterprise")]
    SocialeOnderneming,

    /// <summary>A university, research institute or consultancy (*kennisinstelling*).</summary>
    [LocalizedName("kennisinstelling", "knowledge institution")]
    Kennisinstelling,

    /// <summary>A residents' organisation, tenants' association or resident initiative (*bewonersorganisatie*, *huurdersvereniging*).</summary>
    [LocalizedName("bewonersorganisatie", "residents' organisation")]
    Bewonersorganisatie,

    /// <summary>Residents as a group or role (*bewoners*, *sleutelfiguren*, *ervaringsdeskundigen*).</summary>
    [LocalizedName("bewoners", "residents")]
    Bewoners,

    /// <summary>A club or civil-society association (*vereniging*).</summary>
    [LocalizedName("vereniging", "association")]
    Vereniging,

    /// <summary>A grid operator or utility (*netbeheerder*).</summary>
    [LocalizedName("netbeheerder", "grid operator")]
    Netbeheerder,

    /// <summary>Any other party.</summary>
    [LocalizedName("overig", "other")]
    Overig,
}
