using Wijkaanpak.Core.Localization;
namespace Wijkaanpak.Core.Instruments;

/// <summary>
/// The Checklist Wmo-praktijken as data, in our own words (bron: 001). The source gives four parts,
/// three indicators per part and one numbered list of questions per part (11 + 4 + 8 + 8), with
/// guidance per question number in its chapters 4–7. It does not say which question belongs to
/// which indicator: the links in <see cref="ChecklistQuestion.IndicatorIds"/> are our own reading.
/// </summary>
internal static class WmoChecklist
{
    internal static Checklist Create() => new(
        "wmo",
        new("Checklist Wmo-praktijken", "Checklist for Wmo practices"),
        new(
            "Een gemeente legt een bestaande of nieuwe aanpak onder de Wet maatschappelijke ondersteuning langs twaalf criteria door 31 vragen te beantwoorden; wat niet voldoet, krijgt extra aandacht met de tips bij dezelfde vraag. De koppeling van vragen aan indicatoren is van ons, niet van de bron.",
            "A municipality checks an existing or new approach under the Social Support Act against twelve criteria by answering 31 questions; what falls short gets extra attention using the tips for the same question. The link from questions to indicators is ours, not the source's."),
        "bron: 001 (Verwey-Jonker Instituut, Checklist Wmo-praktijken, 2013)")
    {
        Sections = [Beleidsontwerp(), Draagvlak(), Uitvoering(), Evaluatie()],
    };

    private static ChecklistSection Beleidsontwerp() => new("wmo.A", new("Beleidsontwerp", "Policy design"), "bron: 001 §3.1, §4.1")
    {
        Indicators =
        [
            Indicator("A", 1, "De aanpak van de vernieuwing is concreet genoeg uitgewerkt.", "The approach of the innovation is worked out concretely enough."),
            Indicator("A", 2, "Iedere partij weet welke rol zij heeft.", "Every party knows which role it has."),
            Indicator("A", 3, "Het is helder wie zich waarover en aan wie verantwoordt.", "It is clear who accounts for what, and to whom."),
        ],
        Questions =
        [
            Question("A", 1, [1], "Aan welke Wmo-doelen (zelfredzaamheid, participatie, actief burgerschap, sociale samenhang) werkt de vernieuwing, en gaat het vooral om vraaggerichter, doelmatiger of doeltreffender werken?", "Which Wmo goals (self-reliance, participation, active citizenship, social cohesion) does the innovation serve, and is it mainly about working more demand-led, more efficiently or more effectively?", "Kies bewust welke doelen voorop staan; dat bepaalt de rest van het ontwerp.", "Choose deliberately which goals come first; that shapes the rest of the design."),
            Question("A", 2, [1], "Welke concrete doelen heeft de vernieuwing?", "What concrete goals does the innovation have?", "Maak doelen helder, relevant en meetbaar, zowel voor prestaties als voor effecten; een doelenboom helpt de relatie tussen inzet en effect te zien. Waar maatwerk telt, geven effectdoelen uitvoerders ruimte.", "Make goals clear, relevant and measurable, for outputs as well as effects; a goal tree helps to see how effort relates to effect. Where tailoring matters, effect goals leave implementers room."),
            Question("A", 3, [1], "Richt de vernieuwing zich op het eigen gemeentelijk beleid, op de organisaties in het veld, of op beide?", "Is the innovation aimed at the municipality's own policy, at the organisations in the field, or at both?", "Ambtenaren die het veld kennen en er een netwerk hebben, maken het verschil naast structuur en doelen.", "Civil servants who know the field and have a network there make the difference alongside structure and goals."),
            Question("A", 4, [2], "Welke gemeentelijke afdelingen doen mee, wie zijn de sleutelpartners en welke andere partners zijn betrokken?", "Which municipal departments take part, who are the key partners and which other partners are involved?", "Beperk het aantal partijen met een actieve rol, anders verschuift de aandacht van doelgroep en werkwijze naar het managen van de omgeving.", "Keep the number of parties with an active role small, or attention shifts from target group and method to managing the surroundings."),
            Question("A", 5, [1], "Wie nam het initiatief en hoe verliep de start?", "Who took the initiative and how did the start go?", "Leer van werkwijzen die elders al werken, en bedenk dat een initiatief uit beleid, uit een acuut knelpunt of uit burgers en organisaties kan komen.", "Learn from methods that already work elsewhere, and remember that an initiative can come from policy, from an acute bottleneck or from citizens and organisations."),
            Question("A", 6, [1], "Hoe is de financiering geregeld?", "How is the funding arranged?", "Laat besparingen op termijn zien, vraag partners om bijdragen in geld of voorzieningen, en zoek naar bijdragen van bedrijven of eigen inkomsten.", "Show savings over time, ask partners to contribute money or facilities, and look for contributions from business or own income."),
            Question("A", 7, [2, 3], "Is doordacht hoe de aanpak wordt gestuurd?", "Has it been thought through how the approach is steered?", "Kies een sturingsmodel (keten-, vraag- of frontlijnsturing); werkgroepen per thema met elk een lid in de stuurgroep werken vaak beter dan één groep die alles bespreekt.", "Choose a steering model (chain, demand or front-line steering); topic working groups, each with a member on the steering group, often work better than one group that discusses everything."),
            Question("A", 8, [2, 3], "Liggen in het ontwerp de rollen en verantwoordelijkheden van elke partij vast?", "Does the design fix each party's roles and responsibilities?", "Bespreek verwachtingen expliciet, maak zeer duidelijke afspraken en bepaal ook welke rol de gemeente zelf wel en niet neemt.", "Discuss expectations explicitly, make very clear agreements and also decide which roles the municipality itself does and does not take."),
            Question("A", 9, [1], "Is de aanpak ingebed in wat er al is aan organisaties en voorzieningen?", "Is the approach embedded in the organisations and services that already exist?", "Breng voor- en tegenstanders in beeld, ga vroeg in op weerstand en bouw snel vertrouwen op.", "Map supporters and sceptics, deal with resistance early and build trust quickly."),
            Question("A", 10, [1, 3], "Ligt vast hoe geëvalueerd wordt, en met welke indicatoren voor prestaties en maatschappelijk rendement?", "Is it recorded how evaluation will happen, and with which indicators for outputs and social return?", "Evaluatie wordt bij het ontwerp vaak vergeten; leg evaluatie, terugkoppeling en indicatoren vooraf vast en vertel partners welke gegevens zij moeten aanleveren.", "Evaluation is often forgotten at design time; record evaluation, feedback and indicators in advance and tell partners which data they will need to supply."),
            Question("A", 11, [1], "Hoe is de continuïteit na de startperiode geborgd?", "How is continuity after the start period secured?", "Denk vanaf het begin aan structurele financiering; een effectmeting, liefst met een onderzoeksinstelling, overtuigt financiers. Bedenk ook wat overblijft als vervolggeld uitblijft.", "Plan structural funding from the start; an effect study, preferably with a research institute, convinces funders. Also decide what remains if follow-up money does not come."),
        ],
    };

    private static ChecklistSection Draagvlak() => new("wmo.B", new("Draagvlak", "Support base"), "bron: 001 §3.2, §5.1")
    {
        Indicators =
        [
            Indicator("B", 1, "Partners hebben genoeg meegedaan aan de analyse van het probleem.", "Partners took enough part in analysing the problem."),
            Indicator("B", 2, "Doelen en actiepunten zijn met alle partners samen bepaald.", "Goals and action points were set together with all partners."),
            Indicator("B", 3, "Burgers zijn genoeg betrokken bij de nieuwe aanpak.", "Citizens are involved enough in the new approach."),
        ],
        Questions =
        [
            Question("B", 1, [1], "Is het probleem samen geanalyseerd, zodat de zienswijzen van alle partijen zijn meegenomen?", "Was the problem analysed together, so that every party's view was taken into account?", "Betrek partijen vroeg bij het ontwerp, bijvoorbeeld in een bijeenkomst over een gedeeld probleem waarin organisaties zelf aanpakken en bijdragen voorstellen; houd het wat en het hoe uit elkaar.", "Involve parties early in the design, for example in a meeting on a shared problem where organisations propose approaches and contributions themselves; keep the what apart from the how."),
            Question("B", 2, [2], "Leggen de partners (gemeente, sleutelpartners en overige partners) de belangrijkste doelen en actiepunten samen vast?", "Do the partners (municipality, key partners and other partners) fix the main goals and action points together?", "Bespreek bij de start het beoogde rendement en de te verwachten knelpunten; een convenant markeert het begin en bindt de besturen, zonder drukmiddel te worden.", "Discuss intended returns and expected bottlenecks at the start; a covenant marks the beginning and binds the boards, without becoming a means of pressure."),
            Question("B", 3, [2], "Zijn de verschillende perspectieven en belangen van de partners genoeg vertegenwoordigd?", "Are the partners' different perspectives and interests represented enough?", "Schrijf het plan samen, neem de tijd omdat organisaties elkaars taal moeten leren, en bouw draagvlak op bestuurs-, midden- en uitvoeringsniveau.", "Write the plan together, take time because organisations must learn each other's language, and build support at board, middle-management and front-line level."),
            Question("B", 4, [3], "Worden (groepen) burgers betrokken, en op welke trede: informeren, raadplegen, adviseren, samen plannen maken of meebeslissen?", "Are (groups of) citizens involved, and on which rung: informing, consulting, advising, co-producing plans or co-deciding?", "Kies een trede en een moment; te laat betrekken bij een vastgetimmerd plan frustreert. Geef heldere kaders, communiceer in begrijpelijke taal, ook als er geen nieuws is, en laat zien wat met inbreng is gedaan; een communicatieplan is daarbij onmisbaar.", "Choose a rung and a moment; involving people late in a nailed-down plan frustrates them. Set clear frames, communicate in plain language even when there is no news, and show what was done with input; a communication plan is indispensable."),
        ],
    };

    private static ChecklistSection Uitvoering() => new("wmo.C", new("Uitvoering", "Implementation"), "bron: 001 §3.3, §6.1")
    {
        Indicators =
        [
            Indicator("C", 1, "De partners spelen hun rol en nemen hun verantwoordelijkheid.", "The partners play their role and take their responsibility."),
            Indicator("C", 2, "Alle partijen zijn tevreden over hoe de uitvoering loopt.", "All parties are satisfied with how implementation is going."),
            Indicator("C", 3, "De uitvoering wordt goed aangestuurd.", "Implementation is steered well."),
        ],
        Questions =
        [
            Question("C", 1, [1], "Wat zijn de belangrijkste actiepunten?", "What are the main action points?", "De vernieuwing vraagt cultuurverandering bij burgers, gemeente en organisaties; kijk naar alle drie.", "The innovation asks for cultural change among citizens, municipality and organisations; look at all three."),
            Question("C", 2, [1], "Spelen de partijen hun rol in de uitvoering en nemen zij hun verantwoordelijkheid?", "Do the parties play their role in implementation and take their responsibility?", "Professionals groeien als zij op hun eigen en andermans rol kunnen reflecteren en elkaar ruimte geven; uitwisseling of meeloopdagen tussen partners helpen.", "Professionals grow when they can reflect on their own and others' roles and give each other room; exchanges or shadowing days between partners help."),
            Question("C", 3, [2], "Zijn de betrokken partijen tevreden over de uitvoering?", "Are the parties involved satisfied with implementation?", "Ga als ambtenaar regelmatig op de werkvloer kijken en houd ook de raad tijdens de uitvoering op de hoogte.", "As a civil servant, visit the work floor regularly and keep the council informed during implementation too."),
            Question("C", 4, [2], "Wat gaat goed en wat minder goed?", "What goes well and what goes less well?", "Laat de projectleider vanaf het begin een logboek bijhouden en deel ervaringen met de moeizame overgang van aanbod- naar vraaggericht werken.", "Have the project leader keep a logbook from the start and share experiences of the slow shift from supply-led to demand-led work."),
            Question("C", 5, [2], "Past de gekozen werkwijze bij het probleem?", "Does the chosen method fit the problem?", "Blijkt de werkwijze niet te passen, stuur dan zonder aarzelen bij.", "If the method turns out not to fit, change course without hesitation."),
            Question("C", 6, [3], "Hoe werkt de sturing in de praktijk?", "How does steering work in practice?", "Stel heldere randvoorwaarden en volg ze; een kader met enkele indicatoren is niet genoeg. Trekken partners capaciteit terug, neem dan de regie, bijvoorbeeld met een vernieuwde gezamenlijke visie.", "Set clear preconditions and follow them; a framework with a few indicators is not enough. If partners withdraw capacity, take charge, for example with a renewed shared vision."),
            Question("C", 7, [3], "Wie bewaakt de uitvoering, en hoe?", "Who watches over implementation, and how?", "Gebruik bestaande kwaliteitsinstrumenten van brancheorganisaties, overheid of cliëntorganisaties, zoals keurmerken of klachtenregistraties.", "Use existing quality instruments of sector bodies, government or client organisations, such as quality marks or complaint registers."),
            Question("C", 8, [3], "Hoe wordt de uitvoering bijgesteld als afspraken niet worden nagekomen of doelen onhaalbaar blijken?", "How is implementation adjusted when agreements are not kept or goals prove unattainable?", "Leg vooraf tijd voor ontwikkeling vast en bescherm die, zodat medewerkers niet alleen nog uitvoeren.", "Fix and protect time for development in advance, so that staff do not spend all their time on delivery."),
        ],
    };

    private static ChecklistSection Evaluatie() => new("wmo.D", new("Evaluatie", "Evaluation"), "bron: 001 §3.4, §7.1")
    {
        Indicators =
        [
            Indicator("D", 1, "De aanpak is geëvalueerd.", "The approach has been evaluated."),
            Indicator("D", 2, "Wat de evaluatie opleverde, is gebruikt.", "What the evaluation yielded has been used."),
            Indicator("D", 3, "Alle betrokken partijen hebben de uitkomsten van de evaluatie gehoord.", "All parties involved have heard the evaluation's results."),
        ],
        Questions =
        [
            Question("D", 1, [1], "Is de aanpak (tussentijds) geëvalueerd, en zo ja, hoe?", "Has the approach been evaluated (also along the way), and if so, how?", "Angst om afgerekend te worden remt evalueren; werk aan een cultuur die successen zoekt in plaats van fouten vermijdt, en gebruik bestaande onderzoeken en registraties van partners.", "Fear of being judged holds evaluation back; work on a culture that seeks success rather than avoids failure, and use existing studies and partners' records."),
            Question("D", 2, [1], "Hoe verliep het proces volgens de evaluatie?", "How did the process go according to the evaluation?", "Een procesevaluatie kijkt naar verloop, samenwerking, succes- en faalfactoren en voorwaarden om door te gaan, met enquêtes, interviews, observatie of documentanalyse.", "A process evaluation looks at the course, cooperation, success and failure factors and conditions to continue, using surveys, interviews, observation or document analysis."),
            Question("D", 3, [1], "Zijn de doelen volgens de evaluatie gehaald?", "Were the goals reached according to the evaluation?", "Geef ruimte en beoordeel niet te streng op meetbare resultaten: doelen halen kost ontwikkeltijd.", "Give room and do not judge harshly on measurable results: reaching goals takes development time."),
            Question("D", 4, [1], "Heeft de aanpak nog andere opbrengsten gehad dan bedoeld?", "Did the approach yield benefits beyond those intended?", "Bijvangsten helpen vervolgfinanciering te vinden.", "Side benefits help to find follow-up funding."),
            Question("D", 5, [2], "Bleken de uitkomstmaten goed gekozen?", "Did the outcome measures turn out well chosen?", "Herstel slecht gekozen uitkomstmaten meteen, nu de details nog vers zijn.", "Repair poorly chosen outcome measures at once, while the details are still fresh."),
            Question("D", 6, [3], "Zijn de uitkomsten teruggekoppeld aan alle betrokken partijen?", "Were the results fed back to all parties involved?", "Stuur alle partijen een korte factsheet en bespreek die met de belangrijkste partners.", "Send all parties a short factsheet and discuss it with the main partners."),
            Question("D", 7, [2], "Zijn de uitkomsten gebruikt om de aanpak te verbeteren?", "Were the results used to improve the approach?", "Laat de kans op verbetering niet liggen.", "Do not miss the chance to improve."),
            Question("D", 8, [3], "Hoe en aan wie legt de projectverantwoordelijke verantwoording af over de uitkomsten?", "How, and to whom, does the person responsible for the project account for the results?", "Verantwoord tijdens en na het project aan iedereen die ertoe doet: besturen, uitvoerders, burgers, Wmo-raad, gemeenteraad, college en financiers; deel successen, dat motiveert.", "Account during and after the project to everyone who matters: boards, front-line staff, citizens, Wmo council, municipal council, executive and funders; share successes, it motivates."),
        ],
    };

    private static readonly Dictionary<string, string> GuidanceChapter = new(StringComparer.Ordinal)
    {
        ["A"] = "§3.1, §4.1",
        ["B"] = "§3.2, §5.1",
        ["C"] = "§3.3, §6.1",
        ["D"] = "§3.4, §7.1",
    };

    private static ChecklistIndicator Indicator(string part, int number, string nl, string en) =>
        new($"wmo.{part}.I{number}", new(nl, en), $"bron: 001 {GuidanceChapter[part].Split(',')[0]}");

    private static ChecklistQuestion Question(string part, int number, int[] indicators, string nl, string en, string guidanceNl, string guidanceEn) =>
        new($"wmo.{part}.{number}", number, new(nl, en), new LocalizedText(guidanceNl, guidanceEn), $"bron: 001 {GuidanceChapter[part]} vraag {number}")
        {
            IndicatorIds = [.. indicators.Select(i => $"wmo.{part}.I{i}")],
        };
}
