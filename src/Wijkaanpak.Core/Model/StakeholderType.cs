namespace Wijkaanpak.Core.Model;

/// <summary>The type of a stakeholder (*partijtype*), after the actors named in the praktijkhandboek.</summary>
public enum StakeholderType
{
    /// <summary>The municipality or one of its departments (*gemeente*, *dienst*, *afdeling*).</summary>
    Gemeente,

    /// <summary>The state: a ministry (BZK, SZW, OCW, J&amp;V, VWS) or its representative.</summary>
    Rijk,

    /// <summary>A province.</summary>
    Provincie,

    /// <summary>A housing corporation (*woningcorporatie*).</summary>
    Woningcorporatie,

    /// <summary>The police (*politie*).</summary>
    Politie,

    /// <summary>The judiciary or public prosecutor (*justitie*, *Openbaar Ministerie*).</summary>
    JustitieOm,

    /// <summary>A school, school board, ROC or other educational institution (*onderwijs*).</summary>
    Onderwijs,

    /// <summary>A care provider (*zorgaanbieder*).</summary>
    Zorg,

    /// <summary>A health insurer (*zorgverzekeraar*).</summary>
    Zorgverzekeraar,

    /// <summary>The municipal public health service (*GGD*).</summary>
    Ggd,

    /// <summary>A welfare organisation (*welzijnsorganisatie*).</summary>
    Welzijn,

    /// <summary>A social neighbourhood team (*sociaal wijkteam*, *buurtteam*).</summary>
    SociaalWijkteam,

    /// <summary>A philanthropic fund or bank (*fonds*).</summary>
    Fonds,

    /// <summary>A business, employer or shopkeeper (*ondernemer*, *werkgever*).</summary>
    Ondernemer,

    /// <summary>A social enterprise (*sociale onderneming*).</summary>
    SocialeOnderneming,

    /// <summary>A university, research institute or consultancy (*kennisinstelling*).</summary>
    Kennisinstelling,

    /// <summary>A residents' organisation, tenants' association or resident initiative (*bewonersorganisatie*, *huurdersvereniging*).</summary>
    Bewonersorganisatie,

    /// <summary>Residents as a group or role (*bewoners*, *sleutelfiguren*, *ervaringsdeskundigen*).</summary>
    Bewoners,

    /// <summary>A club or civil-society association (*vereniging*).</summary>
    Vereniging,

    /// <summary>A grid operator or utility (*netbeheerder*).</summary>
    Netbeheerder,

    /// <summary>Any other party.</summary>
    Overig,
}
