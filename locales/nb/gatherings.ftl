## Gatherings, answering coming or not, reminders, and change notices.

gathering-when = { $date }, kl. { $from }–{ $to }
gathering-place = Sted: { $place }
gathering-coming = Jeg kommer
gathering-not-coming = Jeg kommer ikke
gathering-calendar = Legg til i kalenderen
gathering-answered-coming = Du har svart at du kommer.
gathering-answered-not-coming = Du har svart at du ikke kommer.
gatherings-title = { $count ->
        [one] Din neste samling:
       *[other] Dine neste { $count } samlinger:
    }
gatherings-none = Du har ingen samlinger som kommer.
gatherings-not-member = Samlinger og påminnelser er for traineer og mentorer. Har du fått en invitasjonslenke fra koordinatoren, åpne den først.
gatherings-none-planned = Ingen samlinger er planlagt. Skriv /newgathering for å planlegge en.
gatherings-choose = Velg en samling:
rsvp-not-invited = Denne samlingen er ikke for deg.
rsvp-cancelled = Denne samlingen er avlyst.
rsvp-over = Denne samlingen har allerede begynt eller er over.
rsvp-thanks-coming = Takk! Du er satt opp som «kommer» til { $topic }, { $when }.
rsvp-thanks-not-coming = Takk for beskjed. Du er satt opp som «kommer ikke» til { $topic }, { $when }.
calendar-caption = Åpne filen for å legge samlingen inn i kalenderen din.
attendance-text = { $topic }
    { $when }

    Kommer: { $coming }. { $coming_names }
    Kommer ikke: { $not_coming }. { $not_coming_names }
    Har ikke svart: { $silent }. { $silent_names }
manage-attendance = Hvem kommer?
manage-new-time = Nytt tidspunkt
manage-new-place = Nytt sted
manage-new-topic = Nytt tema
manage-new-agenda = Nytt program
manage-cancel = Avlys samlingen
manage-ask-time = Skriv det nye tidspunktet, for eksempel 5.1.2027 kl. 17.00.
manage-ask-place = Skriv det nye stedet (adresse, rom eller videolenke).
manage-ask-topic = Skriv det nye temaet.
manage-ask-agenda = Skriv det nye programmet.
manage-cancel-ask = Vil du avlyse { $topic }, { $when }? Alle som er invitert, får beskjed.
manage-cancel-yes = Ja, avlys
manage-cancel-no = Nei, behold den
manage-cancelled = Samlingen er avlyst. { $count ->
        [one] Én person får beskjed.
       *[other] { $count } personer får beskjed.
    }
manage-changed = Samlingen er endret. { $count ->
        [one] Én person får beskjed.
       *[other] { $count } personer får beskjed.
    }

    { $gathering }
time-unreadable = Jeg forstod ikke tidspunktet. Skriv dato og klokkeslett, for eksempel 5.1.2027 kl. 17.00.
time-does-not-exist = { $time } finnes ikke i Norge: den natten hopper klokka fra 02.00 til 03.00. Velg et annet klokkeslett.
time-in-the-past = { $time } har allerede vært. Velg et tidspunkt fram i tid.
reminder-text = { $lead ->
        [week] Påminnelse: om en uke er det samling.
        [three-days] Påminnelse: om tre dager er det samling.
        [day] Påminnelse: i morgen er det samling.
       *[two-hours] Påminnelse: om to timer er det samling.
    }
reminder-question = Kommer du?
notice-new = Ny samling: «{ $topic }». Du er invitert:
notice-new-series = Nye samlinger: «{ $topic }», { $count ->
       *[other] { $count } ganger, én gang i måneden
    }. Du er invitert. Den første:
notice-changed = Endring: samlingen «{ $topic }» er endret.
notice-changed-time = Ny tid: { $when }. Før: { $before }.
notice-changed-place = Nytt sted: { $place }. Før: { $before }.
notice-changed-topic = Nytt tema: { $topic }. Før: { $before }.
notice-changed-agenda = Programmet er endret.
notice-answer-again = Svar på nytt om du kommer: svaret du ga før, gjaldt den gamle tiden.
notice-now = Slik er den nå:
notice-cancelled = Avlyst: samlingen «{ $topic }», { $when }, blir ikke noe av.
reminders-lead = { $lead ->
        [week] 7 dager før
        [three-days] 3 dager før
        [day] 1 dag før
       *[two-hours] 2 timer før
    }
reminders-on = Du får påminnelse om samlinger: { $leads }.
reminders-off = Du får ingen påminnelser om samlinger.
reminders-turn-on = Slå på: { $lead }
reminders-turn-off = Slå av: { $lead }
reminders-all-off = Slå av alle påminnelser
reminders-quiet = Jeg sender ikke påminnelser mellom kl. { $from } og { $until }. En påminnelse som faller i den tiden, kommer kl. { $until }.
list-previous = Forrige side
list-next = Neste side
list-page = Side { $page } av { $pages }. { $total ->
        [one] Én i alt.
       *[other] { $total } i alt.
    }
manage-cancel-series = Avlys denne og resten av serien ({ $count ->
        [one] én samling
       *[other] { $count } samlinger
    })
manage-cancel-series-ask = Vil du avlyse { $topic }, { $when }, og resten av serien? { $count ->
        [one] Det er én samling
       *[other] Det er { $count } samlinger
    } i alt. Alle inviterte får beskjed.
manage-cancelled-series = { $gatherings ->
        [one] Én samling er avlyst.
       *[other] { $gatherings } samlinger er avlyst.
    } { $count ->
        [one] Én person får beskjed.
       *[other] { $count } personer får beskjed.
    }
notice-cancelled-series = Avlyst: samlingene «{ $topic }» fra { $when } og utover blir ikke noe av ({ $count ->
        [one] én samling
       *[other] { $count } samlinger
    }).
attendance-came = Kom (merket av koordinator): { $came }. { $came_names }
    Trykk på en person for å merke om de kom.
attendance-mark = { $name }: { $state ->
        [came] kom
        [not-came] kom ikke
       *[unmarked] ikke merket
    }
attendance-not-started = Samlingen har ikke begynt ennå. Du kan merke hvem som kom, når den har begynt.
attendance-not-invited = Denne personen er ikke invitert til samlingen.
