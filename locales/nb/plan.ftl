## /newgathering: planning a gathering or a monthly series.

plan-choose-audience = Hvem er samlingen for?
plan-for-cohort = Traineene i { $cohort }
plan-for-mentors = Mentorene i { $programme }
plan-for-programme = Alle i { $programme }
plan-ask-time = Når begynner den første samlingen? Skriv dato og klokkeslett, for eksempel 5.1.2027 kl. 17.00.
plan-ask-duration = Hvor lenge varer den?
plan-minutes = { $minutes ->
        [30] 30 minutter
        [60] 1 time
        [90] 1 ½ time
        [120] 2 timer
        [180] 3 timer
        [240] Halv dag (4 timer)
        [450] Hel dag (7 ½ time)
       *[other] { $minutes } minutter
    }
plan-ask-place = Hvor er den? Skriv adresse, rom eller videolenke.
plan-ask-topic = Hva er temaet?
plan-ask-agenda = Skriv et kort program, eller velg «Uten program».
plan-no-agenda = Uten program
plan-ask-months = Skal samlingen gjentas hver måned, samme ukedag i samme uke av måneden og samme klokkeslett?
plan-months = { $months ->
        [1] Bare én gang
       *[other] Hver måned i { $months } måneder
    }
plan-summary = Se over før du lager { $months ->
        [1] samlingen
       *[other] de { $months } samlingene
    }:

    For: { $programme }
    Første: { $first }
    Siste: { $last }
    Varighet: { $minutes } minutter
    Sted: { $place }
    Tema: { $topic }
    Program: { $agenda }
plan-confirm = Lag samlingen
plan-cancel = Avbryt
plan-cancelled = Greit, jeg lagde ingen samling.
plan-created = { $count ->
        [one] Samlingen er laget. De inviterte får beskjed nå og påminnelser før.
       *[other] { $count } samlinger er laget. De inviterte får beskjed nå og påminnelser før.
    }
plan-text-bad = Skriv en tekst på { $max ->
        [one] høyst ett tegn
       *[other] høyst { $max } tegn
    }.
plan-use-buttons = Velg med knappene over, eller trykk «Avbryt».
