namespace Wijkaanpak.Core.Instruments;

/// <summary>
/// The barrier and lever catalogue of Sociale Herovering as data (bron: 002 §2, §3.5): barriers per
/// side of the triangle, the levers that counter them (a lever may counter several barriers), the
/// factors to know in advance and the risks of less favourable results. Safe to share across threads.
/// </summary>
public static class BarrierCatalogue
{
    /// <summary>Every entry, ordered by id.</summary>
    public static IReadOnlyList<CatalogueEntry> Entries { get; } = [.. Create().OrderBy(e => e.Id, StringComparer.Ordinal)];

    /// <summary>The entry with this id, or null.</summary>
    /// <param name="id">The id; compared ordinally.</param>
    public static CatalogueEntry? Find(string? id) => Entries.FirstOrDefault(e => string.Equals(e.Id, id, StringComparison.Ordinal));

    /// <summary>The levers that counter the barrier with this id, ordered by id; empty for an unknown id.</summary>
    /// <param name="barrierId">The barrier's id.</param>
    public static IReadOnlyList<CatalogueEntry> LeversFor(string? barrierId) =>
        [.. Entries.Where(e => e.Kind == CatalogueEntryKind.Lever && e.Counters.Contains(barrierId ?? string.Empty))];

    private static IEnumerable<CatalogueEntry> Create()
    {
        const PartyRelationship gb = PartyRelationship.GemeenteBewoners;
        const PartyRelationship gp = PartyRelationship.GemeentePartners;
        const PartyRelationship pb = PartyRelationship.PartnersBewoners;
        const PartyRelationship all = PartyRelationship.Overall;

        yield return Barrier("B-GB-1", gb, "§2.1", "Verkokering en naar binnen gericht", "Silos and an inward focus",
            "De gemeente kijkt naar haar eigen afdelingen in plaats van naar de bewoner; opgestapelde problemen laten zich niet in één domein oplossen.",
            "The municipality looks at its own departments rather than at the resident; stacked problems cannot be solved within one domain.");
        yield return Lever("L-GB-1a", gb, "§2.1", ["B-GB-1", "B-GP-4"], "Sterke projectleider met politieke rugdekking", "Strong project leader with political backing",
            "Een projectleider met mandaat en een eigen budget om reguliere budgetten aan te vullen en te richten, en een wethouder die bij een impasse direct bereikbaar is.",
            "A project leader with a mandate and an own budget to top up and direct regular budgets, and an alderman who can be reached directly when things stall.");
        yield return Lever("L-GB-1b", gb, "§2.1", ["B-GB-1"], "Slagvaardige projectorganisatie, ingebed in de staande organisatie", "Decisive project organisation embedded in the standing organisation",
            "Weinig lagen en overleggen, vaste rollen, successen intern delen, en borging in de reguliere organisatie zodat het geen eenmalige actie lijkt.",
            "Few layers and meetings, fixed roles, successes shared internally, and anchoring in the regular organisation so it does not look like a one-off.");
        yield return Barrier("B-GB-2", gb, "§2.1", "Wantrouwen en weinig gedeelde verantwoordelijkheid", "Distrust and little shared responsibility",
            "Bewoners verwachten dat de gemeente alles oplost of toch haar eigen gang gaat; mislukte eerdere pogingen versterken dat beeld aan beide kanten.",
            "Residents expect the municipality to fix everything or to go its own way regardless; earlier failed attempts reinforce that picture on both sides.");
        yield return Lever("L-GB-2a", gb, "§2.1", ["B-GB-2"], "Rechtstreeks contact met bewoners", "Direct contact with residents",
            "Een vaste vorm van bewonersparticipatie waarin bewoners als kenners van hun buurt meedenken, in plaats van plannen maken aan de tekentafel.",
            "A standing form of resident participation in which residents contribute as experts on their neighbourhood, instead of planning at the drawing board.");
        yield return Lever("L-GB-2b", gb, "§2.1", ["B-GB-2"], "Zorgvuldig participatietraject", "Careful participation process",
            "Een evenwichtig traject langs zes aandachtspunten: vroeg beginnen, naar mensen toe gaan, oprecht zijn, divers vertegenwoordigen, rollen helder maken en oog hebben voor leefomstandigheden.",
            "A balanced process along six points: start early, go to people, be sincere, represent diversity, make roles clear and mind living conditions.");
        yield return SubLever("L-GB-2b-O1", "L-GB-2b", ["B-GB-2", "B-GP-4"], "Bewoners vanaf de start betrekken en verantwoordelijkheid geven", "Involve residents from the start and give them responsibility",
            "Plannen op ideeën van bewoners bouwen en bewoners zelf laten uitvoeren, vóór het plan vastligt.",
            "Build plans on residents' ideas and let residents carry them out, before the plan is fixed.");
        yield return SubLever("L-GB-2b-O2", "L-GB-2b", ["B-GB-2"], "Naar bewoners toe gaan", "Go to residents",
            "Bewoners opzoeken in buurthuizen, jongerencentra en zelforganisaties in plaats van ze naar het stadhuis te laten komen.",
            "Seek residents out in community centres, youth centres and self-organisations instead of having them come to the town hall.");
        yield return SubLever("L-GB-2b-O3", "L-GB-2b", ["B-GB-2"], "Oprechte belangstelling en terugkoppeling", "Sincere interest and feedback",
            "Doen wat je zegt, uitleggen waarom een voorstel wel of niet is overgenomen en bewoners op de hoogte houden van de voortgang.",
            "Do what you say, explain why a proposal was or was not adopted and keep residents informed of progress.");
        yield return SubLever("L-GB-2b-O4", "L-GB-2b", ["B-GB-2"], "Diverse vertegenwoordiging", "Diverse representation",
            "Niet alleen de vaste gesprekspartners spreken, maar jong en oud en alle achtergronden; over jongeren praat je met jongeren.",
            "Talk not only to the usual representatives but to young and old and all backgrounds; talk about young people with young people.");
        yield return SubLever("L-GB-2b-O5", "L-GB-2b", ["B-GB-2"], "Rollen van bewonersgroepen uitschrijven", "Spell out the roles of resident groups",
            "Vastleggen welke rol, taken en bevoegdheden klankbord- en bewonersgroepen hebben, zodat zij weten waar zij aan toe zijn.",
            "Record the role, tasks and powers of sounding-board and resident groups, so they know where they stand.");
        yield return SubLever("L-GB-2b-O6", "L-GB-2b", ["B-GB-2"], "Oog voor verschillende leefomstandigheden", "Mind different living conditions",
            "Wie moet overleven, heeft eerst hulp bij de basis nodig; kwetsbare groepen vragen een persoonlijke benadering.",
            "People who are just getting by first need help with the basics; vulnerable groups need a personal approach.");
        yield return Lever("L-GB-2c", gb, "§2.1", ["B-GB-2"], "Communicatie als randvoorwaarde", "Communication as a precondition",
            "Geregeld en helder communiceren beheerst verwachtingen en maakt bewoners trots op resultaten; reserveer er altijd budget voor en zorg voor een herkenbaar gezicht.",
            "Regular, clear communication manages expectations and makes residents proud of results; always reserve a budget for it and give it a recognisable face.");
        yield return Barrier("B-GP-1", gp, "§2.2", "Verkokerd aanbod in plaats van samenwerken aan het probleem", "Siloed supply instead of working together on the problem",
            "Instellingen leveren wat is afgesproken en niet wat in de wijk nodig is, omdat het management ruimte daarvoor niet toestaat.",
            "Institutions deliver what was agreed rather than what the neighbourhood needs, because management does not allow room for it.");
        yield return Lever("L-GP-1a", gp, "§2.2", ["B-GP-1", "B-GP-2"], "Probleemgericht samenwerken vanaf het management", "Problem-oriented cooperation from management down",
            "Weerstand zit vaak bij het management; een convenant op managementniveau en een gezamenlijke visie nemen die weg.",
            "Resistance often sits with management; a covenant at management level and a shared vision remove it.");
        yield return Lever("L-GP-1b", gp, "§2.2", ["B-GP-1"], "Vaste overlegtafels per probleem", "Standing consultation tables per problem",
            "Alle betrokken partners aan één tafel rond een thema, met instellingen die verantwoordelijk zijn voor de casus zodat bewoners niet van loket naar loket gaan.",
            "All partners involved at one table around a theme, with institutions responsible for the case so residents are not sent from desk to desk.");
        yield return Barrier("B-GP-2", gp, "§2.2", "Partners schuiven verantwoordelijkheid naar de gemeente", "Partners push responsibility onto the municipality",
            "Partners volgen hun eigen doelen en laten het resultaat aan de gemeente.",
            "Partners follow their own goals and leave the result to the municipality.");
        yield return Lever("L-GP-2a", gp, "§2.2", ["B-GP-2", "B-GP-1"], "Partners het plan mee laten maken", "Let partners help make the plan",
            "Partners meeschrijven aan visie en plan, en algemene doelen samen vertalen in projecten met afspraken over ieders rol.",
            "Have partners co-write vision and plan, and translate general goals together into projects with agreements on each party's role.");
        yield return Barrier("B-GP-3", gp, "§2.2", "Niet sturen op prestaties", "No steering on output",
            "Zonder concrete afspraken en met te algemene doelen is niet te zeggen wanneer een instelling heeft geleverd.",
            "Without concrete agreements and with goals that are too general, nobody can say when an institution has delivered.");
        yield return Lever("L-GP-3a", gp, "§2.2", ["B-GP-3"], "Vooraf heldere prestatieafspraken", "Clear output agreements in advance",
            "Afspraken zo SMART mogelijk, eventueel met betaling in termijnen naar resultaat in plaats van naar uren.",
            "Agreements as SMART as possible, possibly with payment in instalments on results rather than hours.");
        yield return Lever("L-GP-3b", gp, "§2.2", ["B-GP-3"], "Tussentijdse verantwoording door partners", "Interim accounting by partners",
            "Partners rapporteren onderweg over voortgang, niet pas aan het eind.",
            "Partners report on progress along the way, not only at the end.");
        yield return Barrier("B-GP-4", gp, "§2.2", "Korte looptijd", "Short lead time",
            "Plan schrijven, partners en bewoners mobiliseren en een organisatie opzetten vreten de beschikbare tijd op.",
            "Writing the plan, mobilising partners and residents and setting up an organisation eat up the time available.");
        yield return Lever("L-GP-4a", gp, "§2.2", ["B-GP-4", "B-GB-2"], "Bewoners bij de start betrekken", "Involve residents at the start",
            "Wie bewoners vanaf het begin meeneemt, verliest later geen tijd aan verzet of herstel van vertrouwen.",
            "Taking residents along from the start avoids losing time later to resistance or repairing trust.");
        yield return Lever("L-GP-4b", gp, "§2.2", ["B-GP-4", "B-GB-2"], "Snelle zichtbare resultaten", "Quick visible wins",
            "Een paar concrete quick wins laten vroeg resultaat zien; goed gecommuniceerd trekken zij meer bewoners aan.",
            "A few concrete quick wins show early results; well communicated, they draw in more residents.");
        yield return Lever("L-GP-4c", gp, "§2.2", ["B-GP-4", "B-GB-1"], "Integrale maar eenvoudige projectorganisatie", "Integral but simple project organisation",
            "Eén lichte organisatie over de domeinen heen, gesteund door de politiek.",
            "One light organisation across domains, backed by politics.");
        yield return Lever("L-GP-4d", gp, "§2.2", ["B-GP-4"], "Gericht en intensief", "Focused and intensive",
            "Liever weinig dingen intensief dan veel dingen een beetje.",
            "Better a few things intensively than many things a little.");
        yield return Lever("L-GP-4e", gp, "§2.2", ["B-GP-4"], "Concrete speerpunten", "Concrete spearheads",
            "Een klein aantal concrete speerpunten houdt de aanpak scherp en overzichtelijk.",
            "A small number of concrete spearheads keeps the approach sharp and clear.");
        yield return Entry("F-1", CatalogueEntryKind.Factor, gp, "§2.2, §3.5", "Regels en procedures", "Rules and procedures",
            "Vergunningen, hygiëne-eisen, ruimtelijke regels en bijstandsregels kunnen activiteiten ophouden; ken ze vooraf en stem verwachtingen daarop af.",
            "Permits, hygiene requirements, planning rules and social-assistance rules can hold activities up; know them in advance and set expectations accordingly.");
        yield return Entry("F-2", CatalogueEntryKind.Factor, gp, "§2.2", "Persoonlijke kwaliteiten", "Personal qualities",
            "Gedreven, enthousiaste projectleiders, huisbezoekers en bewoners met een netwerk, communicatieve vaardigheid en kennis van regels maken het verschil.",
            "Driven, enthusiastic project leaders, home visitors and residents with a network, communication skills and knowledge of the rules make the difference.");
        yield return Barrier("B-PB-1", pb, "§2.3", "Geen integrale aanpak rond huishoudens", "No integrated approach around households",
            "Bij huishoudens met veel problemen pakt elke instantie één deel op; wat het ene probleem oplost, kan een ander verergeren.",
            "With households facing many problems, each agency takes up one part; what solves one problem can worsen another.");
        yield return Lever("L-PB-1a", pb, "§2.3", ["B-PB-1"], "Ketensamenwerking", "Chain cooperation",
            "Met alle relevante partners afspreken wie wat doet, met per deelprobleem één verantwoordelijke.",
            "Agree with all relevant partners who does what, with one party responsible for each sub-problem.");
        yield return Lever("L-PB-1b", pb, "§2.3", ["B-PB-1", "B-GP-3"], "Expliciete afspraken vooraf", "Explicit agreements up front",
            "Bij de start helder vastleggen wat ieder doet en levert.",
            "Record clearly at the start what each party does and delivers.");
        yield return Lever("L-PB-1c", pb, "§2.3", ["B-PB-1"], "Uitgaan van wat bewoners nodig hebben", "Start from what residents need",
            "Bewoners malen niet om procedures; werk vraaggericht.",
            "Residents do not care about procedures; work demand-led.");
        yield return Lever("L-PB-1d", pb, "§2.3", ["B-PB-1"], "Soepel met regels waar het kan", "Flexible with rules where possible",
            "Ruimte nemen binnen regels en procedures als dat de bewoner helpt.",
            "Use the room within rules and procedures when that helps the resident.");
        yield return Entry("R-1", CatalogueEntryKind.Risk, all, "§3.5", "Moeilijk bereikbare groepen blijven buiten beeld", "Hard-to-reach groups stay out of sight",
            "De kwetsbaarste bewoners worden alleen bereikt met zeer intensief werk achter de voordeur.",
            "The most vulnerable residents are only reached with very intensive work behind the front door.");
        yield return Entry("R-2", CatalogueEntryKind.Risk, all, "§3.5", "De start kost veel tijd", "Starting up takes a lot of time",
            "Projectorganisatie, participatie, regels en aanbodgericht werken vertragen de start.",
            "Project organisation, participation, rules and supply-led work slow the start.");
        yield return Entry("R-3", CatalogueEntryKind.Risk, all, "§3.5", "Brede doelen maken resultaten onzichtbaar", "Broad goals hide results",
            "Met algemeen geformuleerde doelen is voortgang moeilijk te laten zien.",
            "With goals phrased in general terms, progress is hard to show.");
        yield return Entry("R-4", CatalogueEntryKind.Risk, all, "§3.5", "Prestaties zeggen nog niets over effect", "Outputs say nothing yet about effect",
            "Getelde activiteiten en bereikte mensen laten niet zien of de maatschappelijke situatie verandert.",
            "Counted activities and people reached do not show whether the social situation changes.");
        yield return Entry("R-5", CatalogueEntryKind.Risk, all, "bijlage A (Den Haag)", "Fysieke verbeteringen vragen een lange adem", "Physical improvements need staying power",
            "Als voorstellen van bewoners lang op zich laten wachten, zakt de motivatie weg.",
            "When residents' proposals take long to materialise, motivation fades.");
        yield return Entry("R-6", CatalogueEntryKind.Risk, all, "bijlage A (Den Haag)", "Problemen thuis gaan voor", "Problems at home come first",
            "Wie thuis problemen heeft, zet zich minder voor de buurt in.",
            "People with problems at home put less effort into the neighbourhood.");
        yield return Entry("R-7", CatalogueEntryKind.Risk, all, "bijlage B (Schiedam)", "Eenmalig bereik zonder binding", "One-off reach without retention",
            "Eenmalige activiteiten trekken veel mensen, maar zonder vervolg haken zij weer af.",
            "One-off activities draw many people, but without follow-up they drop away again.");
    }

    private static CatalogueEntry Barrier(string id, PartyRelationship relationship, string section, string nameNl, string nameEn, string nl, string en) =>
        Entry(id, CatalogueEntryKind.Barrier, relationship, section, nameNl, nameEn, nl, en);

    private static CatalogueEntry Lever(string id, PartyRelationship relationship, string section, string[] counters, string nameNl, string nameEn, string nl, string en) =>
        Entry(id, CatalogueEntryKind.Lever, relationship, section, nameNl, nameEn, nl, en) with { Counters = [.. counters] };

    private static CatalogueEntry SubLever(string id, string parent, string[] counters, string nameNl, string nameEn, string nl, string en) =>
        Lever(id, PartyRelationship.GemeenteBewoners, "§2.1", counters, nameNl, nameEn, nl, en) with { ParentId = parent };

    private static CatalogueEntry Entry(string id, CatalogueEntryKind kind, PartyRelationship relationship, string section, string nameNl, string nameEn, string nl, string en) =>
        new(id, kind, relationship, new(nameNl, nameEn), new(nl, en), $"bron: 002 {section}");
}
