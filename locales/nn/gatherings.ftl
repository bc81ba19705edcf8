## Gatherings, answering coming or not, reminders, and change notices.

gathering-when = { $date }, kl. { $from }–{ $to }
gathering-place = Stad: { $place }
gathering-coming = Eg kjem
gathering-not-coming = Eg kjem ikkje
gathering-calendar = Legg til i kalenderen
gathering-answered-coming = Du har svart at du kjem.
gathering-answered-not-coming = Du har svart at du ikkje kjem.
gatherings-title = { $count ->
        [one] Den neste samlinga di:
       *[other] Dei neste { $count } samlingane dine:
    }
gatherings-none = Du har ingen samlingar som kjem.
gatherings-not-member = Samlingar og påminningar er for traineear og mentorar. Har du fått ei invitasjonslenkje frå koordinatoren, opne henne først.
gatherings-none-planned = Ingen samlingar er planlagde. Skriv /newgathering for å planleggje ei.
gatherings-choose = Vel ei samling:
rsvp-not-invited = Denne samlinga er ikkje for deg.
rsvp-cancelled = Denne samlinga er avlyst.
rsvp-over = Denne samlinga har alt byrja eller er over.
rsvp-thanks-coming = Takk! Du er sett opp som «kjem» til { $topic }, { $when }.
rsvp-thanks-not-coming = Takk for beskjed. Du er sett opp som «kjem ikkje» til { $topic }, { $when }.
calendar-caption = Opne fila for å leggje samlinga inn i kalenderen din.
attendance-text = { $topic }
    { $when }

    Kjem: { $coming }. { $coming_names }
    Kjem ikkje: { $not_coming }. { $not_coming_names }
    Har ikkje svart: { $silent }. { $silent_names }
manage-attendance = Kven kjem?
manage-new-time = Nytt tidspunkt
manage-new-place = Ny stad
manage-new-topic = Nytt tema
manage-new-agenda = Nytt program
manage-cancel = Avlys samlinga
manage-ask-time = Skriv det nye tidspunktet, til dømes 5.1.2027 kl. 17.00.
manage-ask-place = Skriv den nye staden (adresse, rom eller videolenkje).
manage-ask-topic = Skriv det nye temaet.
manage-ask-agenda = Skriv det nye programmet.
manage-cancel-ask = Vil du avlyse { $topic }, { $when }? Alle som er inviterte, får beskjed.
manage-cancel-yes = Ja, avlys
manage-cancel-no = Nei, behald henne
manage-cancelled = Samlinga er avlyst. { $count ->
        [one] Éin person får beskjed.
       *[other] { $count } personar får beskjed.
    }
manage-changed = Samlinga er endra. { $count ->
        [one] Éin person får beskjed.
       *[other] { $count } personar får beskjed.
    }

    { $gathering }
time-unreadable = Eg forstod ikkje tidspunktet. Skriv dato og klokkeslett, til dømes 5.1.2027 kl. 17.00.
time-does-not-exist = { $time } finst ikkje i Noreg: den natta hoppar klokka frå 02.00 til 03.00. Vel eit anna klokkeslett.
time-in-the-past = { $time } har alt vore. Vel eit tidspunkt fram i tid.
reminder-text = { $lead ->
        [week] Påminning: om ei veke er det samling.
        [three-days] Påminning: om tre dagar er det samling.
        [day] Påminning: i morgon er det samling.
       *[two-hours] Påminning: om to timar er det samling.
    }
reminder-question = Kjem du?
notice-new = Ny samling: «{ $topic }». Du er invitert:
notice-new-series = Nye samlingar: «{ $topic }», { $count ->
       *[other] { $count } gonger, éin gong i månaden
    }. Du er invitert. Den første:
notice-changed = Endring: samlinga «{ $topic }» er endra.
notice-changed-time = Ny tid: { $when }. Før: { $before }.
notice-changed-place = Ny stad: { $place }. Før: { $before }.
notice-changed-topic = Nytt tema: { $topic }. Før: { $before }.
notice-changed-agenda = Programmet er endra.
notice-answer-again = Svar på nytt om du kjem: svaret du gav før, galdt den gamle tida.
notice-now = Slik er ho no:
notice-cancelled = Avlyst: samlinga «{ $topic }», { $when }, blir ikkje noko av.
reminders-lead = { $lead ->
        [week] 7 dagar før
        [three-days] 3 dagar før
        [day] 1 dag før
       *[two-hours] 2 timar før
    }
reminders-on = Du får påminning om samlingar: { $leads }.
reminders-off = Du får ingen påminningar om samlingar.
reminders-turn-on = Slå på: { $lead }
reminders-turn-off = Slå av: { $lead }
reminders-all-off = Slå av alle påminningar
reminders-quiet = Eg sender ikkje påminningar mellom kl. { $from } og { $until }. Ei påminning som fell i den tida, kjem kl. { $until }.
list-previous = Førre side
list-next = Neste side
list-page = Side { $page } av { $pages }. { $total ->
        [one] Éin i alt.
       *[other] { $total } i alt.
    }
manage-cancel-series = Avlys denne og resten av serien ({ $count ->
        [one] éi samling
       *[other] { $count } samlingar
    })
manage-cancel-series-ask = Vil du avlyse { $topic }, { $when }, og resten av serien? { $count ->
        [one] Det er éi samling
       *[other] Det er { $count } samlingar
    } i alt. Alle inviterte får beskjed.
manage-cancelled-series = { $gatherings ->
        [one] Éi samling er avlyst.
       *[other] { $gatherings } samlingar er avlyste.
    } { $count ->
        [one] Éin person får beskjed.
       *[other] { $count } personar får beskjed.
    }
notice-cancelled-series = Avlyst: samlingane «{ $topic }» frå { $when } og utover blir ikkje noko av ({ $count ->
        [one] éi samling
       *[other] { $count } samlingar
    }).
attendance-came = Kom (merkt av koordinator): { $came }. { $came_names }
    Trykk på ein person for å merke om dei kom.
attendance-mark = { $name }: { $state ->
        [came] kom
        [not-came] kom ikkje
       *[unmarked] ikkje merkt
    }
attendance-not-started = Samlinga har ikkje byrja enno. Du kan merke kven som kom, når ho har byrja.
attendance-not-invited = Denne personen er ikkje invitert til samlinga.
