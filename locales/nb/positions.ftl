## /positions: open positions and one page per position.

positions-heading = { $total ->
        [one] Én ledig stilling. Trykk på den for å lese mer.
       *[other] Ledige stillinger { $from } til { $to } av { $total }. Trykk på en for å lese mer.
    }
positions-deadline = Søknadsfrist { $date }
positions-none = Det er ingen ledige stillinger akkurat nå. Du kan få en melding når det kommer nye: trykk på varsel-knappen under.
positions-previous = Forrige side
positions-next = Neste side
positions-page-gone = Den siden finnes ikke lenger. Her er den siste.
positions-closed = Denne stillingen er ikke lenger ledig.
positions-all = Alle ledige stillinger
positions-open-ad = Les hele utlysningen
positions-filter = Filtrer stillingene
positions-filter-clear = Fjern filteret
positions-filter-active = Filter: { $filter }
positions-none-filtered = Ingen ledige stillinger passer filteret: { $filter }. Prøv å fjerne noe av filteret, eller trykk på varsel-knappen under.
positions-filter-choose = Hva vil du filtrere på?
positions-filter-show = Vis stillingene
positions-filter-back = Tilbake
positions-facet-programme = Ordning
positions-facet-employment = Type stilling
positions-facet-extent = Heltid eller deltid
positions-facet-employer = Arbeidsgiver
positions-choose-programme = Velg ordning:
positions-choose-employment = Velg type stilling:
positions-choose-extent = Velg heltid eller deltid:
positions-choose-employer = Velg arbeidsgiver:
positions-any = Alle
positions-full-time = Heltid
positions-part-time = Deltid
positions-close = Steng stillingen
positions-closed-now = Stillingen er stengt. Den vises ikke lenger.
positions-close-ask = Vil du stenge stillingen «{ $title }»? Da vises den ikke lenger i boten, og ingen får varsel om den.
positions-close-yes = Ja, steng den
positions-close-no = Nei, la den være ledig
positions-close-not-coordinator = Bare koordinatorer kan stenge stillinger.
positions-employment = { $kind ->
        [permanent] Fast stilling
        [temporary] Midlertidig stilling
       *[substitute] Vikariat
    }
positions-extent = { $percent ->
        [100] heltid
        [none] deltid
       *[other] deltid, { $percent } prosent
    }
positions-detail =
    { $title }
    { $employer }, { $place }

    { $employment }, { $extent }.
    Søknadsfrist { $deadline }.
    Ordning: { $programme }

    Slik søker du:
    { $how_to_apply }
positions-from-feed = Fra NAVs stillingsfeed (arbeidsplassen.nav.no). Annonsen ble sist endret { $date }.
