using Wijkaanpak.Core.Localization;

namespace Wijkaanpak.Core.Instruments;

/// <summary>
/// A building block (*bouwsteen*) of the handbook's process model; each has its own checklist of
/// questions and discussion points (bron: 004a §3.6–3.7, 004b §3.16). The phase each belongs to is
/// on <see cref="ChecklistSection.Phase"/>.
/// </summary>
public enum BuildingBlock
{
    /// <summary>*Urgentie afwegen*: weighing the urgency (Oriënteren).</summary>
    [LocalizedName("urgentie afwegen", "weighing urgency")]
    Urgentie,

    /// <summary>*Grip op de opgaven*: getting grip on the challenges (Oriënteren).</summary>
    [LocalizedName("grip op de opgaven", "grip on the challenges")]
    GripOpDeOpgaven,

    /// <summary>*Beleidsinventarisatie*: inventory of existing policy (Oriënteren).</summary>
    [LocalizedName("beleidsinventarisatie", "policy inventory")]
    Beleidsinventarisatie,

    /// <summary>*Systeem- en leefwereld*: connecting the system world and the lifeworld (Oriënteren).</summary>
    [LocalizedName("systeem- en leefwereld", "system world and lifeworld")]
    SysteemEnLeefwereld,

    /// <summary>*Stakeholderinventarisatie*: mapping the stakeholders (Oriënteren).</summary>
    [LocalizedName("stakeholderinventarisatie", "stakeholder inventory")]
    Stakeholders,

    /// <summary>*Go/no-go besluit*: the decision to start an integral approach or not (gate after Oriënteren).</summary>
    [LocalizedName("go/no-go besluit", "go/no-go decision")]
    GoNoGo,

    /// <summary>*Alliantievorming*: forming the local alliance (Opstarten).</summary>
    [LocalizedName("alliantievorming", "forming the alliance")]
    Alliantievorming,

    /// <summary>*Visie en ambities*: a shared vision and ambitions (Opstarten).</summary>
    [LocalizedName("visie en ambities", "vision and ambitions")]
    VisieEnAmbities,

    /// <summary>*Lokaal contract*: the local contract (Opstarten).</summary>
    [LocalizedName("lokaal contract", "local contract")]
    LokaalContract,

    /// <summary>*Zicht op sturing en financiering*: insight into steering and financing (Opstarten).</summary>
    [LocalizedName("zicht op sturing en financiering", "insight into steering and financing")]
    SturingEnFinanciering,

    /// <summary>*Procesregie*: process direction (Ontwerpen).</summary>
    [LocalizedName("procesregie", "process direction")]
    Procesregie,

    /// <summary>*Organisatie- en participatiestructuur*: organisation and participation structure (Ontwerpen).</summary>
    [LocalizedName("organisatie- en participatiestructuur", "organisation and participation structure")]
    OrganisatieEnParticipatie,

    /// <summary>*Uitvoeringsprogramma*: the implementation programme (Ontwerpen).</summary>
    [LocalizedName("uitvoeringsprogramma", "implementation programme")]
    Uitvoeringsprogramma,

    /// <summary>*Monitoringstructuur*: what monitoring must pay attention to (Ontwerpen).</summary>
    [LocalizedName("monitoringstructuur", "monitoring structure")]
    Monitoring,

    /// <summary>*Samenwerken in de uitvoering*: cooperation during implementation (Uitvoeren).</summary>
    [LocalizedName("samenwerken in de uitvoering", "cooperation during implementation")]
    SamenwerkenInDeUitvoering,

    /// <summary>*Participatie in de uitvoering*: resident participation during implementation (Uitvoeren).</summary>
    [LocalizedName("participatie in de uitvoering", "participation during implementation")]
    ParticipatieInDeUitvoering,

    /// <summary>*Wendbaarheid*: agility, adjusting course on monitoring (Herijken).</summary>
    [LocalizedName("wendbaarheid", "agility")]
    Wendbaarheid,

    /// <summary>*Vernieuwing uitvoeringsprogramma*: renewing the implementation programme (Herijken).</summary>
    [LocalizedName("vernieuwing uitvoeringsprogramma", "renewing the implementation programme")]
    VernieuwingUitvoeringsprogramma,

    /// <summary>*Evaluatie en nazorg*: evaluation and aftercare (Herijken).</summary>
    [LocalizedName("evaluatie en nazorg", "evaluation and aftercare")]
    EvaluatieEnNazorg,
}
