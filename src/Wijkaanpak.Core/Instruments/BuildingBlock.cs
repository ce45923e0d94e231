namespace Wijkaanpak.Core.Instruments;

/// <summary>
/// A building block (*bouwsteen*) of the handbook's process model; each has its own checklist of
/// questions and discussion points (bron: 004a §3.6–3.7, 004b §3.16). The phase each belongs to is
/// on <see cref="ChecklistSection.Phase"/>.
/// </summary>
public enum BuildingBlock
{
    /// <summary>*Urgentie afwegen*: weighing the urgency (Oriënteren).</summary>
    Urgentie,

    /// <summary>*Grip op de opgaven*: getting grip on the challenges (Oriënteren).</summary>
    GripOpDeOpgaven,

    /// <summary>*Beleidsinventarisatie*: inventory of existing policy (Oriënteren).</summary>
    Beleidsinventarisatie,

    /// <summary>*Systeem- en leefwereld*: connecting the system world and the lifeworld (Oriënteren).</summary>
    SysteemEnLeefwereld,

    /// <summary>*Stakeholderinventarisatie*: mapping the stakeholders (Oriënteren).</summary>
    Stakeholders,

    /// <summary>*Go/no-go besluit*: the decision to start an integral approach or not (gate after Oriënteren).</summary>
    GoNoGo,

    /// <summary>*Alliantievorming*: forming the local alliance (Opstarten).</summary>
    Alliantievorming,

    /// <summary>*Visie en ambities*: a shared vision and ambitions (Opstarten).</summary>
    VisieEnAmbities,

    /// <summary>*Lokaal contract*: the local contract (Opstarten).</summary>
    LokaalContract,

    /// <summary>*Zicht op sturing en financiering*: insight into steering and financing (Opstarten).</summary>
    SturingEnFinanciering,

    /// <summary>*Procesregie*: process direction (Ontwerpen).</summary>
    Procesregie,

    /// <summary>*Organisatie- en participatiestructuur*: organisation and participation structure (Ontwerpen).</summary>
    OrganisatieEnParticipatie,

    /// <summary>*Uitvoeringsprogramma*: the implementation programme (Ontwerpen).</summary>
    Uitvoeringsprogramma,

    /// <summary>*Monitoringstructuur*: what monitoring must pay attention to (Ontwerpen).</summary>
    Monitoring,

    /// <summary>*Samenwerken in de uitvoering*: cooperation during implementation (Uitvoeren).</summary>
    SamenwerkenInDeUitvoering,

    /// <summary>*Participatie in de uitvoering*: resident participation during implementation (Uitvoeren).</summary>
    ParticipatieInDeUitvoering,

    /// <summary>*Wendbaarheid*: agility, adjusting course on monitoring (Herijken).</summary>
    Wendbaarheid,

    /// <summary>*Vernieuwing uitvoeringsprogramma*: renewing the implementation programme (Herijken).</summary>
    VernieuwingUitvoeringsprogramma,

    /// <summary>*Evaluatie en nazorg*: evaluation and aftercare (Herijken).</summary>
    EvaluatieEnNazorg,
}
